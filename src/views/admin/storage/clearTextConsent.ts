import type { StorageSettings } from '@/core/storage/instance-storage';
import type { TypedUriField } from '@/core/storage/uri-credentials';

/** Consent covers the URI as typed when it was given; editing the URI withdraws it. */
export const clearTextConsentProps = (
  settings: StorageSettings,
  set: (patch: Partial<StorageSettings>) => void,
  field: TypedUriField,
) => ({
  clearTextConsent: settings.clearTextConsent[field] === settings[field].trim(),
  onClearTextConsent: (consent: boolean) => {
    set({
      clearTextConsent: {
        ...settings.clearTextConsent,
        [field]: consent ? settings[field].trim() : undefined,
      },
    });
  },
});
