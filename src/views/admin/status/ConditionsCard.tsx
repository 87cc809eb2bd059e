import { Card, CardBody, CardTitle } from '@patternfly/react-core';

import { ConditionsTable } from '@/components/ConditionsTable';
import type { ReportedCondition } from '@/components/ConditionsTable';
import { MLFLOW_OPERATOR_READY_CONDITION } from '@/core/instance/management-state';
import { findCondition } from '@/core/k8s/conditions';
import type { MlflowStatusResult } from '@/hooks/useMlflowStatus';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/**
 * Every condition that has a say in the status, as reported: the DataScienceCluster's readiness of
 * MLflow, the operator component's, the instance's. The details behind the summary above.
 */
export const ConditionsCard = ({ result }: { result: MlflowStatusResult }) => {
  const { t } = useMlflowTranslation();
  const dsc = result.dataScienceClusters.length === 1 ? result.dataScienceClusters[0] : undefined;
  const operatorReady = findCondition(dsc?.status?.conditions, MLFLOW_OPERATOR_READY_CONDITION);
  const from = (source: string, conditions: readonly ReportedCondition[] | undefined) =>
    (conditions ?? []).map((condition) => ({ ...condition, source }));
  const conditions = [
    ...(operatorReady
      ? from(t('DataScienceCluster {{name}}', { name: dsc?.metadata?.name ?? '' }), [operatorReady])
      : []),
    ...from(
      t('MLflowOperator {{name}}', { name: result.operatorComponent?.metadata?.name ?? '' }),
      result.operatorComponent?.status?.conditions,
    ),
    ...from(
      t('MLflow {{name}}', { name: result.mlflow?.metadata?.name ?? '' }),
      result.mlflow?.status?.conditions,
    ),
  ];
  return (
    <Card>
      <CardTitle>{t('Conditions')}</CardTitle>
      <CardBody>
        <ConditionsTable conditions={conditions} ariaLabel={t('MLflow conditions')} />
      </CardBody>
    </Card>
  );
};
