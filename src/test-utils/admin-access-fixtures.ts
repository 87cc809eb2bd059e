import type { AccessCheck, AdminAccess } from '@/hooks/useAdminAccess';

const check = (verb: AccessCheck['verb'], resource: string, namespace?: string): AccessCheck => ({
  allowed: true,
  loading: false,
  verb,
  resource,
  namespace,
});

/** Every permission the admin page asks about, all granted; override some to deny them. */
export const adminAccess = (denied: (keyof AdminAccess)[] = []): AdminAccess => {
  const all: AdminAccess = {
    patchDataScienceCluster: check(
      'patch',
      'datascienceclusters.datasciencecluster.opendatahub.io',
    ),
    createMlflow: check('create', 'mlflows.mlflow.opendatahub.io'),
    patchMlflow: check('patch', 'mlflows.mlflow.opendatahub.io'),
    createConsoleLink: check('create', 'consolelinks.console.openshift.io'),
    deleteConsoleLink: check('delete', 'consolelinks.console.openshift.io'),
    listSecrets: check('list', 'secrets', 'redhat-ods-applications'),
    createSecret: check('create', 'secrets', 'redhat-ods-applications'),
    listStorageClasses: check('list', 'storageclasses.storage.k8s.io'),
  };
  for (const key of denied) all[key] = { ...all[key], allowed: false };
  return all;
};
