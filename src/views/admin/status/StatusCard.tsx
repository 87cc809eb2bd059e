import { RedExclamationCircleIcon, StatusIconAndText } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Card,
  CardBody,
  CardTitle,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Stack,
  StackItem,
} from '@patternfly/react-core';
import { QuestionCircleIcon } from '@patternfly/react-icons';

import { K8sResourceLink } from '@/components/K8sResourceLink';
import { MlflowStatusSummary } from '@/components/MlflowStatusSummary';
import type { HealthDegradation } from '@/core/health/health-verdict';
import type { ObservedDataScienceCluster } from '@/core/instance/instance-types';
import { MLFLOW_OPERATOR_READY_CONDITION } from '@/core/instance/management-state';
import { getMlflowManagementState } from '@/core/instance/mlflow-status';
import { findCondition } from '@/core/k8s/conditions';
import { DataScienceClusterModel, MLFLOW_OPERATOR_COMPONENT_NAME } from '@/core/k8s/models';
import type { AccessCheck } from '@/hooks/useAdminAccess';
import type { MlflowStatusResult } from '@/hooks/useMlflowStatus';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useDiagnosisText } from '@/views/admin/health/useDiagnosisText';
import { ManagementStateSwitch } from '@/views/admin/switch/ManagementStateSwitch';

import { ConditionDetails } from './ConditionDetails';

interface StatusCardProps {
  result: MlflowStatusResult;
  mlflowNamespace: string;
  patchAccess: AccessCheck;
  /** What the Health card found wrong while the conditions still say all is well. */
  degradation?: HealthDegradation;
}

/** "Degraded" with the health card's reason, where the conditions alone would say otherwise. */
const DegradedByHealth = ({ degradation }: { degradation: HealthDegradation }) => {
  const { t } = useMlflowTranslation();
  const diagnosisText = useDiagnosisText();
  const reason =
    degradation.kind === 'diagnosis'
      ? diagnosisText(degradation.diagnosis.id).cause
      : t('{{ready}} of {{desired}} MLflow server replicas are ready', {
          ready: degradation.replicas.ready,
          desired: degradation.replicas.desired,
        });
  return (
    <StatusIconAndText
      icon={<RedExclamationCircleIcon />}
      title={t('Degraded: {{reason}}', { reason })}
    />
  );
};

/** The verdict, the DataScienceCluster switch and the operator's own readiness. */
export const StatusCard = ({
  result,
  mlflowNamespace,
  patchAccess,
  degradation,
}: StatusCardProps) => {
  const { t } = useMlflowTranslation();
  const dataScienceClusters = result.dataScienceClusters as ObservedDataScienceCluster[];
  const dsc = dataScienceClusters.length === 1 ? dataScienceClusters[0] : undefined;
  const operatorReady = findCondition(dsc?.status?.conditions, MLFLOW_OPERATOR_READY_CONDITION);
  const component = result.operatorComponent;
  // A read error (say, no permission to list) must not be mistaken for "nothing exists".
  const unreadable = Boolean(result.error);
  const componentReady = findCondition(component?.status?.conditions, 'Ready');

  return (
    <Card>
      <CardTitle>{t('Status')}</CardTitle>
      <CardBody>
        <Stack hasGutter>
          {result.dscCrdPresent && dataScienceClusters.length === 0 && !unreadable ? (
            <StackItem>
              <Alert isInline variant="info" title={t('No DataScienceCluster exists')}>
                {t(
                  'OpenShift AI is installed but has no DataScienceCluster (usually default-dsc). Create one in OpenShift AI; MLflow is its mlflowoperator component.',
                )}
              </Alert>
            </StackItem>
          ) : null}
          {dataScienceClusters.length > 1 ? (
            <StackItem>
              <Alert isInline variant="warning" title={t('Several DataScienceClusters exist')}>
                {t(
                  'OpenShift AI reconciles exactly one DataScienceCluster, and the plugin will not guess which one to change. Delete the extra ones; until then the switch is disabled.',
                )}
                <ul>
                  {dataScienceClusters.map((cluster) => (
                    <li key={cluster.metadata?.name}>
                      <K8sResourceLink
                        model={DataScienceClusterModel}
                        name={cluster.metadata?.name ?? ''}
                      />{' '}
                      {t('(mlflowoperator {{state}})', {
                        state: getMlflowManagementState(cluster) ?? t('not set'),
                      })}
                    </li>
                  ))}
                </ul>
              </Alert>
            </StackItem>
          ) : null}
          <StackItem>
            <DescriptionList isHorizontal horizontalTermWidthModifier={{ default: '24ch' }}>
              <DescriptionListGroup>
                <DescriptionListTerm>{t('Summary')}</DescriptionListTerm>
                <DescriptionListDescription>
                  {unreadable ? (
                    <StatusIconAndText
                      icon={<QuestionCircleIcon />}
                      title={t('Unknown: the MLflow resources could not be read')}
                    />
                  ) : degradation ? (
                    <DegradedByHealth degradation={degradation} />
                  ) : (
                    <MlflowStatusSummary status={result.status} />
                  )}
                </DescriptionListDescription>
              </DescriptionListGroup>
              {result.dscCrdPresent ? (
                <>
                  <DescriptionListGroup>
                    <DescriptionListTerm>{t('DataScienceCluster')}</DescriptionListTerm>
                    <DescriptionListDescription>
                      {dsc?.metadata?.name ? (
                        <K8sResourceLink model={DataScienceClusterModel} name={dsc.metadata.name} />
                      ) : dataScienceClusters.length > 1 ? (
                        t('Several')
                      ) : unreadable ? (
                        t('Could not be read')
                      ) : (
                        t('None found')
                      )}
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                  <DescriptionListGroup>
                    <DescriptionListTerm>{t('MLflow component')}</DescriptionListTerm>
                    <DescriptionListDescription>
                      <ManagementStateSwitch
                        dataScienceClusters={dataScienceClusters}
                        mlflow={result.mlflow}
                        mlflowNamespace={mlflowNamespace}
                        access={patchAccess}
                        unreadable={unreadable}
                      />
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                  <DescriptionListGroup>
                    <DescriptionListTerm>{t('Component management state')}</DescriptionListTerm>
                    <DescriptionListDescription>
                      {dsc
                        ? (getMlflowManagementState(dsc) ?? t('Not set (treated as Removed)'))
                        : '-'}
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                  <DescriptionListGroup>
                    <DescriptionListTerm>{MLFLOW_OPERATOR_READY_CONDITION}</DescriptionListTerm>
                    <DescriptionListDescription>
                      <ConditionDetails
                        condition={operatorReady}
                        missingText={
                          dsc === undefined && unreadable
                            ? t('Could not be read')
                            : t('Not reported by the DataScienceCluster')
                        }
                      />
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                  <DescriptionListGroup>
                    <DescriptionListTerm>
                      {t('MLflowOperator {{name}}', { name: MLFLOW_OPERATOR_COMPONENT_NAME })}
                    </DescriptionListTerm>
                    <DescriptionListDescription>
                      {component ? (
                        <Stack>
                          <StackItem>
                            {t('Phase: {{phase}}', {
                              phase: component.status?.phase ?? t('not reported'),
                            })}
                          </StackItem>
                          <StackItem>
                            <ConditionDetails
                              condition={componentReady}
                              missingText={t('Ready: not reported')}
                            />
                          </StackItem>
                        </Stack>
                      ) : unreadable ? (
                        t('Could not be read')
                      ) : (
                        t('Does not exist (OpenShift AI creates it when the component is Managed)')
                      )}
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                </>
              ) : null}
            </DescriptionList>
          </StackItem>
        </Stack>
      </CardBody>
    </Card>
  );
};
