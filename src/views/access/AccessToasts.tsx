import { Alert, AlertActionCloseButton, AlertGroup } from '@patternfly/react-core';

import { pluginDomProps } from '@/components/pluginDom';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

export interface AccessToast {
  /** Unique per toast. */
  id: number;
  /** Whose access the toast is about: a revoke of that subject takes its grant toasts away. */
  subjectKey: string;
  variant: 'success' | 'info';
  title: string;
}

interface AccessToastsProps {
  toasts: readonly AccessToast[];
  onClose: (id: number) => void;
}

/** Long enough to read a binding's name; hovering the toast holds it. */
const TOAST_TIMEOUT_MS = 8000;

/**
 * What a grant or revoke of the Access section did, as toasts (console SDK 4.22 offers plugins no
 * toast API): the page under them does not move.
 */
export const AccessToasts = ({ toasts, onClose }: AccessToastsProps) => {
  const { t } = useMlflowTranslation();
  return (
    <AlertGroup {...pluginDomProps} isToast isLiveRegion aria-label={t('MLflow access changes')}>
      {toasts.map((toast) => (
        <Alert
          key={toast.id}
          variant={toast.variant}
          title={toast.title}
          timeout={TOAST_TIMEOUT_MS}
          onTimeout={() => {
            onClose(toast.id);
          }}
          actionClose={
            <AlertActionCloseButton
              onClose={() => {
                onClose(toast.id);
              }}
            />
          }
        />
      ))}
    </AlertGroup>
  );
};
