import type { K8sModel, K8sVerb } from '@openshift-console/dynamic-plugin-sdk';

import {
  ConsoleLinkModel,
  DataScienceClusterModel,
  MLflowModel,
  SecretModel,
  StorageClassModel,
} from '@/core/k8s/models';

/** What one SelfSubjectAccessReview asks, and how a denial names the permission. */
export interface AccessQuestion {
  group: string;
  resource: string;
  verb: K8sVerb;
  namespace?: string;
  /** `plural.group`, as kubectl and RBAC rules name the resource. */
  qualifiedResource: string;
}

const ask = (model: K8sModel, verb: K8sVerb, namespace?: string): AccessQuestion => ({
  group: model.apiGroup ?? '',
  resource: model.plural,
  verb,
  namespace,
  qualifiedResource: model.apiGroup ? `${model.plural}.${model.apiGroup}` : model.plural,
});

/**
 * Every permission a control on the admin page needs. The page disables the control, with the
 * reason, when the apiserver answers no; the integration tests ask the same questions as each
 * identity and check the answers against what the apiserver then allows.
 */
export const adminAccessQuestions = (mlflowNamespace: string) => ({
  patchDataScienceCluster: ask(DataScienceClusterModel, 'patch'),
  createMlflow: ask(MLflowModel, 'create'),
  patchMlflow: ask(MLflowModel, 'patch'),
  createConsoleLink: ask(ConsoleLinkModel, 'create'),
  deleteConsoleLink: ask(ConsoleLinkModel, 'delete'),
  listSecrets: ask(SecretModel, 'list', mlflowNamespace),
  createSecret: ask(SecretModel, 'create', mlflowNamespace),
  listStorageClasses: ask(StorageClassModel, 'list'),
});

export type AdminAccessKey = keyof ReturnType<typeof adminAccessQuestions>;
