import { useCallback } from 'react';

import { ARTIFACT_CONNECTION_SECRET } from '@/core/storage/mlflowconfig';
import { PATH_MAX_LENGTH } from '@/core/storage/mlflowconfig-validation';
import type { MlflowConfigRule } from '@/core/storage/mlflowconfig-validation';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/** Each MLflowConfig rule in the user's words. */
export const useRuleText = () => {
  const { t } = useMlflowTranslation();
  return useCallback(
    ({ rule }: MlflowConfigRule): string => {
      switch (rule) {
        case 'secret-required':
          return t('Select a Secret.');
        case 'secret-name':
          return t('MLflow only reads a Secret named {{name}}; create it or pick it.', {
            name: ARTIFACT_CONNECTION_SECRET,
          });
        case 'path-relative':
          return t('The path must be relative: remove the leading /.');
        case 'path-no-dot-dot':
          return t('The path may not contain .. segments.');
        case 'path-max-length':
          return t('The path may be at most {{max}} characters long.', { max: PATH_MAX_LENGTH });
        case 'path-no-backslash':
          return t('Use / between folders: MLflow refuses backslashes.');
      }
    },
    [t],
  );
};
