import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import type { K8sVerb } from '@openshift-console/dynamic-plugin-sdk';

import { adminAccessQuestions } from '@/core/access/access-review';
import type { AccessQuestion, AdminAccessKey } from '@/core/access/access-review';

export interface AccessCheck {
  allowed: boolean;
  loading: boolean;
  /** What the check asked, to explain a denial: "patch datascienceclusters.datasciencecluster.opendatahub.io". */
  verb: K8sVerb;
  resource: string;
  namespace?: string;
}

export type AdminAccess = Record<AdminAccessKey, AccessCheck>;

const useAccess = ({ group, resource, verb, namespace, qualifiedResource }: AccessQuestion) => {
  const [allowed, loading] = useAccessReview({ group, resource, verb, namespace });
  return { allowed, loading, verb, resource: qualifiedResource, namespace };
};

/**
 * What the signed-in user may do on the admin page, asked of the apiserver with
 * SelfSubjectAccessReviews, so that controls are disabled with the reason instead of failing.
 */
export const useAdminAccess = (mlflowNamespace: string): AdminAccess => {
  const questions = adminAccessQuestions(mlflowNamespace);
  // One hook call per permission, in a fixed order (the rules of hooks).
  return {
    patchDataScienceCluster: useAccess(questions.patchDataScienceCluster),
    createMlflow: useAccess(questions.createMlflow),
    patchMlflow: useAccess(questions.patchMlflow),
    createConsoleLink: useAccess(questions.createConsoleLink),
    deleteConsoleLink: useAccess(questions.deleteConsoleLink),
    listSecrets: useAccess(questions.listSecrets),
    createSecret: useAccess(questions.createSecret),
    listStorageClasses: useAccess(questions.listStorageClasses),
  };
};
