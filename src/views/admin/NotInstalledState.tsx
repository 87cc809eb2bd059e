import { EmptyState, EmptyStateBody } from '@patternfly/react-core';
import { CubesIcon } from '@patternfly/react-icons';

import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/** Shown when neither OpenShift AI nor the MLflow operator is on the cluster: what to install. */
export const NotInstalledState = () => {
  const { t } = useMlflowTranslation();
  return (
    <EmptyState
      headingLevel="h2"
      icon={CubesIcon}
      titleText={t('OpenShift AI with the MLflow operator is required')}
    >
      <EmptyStateBody>
        {t(
          'Install the Red Hat OpenShift AI operator (or Open Data Hub) and create a DataScienceCluster. MLflow is its mlflowoperator component.',
        )}
      </EmptyStateBody>
    </EmptyState>
  );
};
