import { Content, Flex, FlexItem, Spinner } from '@patternfly/react-core';
import { PencilAltIcon } from '@patternfly/react-icons';
import { lazy, Suspense, useState } from 'react';

import { GuardedButton } from '@/components/GuardedButton';
import type { Namespace } from '@/core/k8s/types';
import { readWorkspaceDescription } from '@/core/workspaces/workspace-description';
import { useDeniedReason } from '@/hooks/useDeniedReason';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useWorkspaceDescriptionAccess } from '@/hooks/useWorkspaceDescription';

import './WorkspaceDescription.css';

// Only needed once someone edits: its TextArea is PatternFly the console does not share.
const EditWorkspaceDescriptionModal = lazy(() =>
  import('./EditWorkspaceDescriptionModal').then((module) => ({
    default: module.EditWorkspaceDescriptionModal,
  })),
);

/**
 * The workspace's description as MLflow shows it, with its edit button for who may patch the
 * namespace; others see the button unavailable with the reason.
 */
interface WorkspaceDescriptionProps {
  namespace: Namespace;
  /** The workspace's state is known: the access review may be asked (not before the first search). */
  settled: boolean;
}

export const WorkspaceDescription = ({ namespace, settled }: WorkspaceDescriptionProps) => {
  const { t } = useMlflowTranslation();
  const name = namespace.metadata?.name ?? '';
  const access = useWorkspaceDescriptionAccess(name, settled);
  const denied = useDeniedReason(access);
  const [editing, setEditing] = useState(false);
  const description = readWorkspaceDescription(namespace);
  return (
    <Flex alignItems={{ default: 'alignItemsCenter' }} spaceItems={{ default: 'spaceItemsSm' }}>
      <FlexItem className="mlflow-plugin__workspace-description">
        <Content component="p" aria-label={t('Workspace description')}>
          {description ?? t('No description')}
        </Content>
      </FlexItem>
      <FlexItem>
        <GuardedButton
          variant="plain"
          size="sm"
          icon={<PencilAltIcon />}
          aria-label={t('Edit workspace description')}
          disabledReason={denied}
          onClick={() => {
            setEditing(true);
          }}
        />
      </FlexItem>
      {editing ? (
        <Suspense fallback={<Spinner size="sm" aria-label={t('Loading the form')} />}>
          <EditWorkspaceDescriptionModal
            namespace={namespace}
            onClose={() => {
              setEditing(false);
            }}
          />
        </Suspense>
      ) : null}
    </Flex>
  );
};
