import {
  Alert,
  AlertActionCloseButton,
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  Flex,
  Spinner,
  Stack,
  StackItem,
} from '@patternfly/react-core';
import { PencilAltIcon } from '@patternfly/react-icons';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';

import { DescriptionRow } from '@/components/DescriptionRow';
import { GuardedButton } from '@/components/GuardedButton';
import { K8sResourceLink } from '@/components/K8sResourceLink';
import type { MlflowInstanceWithSpec } from '@/core/instance/instance-types';
import type { MlflowStatus } from '@/core/instance/mlflow-status';
import { MLflowModel, SecretModel } from '@/core/k8s/models';
import { MLFLOW_YAML_EDITOR_PATH, settingsFromSpec } from '@/core/storage/instance-storage';
import { redactUri } from '@/core/storage/uri-credentials';
import type { AdminAccess } from '@/hooks/useAdminAccess';
import { useDeniedReason } from '@/hooks/useDeniedReason';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { NoInstanceState } from './NoInstanceState';
import { StorageDescriptionList } from './StorageDescriptionList';

// The editor (its forms, validation and review) is its own chunk, fetched when Edit or Create is
// first clicked: the admin page shows the storage, and few open the editor.
const StorageEditor = lazy(() =>
  import('./StorageEditor').then((module) => ({ default: module.StorageEditor })),
);

type Mode =
  | { kind: 'view' }
  | { kind: 'create' }
  | { kind: 'edit'; snapshot: MlflowInstanceWithSpec; attempt: number };

interface StorageCardProps {
  mlflow: MlflowInstanceWithSpec | undefined;
  status: MlflowStatus;
  mlflowNamespace: string;
  access: AdminAccess;
  /** The MLflow resources could not be read, so an instance may exist unseen. */
  unreadable?: boolean;
}

/** The instance's storage: what it is, Create MLflow when there is none, and the editor. */
export const StorageCard = ({
  mlflow,
  status,
  mlflowNamespace,
  access,
  unreadable = false,
}: StorageCardProps) => {
  const { t } = useMlflowTranslation();
  const createReason = useDeniedReason(access.createMlflow);
  const editReason = useDeniedReason(access.patchMlflow);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const [saved, setSaved] = useState<'created' | 'saved'>();

  const reload = () => {
    setMode((current) =>
      mlflow
        ? {
            kind: 'edit',
            snapshot: mlflow,
            attempt: current.kind === 'edit' ? current.attempt + 1 : 0,
          }
        : { kind: 'view' },
    );
  };

  const editor =
    mode.kind === 'view' ? null : (
      <Suspense fallback={<Spinner aria-label={t('Loading the form')} />}>
        <StorageEditor
          key={mode.kind === 'edit' ? `edit-${String(mode.attempt)}` : 'create'}
          snapshot={mode.kind === 'edit' ? mode.snapshot : undefined}
          latest={mlflow}
          mlflowNamespace={mlflowNamespace}
          access={access}
          onSaved={(created) => {
            setSaved(created ? 'created' : 'saved');
            setMode({ kind: 'view' });
          }}
          onCancel={() => {
            setMode({ kind: 'view' });
          }}
          onReload={reload}
        />
      </Suspense>
    );

  const credentialsSecret = mlflow ? settingsFromSpec(mlflow.spec).credentialsSecret : '';

  return (
    <Card>
      <CardTitle>{mode.kind === 'create' ? t('Create MLflow') : t('Storage')}</CardTitle>
      <CardBody>
        <Stack hasGutter>
          {saved ? (
            <StackItem>
              <Alert
                isInline
                variant="success"
                title={
                  saved === 'created'
                    ? t('MLflow instance created. The operator now deploys the MLflow server.')
                    : t('Storage settings saved. The operator now rolls out MLflow with them.')
                }
                actionClose={
                  <AlertActionCloseButton
                    onClose={() => {
                      setSaved(undefined);
                    }}
                  />
                }
              />
            </StackItem>
          ) : null}
          {editor ? (
            <StackItem>{editor}</StackItem>
          ) : mlflow ? (
            <>
              <StackItem>
                <DescriptionList isHorizontal horizontalTermWidthModifier={{ default: '24ch' }}>
                  <DescriptionRow term={t('Instance')}>
                    <K8sResourceLink model={MLflowModel} name={mlflow.metadata?.name ?? ''} />
                  </DescriptionRow>
                </DescriptionList>
              </StackItem>
              <StackItem>
                <StorageDescriptionList spec={mlflow.spec} />
              </StackItem>
              <StackItem>
                <DescriptionList isHorizontal horizontalTermWidthModifier={{ default: '24ch' }}>
                  <DescriptionRow term={t('S3 credentials Secret')}>
                    {credentialsSecret ? (
                      <K8sResourceLink
                        model={SecretModel}
                        name={credentialsSecret}
                        namespace={mlflowNamespace}
                      />
                    ) : (
                      t('None')
                    )}
                  </DescriptionRow>
                  <DescriptionRow term={t('Registry store')}>
                    {mlflow.spec?.registryStoreUriFrom
                      ? t('From Secret {{name}}, key {{secretKey}}', {
                          name: mlflow.spec.registryStoreUriFrom.name,
                          secretKey: mlflow.spec.registryStoreUriFrom.key,
                        })
                      : mlflow.spec?.registryStoreUri
                        ? redactUri(mlflow.spec.registryStoreUri)
                        : t('Same as the backend store')}
                  </DescriptionRow>
                </DescriptionList>
              </StackItem>
              <StackItem>
                <Flex alignItems={{ default: 'alignItemsCenter' }}>
                  <GuardedButton
                    variant="secondary"
                    icon={<PencilAltIcon />}
                    disabledReason={editReason}
                    onClick={() => {
                      setSaved(undefined);
                      setMode({ kind: 'edit', snapshot: mlflow, attempt: 0 });
                    }}
                  >
                    {t('Edit storage settings')}
                  </GuardedButton>
                  <Link to={MLFLOW_YAML_EDITOR_PATH}>{t('Edit YAML')}</Link>
                </Flex>
              </StackItem>
            </>
          ) : unreadable ? (
            <StackItem>
              <NoInstanceState
                title={t('The MLflow instance could not be read')}
                action={
                  <GuardedButton
                    variant="primary"
                    disabledReason={
                      createReason ??
                      t('The MLflow instance could not be read, so it may exist already.')
                    }
                  >
                    {t('Create MLflow')}
                  </GuardedButton>
                }
              />
            </StackItem>
          ) : status.kind === 'disabled' ||
            status.kind === 'ambiguous-dsc' ||
            status.kind === 'not-installed' ? (
            <StackItem>
              <NoInstanceState
                title={t('No MLflow instance')}
                body={t('Enable the MLflow component first; then create the instance here.')}
              />
            </StackItem>
          ) : (
            <StackItem>
              <NoInstanceState
                title={t('No MLflow instance')}
                body={t(
                  'The MLflow operator runs, but no MLflow server is deployed until the MLflow instance exists. The default keeps SQLite and artifacts on a 10 GiB volume of the default StorageClass; you can change that before creating it.',
                )}
                action={
                  <GuardedButton
                    variant="primary"
                    disabledReason={createReason}
                    onClick={() => {
                      setSaved(undefined);
                      setMode({ kind: 'create' });
                    }}
                  >
                    {t('Create MLflow')}
                  </GuardedButton>
                }
              />
            </StackItem>
          )}
        </Stack>
      </CardBody>
    </Card>
  );
};
