import {
  Alert,
  AlertActionCloseButton,
  Spinner,
  Stack,
  StackItem,
  Switch,
  Tooltip,
} from '@patternfly/react-core';
import { useId, useState } from 'react';

import { ErrorAlert } from '../../../components/ErrorAlert';
import { ScreenReaderOnly } from '../../../components/ScreenReaderOnly';
import type { MlflowInstanceWithSpec, ObservedDataScienceCluster } from '../../../core/admin-types';
import { deriveSwitchProgress } from '../../../core/management-state';
import type { SwitchState } from '../../../core/management-state';
import { deriveComponentStateLine, getMlflowManagementState } from '../../../core/mlflow-status';
import type { ComponentStateLine } from '../../../core/mlflow-status';
import type { AccessCheck } from '../../../hooks/useAdminAccess';
import { useSetManagementState } from '../../../hooks/useAdminWrites';
import { useDeniedReason } from '../../../hooks/useDeniedReason';
import { useMlflowTranslation } from '../../../hooks/useMlflowTranslation';
import { useResourceWrite } from '../../../hooks/useResourceWrite';
import { ConfirmManagementStateModal } from './ConfirmManagementStateModal';
import './ManagementStateSwitch.css';

interface ManagementStateSwitchProps {
  dataScienceClusters: readonly ObservedDataScienceCluster[];
  mlflow: MlflowInstanceWithSpec | undefined;
  mlflowNamespace: string;
  access: AccessCheck;
  /** The DataScienceClusters could not be read (e.g. no permission to list them). */
  unreadable?: boolean;
}

interface Sent {
  target: SwitchState;
  previous?: string;
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
}: ManagementStateSwitchProps) => {
  const { t } = useMlflowTranslation();
  const reasonId = useId();
  const setManagementState = useSetManagementState();
  const deniedReason = useDeniedReason(access);
  const [confirming, setConfirming] = useState<SwitchState>();
  const { run, pending, error, clearError } = useResourceWrite();
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

  const confirm = async () => {
    if (!dsc || !confirming) return;
    const outcome = await run(() => setManagementState(dsc, confirming));
    if (outcome.status === 'ignored') return;
    if (outcome.status === 'done') setSent({ target: confirming, previous: state });
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
        clearError();
        setSent(undefined);
        setConfirming(checked ? 'Managed' : 'Removed');
      }}
    />
  );

  return (
    <Stack hasGutter>
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
      {error ? (
        <StackItem>
          {error.kind === 'conflict' ? (
            <Alert isInline variant="warning" title={t('The DataScienceCluster changed meanwhile')}>
              {t(
                'Someone else changed the DataScienceCluster while you were deciding. Nothing was changed; check its current state and try again.',
              )}
            </Alert>
          ) : (
            <ErrorAlert title={t('Could not change the MLflow component')} error={error} />
          )}
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
              title={t('Waiting for OpenShift AI to apply {{state}}…', { state: sent.target })}
            >
              {progress.kind === 'reconciling' && progress.generation !== undefined
                ? t('It has observed generation {{observed}} of {{generation}}.', {
                    observed: progress.observedGeneration ?? 0,
                    generation: progress.generation,
                  })
                : null}{' '}
              {progress.kind === 'reconciling' && progress.condition?.message
                ? t('MLflowOperatorReady: {{message}}', { message: progress.condition.message })
                : null}
            </Alert>
          )}
        </StackItem>
      ) : null}
      {confirming && dsc ? (
        <ConfirmManagementStateModal
          target={confirming}
          dscName={dsc.metadata?.name ?? ''}
          mlflowNamespace={mlflowNamespace}
          mlflow={mlflow}
          isPending={pending}
          onConfirm={() => void confirm()}
          onCancel={() => {
            setConfirming(undefined);
          }}
        />
      ) : null}
    </Stack>
  );
};
