import { Flex, FlexItem } from '@patternfly/react-core';

import type { Namespace } from '@/core/k8s/types';
import { mlflowUiExperimentsUrl } from '@/core/links/mlflow-links';
import type { WorkspaceState } from '@/core/workspaces/workspace-state';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import type { MlflowUrls } from '@/hooks/useMlflowUrls';

import { OpenInMlflowLink } from './common/OpenInMlflowLink';
import { ConnectFromCodeButton } from './header/ConnectFromCodeButton';
import { WorkspaceActionsMenu } from './header/WorkspaceActionsMenu';
import { WorkspaceStateLabel } from './header/WorkspaceStateLabel';

interface WorkspaceHeaderProps {
  namespace: Namespace;
  state: WorkspaceState;
  urls: MlflowUrls;
  /** The full console URL of what is shown, for "Copy link". */
  currentUrl: string;
  onArtifactStorage: () => void;
}

/**
 * The workspace's end of the row above the data: whether this namespace is an MLflow workspace,
 * how to reach it from code and in MLflow, the rest behind a kebab. What is wrong is said above
 * the row (WorkspaceAlerts).
 */
export const WorkspaceHeader = ({
  namespace,
  state,
  urls,
  currentUrl,
  onArtifactStorage,
}: WorkspaceHeaderProps) => {
  const { t } = useMlflowTranslation();
  const name = namespace.metadata?.name ?? '';
  const connectable = state !== 'not-a-workspace' && state !== 'workspaces-disabled';
  const openUrl =
    state !== 'not-a-workspace' ? mlflowUiExperimentsUrl(urls.externalUrl, name) : undefined;
  return (
    // One line, always: wrapped, it would make the row twice as tall as the tabs beside it and push
    // the data down; where the row is too narrow, the tabs scroll instead.
    <Flex
      alignItems={{ default: 'alignItemsCenter' }}
      flexWrap={{ default: 'nowrap' }}
      spaceItems={{ default: 'spaceItemsSm' }}
      aria-label={t('MLflow workspace {{name}}', { name })}
      role="group"
    >
      <FlexItem>
        <WorkspaceStateLabel state={state} />
      </FlexItem>
      {connectable ? (
        <FlexItem>
          <ConnectFromCodeButton
            namespace={name}
            externalUrl={urls.externalUrl}
            inClusterUrl={urls.inClusterUrl}
          />
        </FlexItem>
      ) : null}
      <OpenInMlflowLink url={openUrl}>{t('Open in MLflow')}</OpenInMlflowLink>
      <FlexItem>
        <WorkspaceActionsMenu currentUrl={currentUrl} onArtifactStorage={onArtifactStorage} />
      </FlexItem>
    </Flex>
  );
};
