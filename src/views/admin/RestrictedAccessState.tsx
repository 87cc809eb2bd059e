import { EmptyState, EmptyStateBody } from '@patternfly/react-core';
import { LockIcon } from '@patternfly/react-icons';

import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/** One answer for a user who may read none of MLflow's cluster objects, instead of a 403 per card. */
export const RestrictedAccessState = () => {
  const { t } = useMlflowTranslation();
  return (
    <EmptyState
      headingLevel="h2"
      icon={LockIcon}
      titleText={t('You do not have access to MLflow administration')}
    >
      <EmptyStateBody>
        {t(
          'Managing MLflow for the cluster needs a cluster administrator: ask one for read access to DataScienceClusters and MLflow instances, or to make the changes you need.',
        )}
      </EmptyStateBody>
      <EmptyStateBody>
        {t("Your projects' experiments are on the MLflow tab of each project.")}
      </EmptyStateBody>
    </EmptyState>
  );
};
