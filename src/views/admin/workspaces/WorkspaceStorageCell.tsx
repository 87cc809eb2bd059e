import {
  StatusIconAndText,
  YellowExclamationTriangleIcon,
} from '@openshift-console/dynamic-plugin-sdk';
import { Spinner, Tooltip } from '@patternfly/react-core';

import { DESCRIPTION_MAX_CHARS, LongText } from '@/components/LongText';
import { BUCKET_KEY, effectiveRootText } from '@/core/storage/mlflowconfig';
import type { WorkspaceStorageState } from '@/core/workspaces/workspace-storage-overrides';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface WorkspaceStorageCellProps {
  name: string;
  state: WorkspaceStorageState;
}

/**
 * One row's "Artifact storage": the instance default, or the project's override as a root whose
 * bucket is named by the Secret it comes from (the plugin never reads Secret values).
 */
export const WorkspaceStorageCell = ({ name, state }: WorkspaceStorageCellProps) => {
  const { t } = useMlflowTranslation();
  switch (state.kind) {
    case 'loading':
      return (
        <Spinner size="sm" aria-label={t('Reading the artifact storage of {{name}}', { name })} />
      );
    case 'unknown':
      return (
        <Tooltip
          content={
            state.error.kind === 'forbidden'
              ? t(
                  'You may not list MLflowConfigs in all namespaces, so which projects override their artifact storage is not known.',
                )
              : state.error.message
          }
        >
          <span tabIndex={0}>
            <StatusIconAndText icon={<YellowExclamationTriangleIcon />} title={t('Unknown')} />
          </span>
        </Tooltip>
      );
    case 'default':
      return <>{t('Instance default')}</>;
    case 'override': {
      const bucket = t('<{{bucketKey}} of {{secret}}>', {
        bucketKey: BUCKET_KEY,
        secret: state.secretName,
      });
      const root = effectiveRootText({ source: 'override', ...state }, bucket) ?? '';
      return <LongText text={t('Override: {{root}}', { root })} maxChars={DESCRIPTION_MAX_CHARS} />;
    }
  }
};
