import type { AccessCheck } from './useAdminAccess';
import { useMlflowTranslation } from './useMlflowTranslation';

/**
 * Why a control is unavailable, from its access check (undefined when it is available).
 * The text names the exact permission, so an admin knows what to grant.
 */
export const useDeniedReason = (check: AccessCheck): string | undefined => {
  const { t } = useMlflowTranslation();
  if (check.loading) return t('Checking your permissions…');
  if (check.allowed) return undefined;
  return check.namespace
    ? t('You do not have permission to {{verb}} {{resource}} in namespace {{targetNamespace}}.', {
        verb: check.verb,
        resource: check.resource,
        targetNamespace: check.namespace,
      })
    : t('You do not have permission to {{verb}} {{resource}}.', {
        verb: check.verb,
        resource: check.resource,
      });
};
