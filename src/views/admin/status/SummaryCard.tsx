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

import { K8sResourceLink } from '@/components/K8sResourceLink';
import type { ObservedDataScienceCluster } from '@/core/instance/instance-types';
import { getMlflowManagementState } from '@/core/instance/mlflow-status';
import {
  DataScienceClusterModel,
  MLFLOW_OPERATOR_COMPONENT_NAME,
  MLflowModel,
  MLflowOperatorModel,
} from '@/core/k8s/models';
import type { AccessCheck } from '@/hooks/useAdminAccess';
import type { MlflowStatusResult } from '@/hooks/useMlflowStatus';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { ManagementStateSwitch } from '@/views/admin/switch/ManagementStateSwitch';

import { InstanceUrl } from './InstanceUrl';

interface SummaryCardProps {
  result: MlflowStatusResult;
  mlflowNamespace: string;
  patchAccess: AccessCheck;
}

/**
 * What MLflow is made of here, one line each: the DataScienceCluster with the switch, the operator,
 * the instance and where it answers. Their conditions are the Conditions card's.
 */
export const SummaryCard = ({ result, mlflowNamespace, patchAccess }: SummaryCardProps) => {
  const { t } = useMlflowTranslation();
  const dataScienceClusters = result.dataScienceClusters as ObservedDataScienceCluster[];
  const dsc = dataScienceClusters.length === 1 ? dataScienceClusters[0] : undefined;
  const component = result.operatorComponent;
  // A read error (say, no permission to list) must not be mistaken for "nothing exists".
  const unreadable = Boolean(result.error);
  const { mlflow } = result;

  return (
    <Card>
      <CardTitle>{t('Summary')}</CardTitle>
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
            <DescriptionList isHorizontal horizontalTermWidthModifier={{ default: '16ch' }}>
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
                    <DescriptionListTerm>{t('Operator')}</DescriptionListTerm>
                    <DescriptionListDescription>
                      {component ? (
                        <>
                          <K8sResourceLink
                            model={MLflowOperatorModel}
                            name={component.metadata?.name ?? MLFLOW_OPERATOR_COMPONENT_NAME}
                          />{' '}
                          {t('({{phase}})', {
                            phase: component.status?.phase ?? t('phase not reported'),
                          })}
                        </>
                      ) : unreadable ? (
                        t('Could not be read')
                      ) : (
                        t('Does not exist (OpenShift AI creates it when the component is Managed)')
                      )}
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                </>
              ) : null}
              <DescriptionListGroup>
                <DescriptionListTerm>{t('Instance')}</DescriptionListTerm>
                <DescriptionListDescription>
                  {mlflow?.metadata?.name ? (
                    <K8sResourceLink
                      model={MLflowModel}
                      name={mlflow.metadata.name}
                      namespace={mlflow.metadata.namespace}
                    />
                  ) : unreadable ? (
                    t('Could not be read')
                  ) : (
                    t('None')
                  )}
                </DescriptionListDescription>
              </DescriptionListGroup>
              {mlflow ? (
                <>
                  <DescriptionListGroup>
                    <DescriptionListTerm>{t('URL')}</DescriptionListTerm>
                    <DescriptionListDescription className="mlflow-plugin__break-anywhere">
                      <InstanceUrl url={mlflow.status?.url} />
                    </DescriptionListDescription>
                  </DescriptionListGroup>
                  <DescriptionListGroup>
                    <DescriptionListTerm>{t('In-cluster address')}</DescriptionListTerm>
                    <DescriptionListDescription className="mlflow-plugin__break-anywhere">
                      {mlflow.status?.address?.url ?? t('Not reported yet')}
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
