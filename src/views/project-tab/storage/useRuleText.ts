import { useCallback } from 'react';

import { withFieldDetail } from '@/components/form/withFieldDetail';
import { ARTIFACT_CONNECTION_SECRET } from '@/core/storage/mlflowconfig';
import { PATH_MAX_LENGTH } from '@/core/storage/mlflowconfig-validation';
import type { MlflowConfigRule } from '@/core/storage/mlflowconfig-validation';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

// The MLflowConfig's field names, given as detail after each message.
const SECRET_FIELD = 'spec.artifactRootSecret';
const PATH_FIELD = 'spec.artifactRootPath';

/** Each MLflowConfig rule in the user's words. */
export const useRuleText = () => {
  const { t } = useMlflowTranslation();
  return useCallback(
    ({ rule }: Pick<MlflowConfigRule, 'rule'>): string => {
      switch (rule) {
        case 'secret-required':
          return withFieldDetail(t('Select a Secret.'), [SECRET_FIELD]);
        case 'secret-name':
          return withFieldDetail(
            t('MLflow only reads a Secret named {{name}}; create it or pick it.', {
              name: ARTIFACT_CONNECTION_SECRET,
            }),
            [SECRET_FIELD],
          );
        case 'path-relative':
          return withFieldDetail(t('The path must be relative: remove the leading /.'), [
            PATH_FIELD,
          ]);
        case 'path-no-dot-dot':
          return withFieldDetail(t('The path may not contain .. segments.'), [PATH_FIELD]);
        case 'path-max-length':
          return withFieldDetail(
            t('The path may be at most {{max}} characters long.', { max: PATH_MAX_LENGTH }),
            [PATH_FIELD],
          );
        case 'path-no-backslash':
          return withFieldDetail(t('Use / between folders: MLflow refuses backslashes.'), [
            PATH_FIELD,
          ]);
      }
    },
    [t],
  );
};
