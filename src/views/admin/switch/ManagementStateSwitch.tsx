import {
  Alert,
  AlertActionCloseButton,
  Button,
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
  Spinner,
  Stack,
  StackItem,
  Switch,
  Tooltip,
} from '@patternfly/react-core';
import { PowerOffIcon } from '@patternfly/react-icons';
import { lazy, Suspense, useId, useState } from 'react';

import { ScreenReaderOnly } from '@/components/ScreenReaderOnly';
import { instanceDeleteOptions } from '@/core/instance/instance-removal';
import type {
  MlflowInstanceWithSpec,
  ObservedDataScienceCluster,
} from '@/core/instance/instance-types';
import { deriveSwitchProgress } from '@/core/instance/management-state';
import type { SwitchState } from '@/core/instance/management-state';
import { deriveComponentStateLine, getMlflowManagementState } from '@/core/instance/mlflow-status';
import type { ComponentStateLine } from '@/core/instance/mlflow-status';
import { summarizeSwitchRun } from '@/core/instance/switch-steps';
import type { SwitchRunResult } from '@/core/instance/switch-steps';
import { MLFLOW_INSTANCE_NAME } from '@/core/k8s/models';
import type { AccessCheck } from '@/hooks/useAdminAccess';
import { useDeniedReason } from '@/hooks/useDeniedReason';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useResourceWrite } from '@/hooks/useResourceWrite';
import { useInstanceLifecycleAccess, useSwitchSteps } from '@/hooks/useSwitchSteps';

import { SwitchRunAlert } from './SwitchRunAlert';
import './ManagementStateSwitch.css';

// Its own chunk, loaded when the switch is clicked: the admin page's first load stays in budget.
const ConfirmManagementStateModal = lazy(() =>
  import('./ConfirmManagementStateModal').then((module) => ({
    default: module.ConfirmManagementStateModal,
  })),
);

interface ManagementStateSwitchProps {
  dataScienceClusters: readonly ObservedDataScienceCluster[];
  mlflow: MlflowInstanceWithSpec | undefined;
  mlflowNamespace: string;
  access: AccessCheck;
  /** The DataScienceClusters could not be read (e.g. no permission to list them). */
  unreadable?: boolean;
  /**
   * `switch`: the on/off toggle. `enable-state`: while MLflow is off, an empty state whose
   * primary action is "Enable MLflow"; once on, only what the switch has to report.
   */
  appearance?: 'switch' | 'enable-state';
}

interface Sent {
  target: SwitchState;
  previous?: string;
  /** What happened to the instance along with the switch. */
  instance?: 'deleted' | 'created';
}

/** The dialog open: its target, the instance as it showed it (what a delete is guarded by). */
interface Confirming {
  target: SwitchState;
  mlflow: MlflowInstanceWithSpec | undefined;
}

/**
 * The on/off switch for the mlflowoperator component: confirm, patch the DSC, then follow its
 * status until OpenShift AI reports the new state.
 */
export const ManagementStateSwitch = ({
  dataScienceClusters,
  mlflow,
  mlflowNamespace,
  access,
  unreadable = false,
  appearance = 'switch',
}: ManagementStateSwitchProps) => {
  const { t } = useMlflowTranslation();
  const reasonId = useId();
  const switchSteps = useSwitchSteps();
  const deniedReason = useDeniedReason(access);
  const lifecycleAccess = useInstanceLifecycleAccess(mlflowNamespace);
  const deleteDeniedReason = useDeniedReason(lifecycleAccess.deleteMlflow);
  const createDeniedReason = useDeniedReason(lifecycleAccess.createMlflow);
  const [confirming, setConfirming] = useState<Confirming>();
  const [deleteInstance, setDeleteInstance] = useState(false);
  const [createInstance, setCreateInstance] = useState(true);
  const { run, pending } = useResourceWrite();
  const [failure, setFailure] = useState<Exclude<SwitchRunResult, { kind: 'complete' }>>();
  const [sent, setSent] = useState<Sent>();

  const dsc = dataScienceClusters.length === 1 ? dataScienceClusters[0] : undefined;
  const state = getMlflowManagementState(dsc);
  const progress = sent ? deriveSwitchProgress(dsc, sent.target, sent.previous) : undefined;
  const settling =
    progress !== undefined && progress.kind !== 'settled' && progress.kind !== 'superseded';

  const disabledReason =
    dataScienceClusters.length === 0
      ? unreadable
        ? (deniedReason ?? t('The DataScienceClusters could not be read.'))
        : t('No DataScienceCluster exists, so there is nothing to switch.')
      : dataScienceClusters.length > 1
        ? t('Several DataScienceClusters exist; the plugin does not guess which one to change.')
        : (deniedReason ??
          (settling ? t('Wait until OpenShift AI has applied the last change.') : undefined));

  /** Opens the dialog on the instance as it is now; the delete option starts as given. */
  const openDialog = (target: SwitchState, withDelete: boolean) => {
    setFailure(undefined);
    setSent(undefined);
    setDeleteInstance(withDelete);
    setCreateInstance(true);
    setConfirming({ target, mlflow });
  };

  const confirm = async () => {
    if (!dsc || !confirming) return;
    const { target, mlflow: shown } = confirming;
    const request = {
      target,
      deleteInstance: target === 'Removed' && shown !== undefined && deleteInstance,
      createInstance: target === 'Managed' && shown === undefined && createInstance,
    };
    const outcome = await run(() => switchSteps(request, { dsc, mlflow: shown }));
    if (outcome.status !== 'done') return;
    const result = summarizeSwitchRun(outcome.value);
    if (result.kind === 'complete') {
      setSent({
        target,
        previous: state,
        instance: request.deleteInstance
          ? 'deleted'
          : request.createInstance
            ? 'created'
            : undefined,
      });
    } else {
      setFailure(result);
      // A component that did change is followed as any switch is.
      if (result.kind !== 'unchanged') setSent({ target, previous: state });
    }
    setConfirming(undefined);
  };

  const stateLine = (line: ComponentStateLine): string => {
    switch (line.kind) {
      case 'enabled':
        return t('Enabled (Managed)');
      case 'disabled':
        return line.managementState === 'Unmanaged'
          ? t('Not managed by OpenShift AI (Unmanaged)')
          : t('Disabled (Removed)');
      case 'unknown-several':
        return t('Unknown: {{number}} DataScienceClusters exist', { number: line.count });
      case 'unknown-unreadable':
        return t('Unknown');
      case 'no-dsc':
        return t('Disabled (no DataScienceCluster)');
    }
  };

  const switchControl = (
    <Switch
      id="mlflow-plugin-management-state"
      label={stateLine(deriveComponentStateLine(dataScienceClusters, unreadable))}
      aria-label={t('MLflow enabled')}
      isChecked={state === 'Managed'}
      isDisabled={disabledReason !== undefined}
      aria-describedby={disabledReason ? reasonId : undefined}
      onChange={(_event, checked) => {
        openDialog(checked ? 'Managed' : 'Removed', false);
      }}
    />
  );

  const enableButton = (
    <Button
      variant="primary"
      isAriaDisabled={disabledReason !== undefined}
      aria-describedby={disabledReason ? reasonId : undefined}
      onClick={() => {
        openDialog('Managed', false);
      }}
    >
      {t('Enable MLflow')}
    </Button>
  );

  // Off and not on its way: a switched-off MLflow is a page with nothing to show but how to start.
  const showOffState = dsc !== undefined && state !== 'Managed' && !settling;

  const control =
    appearance === 'switch' ? (
      <StackItem>
        {disabledReason ? (
          <>
            <Tooltip content={disabledReason}>
              {/* A disabled input fires no pointer events: the wrapper carries the tooltip. */}
              <span tabIndex={0} className="mlflow-plugin__switch-wrapper">
                {switchControl}
              </span>
            </Tooltip>
            <ScreenReaderOnly id={reasonId}>{disabledReason}</ScreenReaderOnly>
          </>
        ) : (
          switchControl
        )}
      </StackItem>
    ) : showOffState ? (
      <StackItem>
        <EmptyState headingLevel="h2" icon={PowerOffIcon} titleText={t('MLflow is off')}>
          <EmptyStateBody>
            {t(
              'Turn MLflow on to give every project an MLflow workspace: OpenShift AI deploys the MLflow operator, which runs the tracking server.',
            )}
          </EmptyStateBody>
          <EmptyStateFooter>
            <EmptyStateActions>
              {disabledReason ? (
                <>
                  <Tooltip content={disabledReason}>{enableButton}</Tooltip>
                  <ScreenReaderOnly id={reasonId}>{disabledReason}</ScreenReaderOnly>
                </>
              ) : (
                enableButton
              )}
            </EmptyStateActions>
          </EmptyStateFooter>
        </EmptyState>
      </StackItem>
    ) : null;

  return (
    <Stack hasGutter>
      {control}
      {failure ? (
        <StackItem>
          <SwitchRunAlert
            result={failure}
            onReview={() => {
              openDialog('Removed', true);
            }}
          />
        </StackItem>
      ) : null}
      {sent?.instance ? (
        <StackItem>
          <Alert
            isInline
            variant="success"
            title={
              sent.instance === 'deleted'
                ? t('Deleted the MLflow instance {{name}}', { name: MLFLOW_INSTANCE_NAME })
                : t('Created the MLflow instance {{name}} with default storage', {
                    name: MLFLOW_INSTANCE_NAME,
                  })
            }
          />
        </StackItem>
      ) : null}
      {progress && sent ? (
        <StackItem>
          {progress.kind === 'settled' ? (
            <Alert
              isInline
              variant="success"
              title={
                sent.target === 'Managed'
                  ? t('OpenShift AI reports the MLflow operator as ready')
                  : t('OpenShift AI reports the MLflow component as removed')
              }
              actionClose={
                <AlertActionCloseButton
                  onClose={() => {
                    setSent(undefined);
                  }}
                />
              }
            />
          ) : progress.kind === 'superseded' ? (
            <Alert
              isInline
              variant="warning"
              title={t('Someone else changed the management state to {{state}}', {
                state: progress.state ?? t('not set'),
              })}
            />
          ) : (
            <Alert
              isInline
              variant="info"
              customIcon={<Spinner size="md" aria-label={t('Applying')} />}
              title={
                sent.target === 'Managed'
                  ? t('OpenShift AI is turning MLflow on…')
                  : t('OpenShift AI is turning MLflow off…')
              }
            >
              {/* The cluster's own terms, for whoever needs to look deeper. */}
              {progress.kind === 'reconciling' && progress.condition?.message
                ? t('The operator says: {{message}}', { message: progress.condition.message })
                : null}{' '}
              {progress.kind === 'reconciling' && progress.generation !== undefined
                ? t(
                    'Details: managementState {{state}}, DataScienceCluster generation {{observed}} of {{generation}} observed.',
                    {
                      state: sent.target,
                      observed: progress.observedGeneration ?? 0,
                      generation: progress.generation,
                    },
                  )
                : null}
            </Alert>
          )}
        </StackItem>
      ) : null}
      {confirming && dsc ? (
        <Suspense fallback={<Spinner size="md" aria-label={t('Loading the confirmation')} />}>
          <ConfirmManagementStateModal
            target={confirming.target}
            dscName={dsc.metadata?.name ?? ''}
            mlflowNamespace={mlflowNamespace}
            mlflow={confirming.mlflow}
            isPending={pending}
            deleteOption={
              confirming.mlflow && instanceDeleteOptions(confirming.mlflow)
                ? {
                    checked: deleteInstance,
                    onChange: setDeleteInstance,
                    disabledReason: deleteDeniedReason,
                  }
                : undefined
            }
            createOption={{
              checked: createInstance && createDeniedReason === undefined,
              onChange: setCreateInstance,
              disabledReason: createDeniedReason,
            }}
            onConfirm={() => void confirm()}
            onCancel={() => {
              setConfirming(undefined);
            }}
          />
        </Suspense>
      ) : null}
    </Stack>
  );
};
