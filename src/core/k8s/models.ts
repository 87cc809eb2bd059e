// Type-only: the console's model shape, erased at build time, so core stays free of SDK code.
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';

/**
 * Every Kubernetes resource the plugin reads or writes, as the console's K8sModel.
 * Kept in one place so that a group/version change upstream is a one-line edit here.
 */

export const DataScienceClusterModel: K8sModel = {
  apiGroup: 'datasciencecluster.opendatahub.io',
  apiVersion: 'v2',
  kind: 'DataScienceCluster',
  plural: 'datascienceclusters',
  namespaced: false,
  abbr: 'DSC',
  label: 'DataScienceCluster',
  labelPlural: 'DataScienceClusters',
};

export const MLflowModel: K8sModel = {
  apiGroup: 'mlflow.opendatahub.io',
  apiVersion: 'v1',
  kind: 'MLflow',
  plural: 'mlflows',
  namespaced: false,
  abbr: 'MLF',
  label: 'MLflow',
  labelPlural: 'MLflows',
};

/** CRDs themselves: the plugin reads the MLflow CRD's schema to learn which fields it has. */
export const CustomResourceDefinitionModel: K8sModel = {
  apiGroup: 'apiextensions.k8s.io',
  apiVersion: 'v1',
  kind: 'CustomResourceDefinition',
  plural: 'customresourcedefinitions',
  namespaced: false,
  abbr: 'CRD',
  label: 'CustomResourceDefinition',
  labelPlural: 'CustomResourceDefinitions',
};

/** The MLflow CRD's name: `<plural>.<group>` of MLflowModel. */
export const MLFLOW_CRD_NAME = 'mlflows.mlflow.opendatahub.io';

export const MLflowOperatorModel: K8sModel = {
  apiGroup: 'components.platform.opendatahub.io',
  apiVersion: 'v1alpha1',
  kind: 'MLflowOperator',
  plural: 'mlflowoperators',
  namespaced: false,
  abbr: 'MLFO',
  label: 'MLflowOperator',
  labelPlural: 'MLflowOperators',
};

export const MLflowConfigModel: K8sModel = {
  apiGroup: 'mlflow.kubeflow.org',
  apiVersion: 'v1',
  kind: 'MLflowConfig',
  plural: 'mlflowconfigs',
  namespaced: true,
  abbr: 'MLFC',
  label: 'MLflowConfig',
  labelPlural: 'MLflowConfigs',
};

export const ConsoleLinkModel: K8sModel = {
  apiGroup: 'console.openshift.io',
  apiVersion: 'v1',
  kind: 'ConsoleLink',
  plural: 'consolelinks',
  namespaced: false,
  abbr: 'CL',
  label: 'ConsoleLink',
  labelPlural: 'ConsoleLinks',
};

export const ConsolePluginModel: K8sModel = {
  apiGroup: 'console.openshift.io',
  apiVersion: 'v1',
  kind: 'ConsolePlugin',
  plural: 'consoleplugins',
  namespaced: false,
  abbr: 'CP',
  label: 'ConsolePlugin',
  labelPlural: 'ConsolePlugins',
};

/** The chart installs the plugin's quick starts (templates/consolequickstarts.yaml); the plugin only names the kind. */
export const ConsoleQuickStartModel: K8sModel = {
  apiGroup: 'console.openshift.io',
  apiVersion: 'v1',
  kind: 'ConsoleQuickStart',
  plural: 'consolequickstarts',
  namespaced: false,
  abbr: 'CQS',
  label: 'ConsoleQuickStart',
  labelPlural: 'ConsoleQuickStarts',
};

export const ConsoleOperatorConfigModel: K8sModel = {
  apiGroup: 'operator.openshift.io',
  apiVersion: 'v1',
  kind: 'Console',
  plural: 'consoles',
  namespaced: false,
  abbr: 'C',
  label: 'Console',
  labelPlural: 'Consoles',
};

export const RoleBindingModel: K8sModel = {
  apiGroup: 'rbac.authorization.k8s.io',
  apiVersion: 'v1',
  kind: 'RoleBinding',
  plural: 'rolebindings',
  namespaced: true,
  abbr: 'RB',
  label: 'RoleBinding',
  labelPlural: 'RoleBindings',
};

export const ClusterRoleModel: K8sModel = {
  apiGroup: 'rbac.authorization.k8s.io',
  apiVersion: 'v1',
  kind: 'ClusterRole',
  plural: 'clusterroles',
  namespaced: false,
  abbr: 'CR',
  label: 'ClusterRole',
  labelPlural: 'ClusterRoles',
};

/** Only linked to: a project RoleBinding may bind a Role of its own namespace. */
export const RoleModel: K8sModel = {
  apiGroup: 'rbac.authorization.k8s.io',
  apiVersion: 'v1',
  kind: 'Role',
  plural: 'roles',
  namespaced: true,
  abbr: 'R',
  label: 'Role',
  labelPlural: 'Roles',
};

export const ServiceAccountModel: K8sModel = {
  apiVersion: 'v1',
  kind: 'ServiceAccount',
  plural: 'serviceaccounts',
  namespaced: true,
  abbr: 'SA',
  label: 'ServiceAccount',
  labelPlural: 'ServiceAccounts',
};

export const SecretModel: K8sModel = {
  apiVersion: 'v1',
  kind: 'Secret',
  plural: 'secrets',
  namespaced: true,
  abbr: 'S',
  label: 'Secret',
  labelPlural: 'Secrets',
};

export const StorageClassModel: K8sModel = {
  apiGroup: 'storage.k8s.io',
  apiVersion: 'v1',
  kind: 'StorageClass',
  plural: 'storageclasses',
  namespaced: false,
  abbr: 'SC',
  label: 'StorageClass',
  labelPlural: 'StorageClasses',
};

/** A workbench of OpenShift AI: the notebook controller's Notebook (kubeflow.org/v1). */
export const NotebookModel: K8sModel = {
  apiGroup: 'kubeflow.org',
  apiVersion: 'v1',
  kind: 'Notebook',
  plural: 'notebooks',
  namespaced: true,
  abbr: 'NB',
  label: 'Notebook',
  labelPlural: 'Notebooks',
};

export const NamespaceModel: K8sModel = {
  apiVersion: 'v1',
  kind: 'Namespace',
  plural: 'namespaces',
  namespaced: false,
  abbr: 'NS',
  label: 'Namespace',
  labelPlural: 'Namespaces',
};

export const ProjectModel: K8sModel = {
  apiGroup: 'project.openshift.io',
  apiVersion: 'v1',
  kind: 'Project',
  plural: 'projects',
  namespaced: false,
  abbr: 'PR',
  label: 'Project',
  labelPlural: 'Projects',
};

/** The one MLflow instance the operator reconciles: its CRD rejects any other name. */
export const MLFLOW_INSTANCE_NAME = 'mlflow';

/** The DSC component that switches the MLflow operator on and off. */
export const MLFLOW_DSC_COMPONENT = 'mlflowoperator';

/** The component CR the operator creates for the mlflowoperator component. */
export const MLFLOW_OPERATOR_COMPONENT_NAME = 'default-mlflowoperator';

/** The plugin's own name, as in package.json's consolePlugin.name and the ConsolePlugin resource. */
export const PLUGIN_NAME = 'mlflow-console-plugin';

// Core workload kinds the admin page's Health card reads in the MLflow namespace.

export const DeploymentModel: K8sModel = {
  apiGroup: 'apps',
  apiVersion: 'v1',
  kind: 'Deployment',
  plural: 'deployments',
  namespaced: true,
  abbr: 'D',
  label: 'Deployment',
  labelPlural: 'Deployments',
};

export const PodModel: K8sModel = {
  apiVersion: 'v1',
  kind: 'Pod',
  plural: 'pods',
  namespaced: true,
  abbr: 'P',
  label: 'Pod',
  labelPlural: 'Pods',
};

export const PersistentVolumeClaimModel: K8sModel = {
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  plural: 'persistentvolumeclaims',
  namespaced: true,
  abbr: 'PVC',
  label: 'PersistentVolumeClaim',
  labelPlural: 'PersistentVolumeClaims',
};

export const EventModel: K8sModel = {
  apiVersion: 'v1',
  kind: 'Event',
  plural: 'events',
  namespaced: true,
  abbr: 'E',
  label: 'Event',
  labelPlural: 'Events',
};

/** Who the signed-in person is, as the apiserver knows them (authentication.k8s.io/v1, GA 1.28). */
export const SelfSubjectReviewModel: K8sModel = {
  apiGroup: 'authentication.k8s.io',
  apiVersion: 'v1',
  kind: 'SelfSubjectReview',
  plural: 'selfsubjectreviews',
  namespaced: false,
  abbr: 'SSR',
  label: 'SelfSubjectReview',
  labelPlural: 'SelfSubjectReviews',
};
