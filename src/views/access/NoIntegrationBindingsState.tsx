import {
  EmptyState,
  EmptyStateActions,
  EmptyStateBody,
  EmptyStateFooter,
} from '@patternfly/react-core';
import { UsersIcon } from '@patternfly/react-icons';
import type { ReactNode } from 'react';

import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface NoIntegrationBindingsStateProps {
  /** The Grant access button, usable or saying why not. */
  grantAction: ReactNode;
}

/** What the Access section shows while no service account is bound to the integration role. */
export const NoIntegrationBindingsState = ({ grantAction }: NoIntegrationBindingsStateProps) => {
  const { t } = useMlflowTranslation();
  return (
    <EmptyState
      headingLevel="h4"
      icon={UsersIcon}
      titleText={t('No service account has MLflow access yet')}
      variant="sm"
    >
      <EmptyStateBody>
        {t(
          'Grant a service account access so that code running as it can log experiments and runs here.',
        )}
      </EmptyStateBody>
      <EmptyStateFooter>
        <EmptyStateActions>{grantAction}</EmptyStateActions>
      </EmptyStateFooter>
    </EmptyState>
  );
};
