import type { DescribedError } from '@/core/k8s/errors';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/** The warning for a picked Secret whose key names could not be read (none when they could). */
export const useUnreadableKeys = () => {
  const { t } = useMlflowTranslation();
  return (name: string, error: DescribedError | undefined): string[] =>
    error
      ? [
          t('The keys of Secret {{name}} could not be read: {{message}}', {
            name,
            message: error.message,
          }),
        ]
      : [];
};
