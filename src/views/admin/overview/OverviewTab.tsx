import { Grid, GridItem, Spinner } from '@patternfly/react-core';
import { lazy, Suspense } from 'react';

import type { HealthVerdict } from '@/core/health/health-verdict';
import type { AdminAccess } from '@/hooks/useAdminAccess';
import type { MlflowStatusResult } from '@/hooks/useMlflowStatus';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { ConditionsCard } from '@/views/admin/status/ConditionsCard';
import { SummaryCard } from '@/views/admin/status/SummaryCard';
import { ManagementStateSwitch } from '@/views/admin/switch/ManagementStateSwitch';

// Its own chunk: the page's first load stays within its budget.
const HealthCard = lazy(() => import('@/views/admin/health/HealthCard'));

interface OverviewTabProps {
  result: MlflowStatusResult;
  mlflowNamespace: string;
  access: AdminAccess;
  onVerdict: (verdict: HealthVerdict) => void;
}

/**
 * What a cluster admin looks at first: how to turn MLflow on while it is off, what is wrong (the
 * health's findings lead), what MLflow is made of, and the conditions behind it all.
 */
export const OverviewTab = ({ result, mlflowNamespace, access, onVerdict }: OverviewTabProps) => {
  const { t } = useMlflowTranslation();
  return (
    <Grid hasGutter>
      {result.dscCrdPresent ? (
        <GridItem span={12}>
          <ManagementStateSwitch
            appearance="enable-state"
            dataScienceClusters={result.dataScienceClusters}
            mlflow={result.mlflow}
            mlflowNamespace={mlflowNamespace}
            access={access.patchDataScienceCluster}
            unreadable={Boolean(result.error)}
          />
        </GridItem>
      ) : null}
      <GridItem lg={7} span={12}>
        <Suspense fallback={<Spinner size="md" aria-label={t('Loading MLflow health')} />}>
          <HealthCard
            mlflowNamespace={mlflowNamespace}
            mlflowCrdPresent={result.mlflowCrdPresent}
            dataScienceClusters={result.dataScienceClusters}
            operatorComponent={result.operatorComponent}
            mlflow={result.mlflow}
            onVerdict={onVerdict}
          />
        </Suspense>
      </GridItem>
      <GridItem lg={5} span={12}>
        <SummaryCard
          result={result}
          mlflowNamespace={mlflowNamespace}
          patchAccess={access.patchDataScienceCluster}
        />
      </GridItem>
      <GridItem span={12}>
        <ConditionsCard result={result} />
      </GridItem>
    </Grid>
  );
};
