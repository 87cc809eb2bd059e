/**
 * The console shell's implementation of '@openshift-console/dynamic-plugin-sdk': the module the
 * shell provides in the webpack share scope (version 4.22.0) in place of the console's. It exports
 * what the plugin uses, on top of the real apiserver behind /api/kubernetes; anything not exported
 * here is not available in the shell (see ../../README.md).
 */
export { consoleFetch, consoleFetchJSON, consoleFetchText } from './console-fetch';
export { HttpError } from './http-error';
export {
  getAPIVersionForModel,
  getGroupVersionKindForModel,
  getGroupVersionKindForResource,
} from './k8s-model';
export {
  k8sCreate,
  k8sDelete,
  k8sGet,
  k8sList,
  k8sListItems,
  k8sPatch,
  k8sUpdate,
} from './k8s-resource';
export { useK8sWatchResource, useK8sWatchResources } from './watch';
export { useFlag } from './flags';
export { checkAccess, useAccessReview } from './access-review';
export { useOverlay } from './overlay';
export { useActiveNamespace } from './namespace';
export { DocumentTitle, ResourceLink, Timestamp } from './components';
