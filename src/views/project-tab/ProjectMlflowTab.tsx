import { PageSection, Spinner, Stack, StackItem } from '@patternfly/react-core';

import type { Namespace } from '../../core/types';
import { useMlflowStatus } from '../../hooks/useMlflowStatus';
import { useMlflowTranslation } from '../../hooks/useMlflowTranslation';
import { WorkspaceHeader } from './WorkspaceHeader';

interface ProjectMlflowTabProps {
  /** The Project or Namespace whose details page hosts the tab. */
  obj?: Namespace;
}

/** Project → MLflow: this namespace as an MLflow workspace. */
const ProjectMlflowTab = ({ obj }: ProjectMlflowTabProps) => {
  const { t } = useMlflowTranslation();
  const mlflowStatus = useMlflowStatus();
  if (!obj?.metadata?.name) return null;
  return (
    <PageSection>
      {!mlflowStatus.loaded ? (
        <Spinner aria-label={t('Loading MLflow status')} />
      ) : (
        <Stack hasGutter>
          <StackItem>
            <WorkspaceHeader namespace={obj} mlflowStatus={mlflowStatus} />
          </StackItem>
        </Stack>
      )}
    </PageSection>
  );
};

export default ProjectMlflowTab;
