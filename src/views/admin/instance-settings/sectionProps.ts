import type { InstanceSettings } from '@/core/instance/instance-settings';

import type { FieldErrorSource } from './fieldErrors';

/** What every section of the instance settings form gets. */
export interface SectionProps {
  settings: InstanceSettings;
  onChange: (next: InstanceSettings) => void;
  errors: FieldErrorSource;
}
