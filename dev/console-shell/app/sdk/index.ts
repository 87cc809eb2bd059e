/**
 * The console shell's implementation of '@openshift-console/dynamic-plugin-sdk': the module the
 * shell provides in the webpack share scope (version 4.22.0) in place of the console's. It exports
 * what the plugin uses, on top of the real apiserver behind /api/kubernetes; anything not exported
 * here is not available in the shell (see ../../README.md).
 *
 * Every export is declared with the real SDK's own type, so `npm run typecheck` fails the moment
 * the shell's implementation and the SDK the plugin is compiled against disagree.
 */
import type * as ConsoleSDKModule from '@openshift-console/dynamic-plugin-sdk';

import {
  checkAccess as shellCheckAccess,
  useAccessReview as shellUseAccessReview,
} from './access-review';
import {
  DocumentTitle as ShellDocumentTitle,
  ResourceLink as ShellResourceLink,
  Timestamp as ShellTimestamp,
} from './components';
import {
  consoleFetch as shellConsoleFetch,
  consoleFetchJSON as shellConsoleFetchJSON,
  consoleFetchText as shellConsoleFetchText,
} from './console-fetch';
import { useFlag as shellUseFlag } from './flags';
import { HttpError as ShellHttpError } from './http-error';
import {
  InventoryItem as ShellInventoryItem,
  InventoryItemBody as ShellInventoryItemBody,
  InventoryItemLoading as ShellInventoryItemLoading,
  InventoryItemTitle as ShellInventoryItemTitle,
} from './inventory';
import {
  getAPIVersionForModel as shellGetAPIVersionForModel,
  getGroupVersionKindForModel as shellGetGroupVersionKindForModel,
  getGroupVersionKindForResource as shellGetGroupVersionKindForResource,
} from './k8s-model';
import {
  k8sCreate as shellK8sCreate,
  k8sDelete as shellK8sDelete,
  k8sGet as shellK8sGet,
  k8sList as shellK8sList,
  k8sListItems as shellK8sListItems,
  k8sPatch as shellK8sPatch,
  k8sUpdate as shellK8sUpdate,
} from './k8s-resource';
import { useActiveNamespace as shellUseActiveNamespace } from './namespace';
import { useOverlay as shellUseOverlay } from './overlay';
import {
  BlueInfoCircleIcon as ShellBlueInfoCircleIcon,
  GreenCheckCircleIcon as ShellGreenCheckCircleIcon,
  RedExclamationCircleIcon as ShellRedExclamationCircleIcon,
  StatusIconAndText as ShellStatusIconAndText,
  YellowExclamationTriangleIcon as ShellYellowExclamationTriangleIcon,
} from './status';
import {
  useK8sWatchResource as shellUseK8sWatchResource,
  useK8sWatchResources as shellUseK8sWatchResources,
} from './watch';

type ConsoleSDK = typeof ConsoleSDKModule;

export const consoleFetch: ConsoleSDK['consoleFetch'] = shellConsoleFetch;
export const consoleFetchJSON: ConsoleSDK['consoleFetchJSON'] = shellConsoleFetchJSON;
export const consoleFetchText: ConsoleSDK['consoleFetchText'] = shellConsoleFetchText;
export const HttpError: ConsoleSDK['HttpError'] = ShellHttpError;
export const getAPIVersionForModel: ConsoleSDK['getAPIVersionForModel'] =
  shellGetAPIVersionForModel;
export const getGroupVersionKindForModel: ConsoleSDK['getGroupVersionKindForModel'] =
  shellGetGroupVersionKindForModel;
export const getGroupVersionKindForResource: ConsoleSDK['getGroupVersionKindForResource'] =
  shellGetGroupVersionKindForResource;
export const k8sCreate: ConsoleSDK['k8sCreate'] = shellK8sCreate;
export const k8sDelete: ConsoleSDK['k8sDelete'] = shellK8sDelete;
export const k8sGet: ConsoleSDK['k8sGet'] = shellK8sGet;
export const k8sList: ConsoleSDK['k8sList'] = shellK8sList;
export const k8sListItems: ConsoleSDK['k8sListItems'] = shellK8sListItems;
export const k8sPatch: ConsoleSDK['k8sPatch'] = shellK8sPatch;
export const k8sUpdate: ConsoleSDK['k8sUpdate'] = shellK8sUpdate;
export const useK8sWatchResource: ConsoleSDK['useK8sWatchResource'] = shellUseK8sWatchResource;
export const useK8sWatchResources: ConsoleSDK['useK8sWatchResources'] = shellUseK8sWatchResources;
export const useFlag: ConsoleSDK['useFlag'] = shellUseFlag;
export const checkAccess: ConsoleSDK['checkAccess'] = shellCheckAccess;
export const useAccessReview: ConsoleSDK['useAccessReview'] = shellUseAccessReview;
export const useOverlay: ConsoleSDK['useOverlay'] = shellUseOverlay;
export const useActiveNamespace: ConsoleSDK['useActiveNamespace'] = shellUseActiveNamespace;
export const DocumentTitle: ConsoleSDK['DocumentTitle'] = ShellDocumentTitle;
export const ResourceLink: ConsoleSDK['ResourceLink'] = ShellResourceLink;
export const Timestamp: ConsoleSDK['Timestamp'] = ShellTimestamp;
export const InventoryItem: ConsoleSDK['InventoryItem'] = ShellInventoryItem;
export const InventoryItemTitle: ConsoleSDK['InventoryItemTitle'] = ShellInventoryItemTitle;
export const InventoryItemBody: ConsoleSDK['InventoryItemBody'] = ShellInventoryItemBody;
export const InventoryItemLoading: ConsoleSDK['InventoryItemLoading'] = ShellInventoryItemLoading;
export const StatusIconAndText: ConsoleSDK['StatusIconAndText'] = ShellStatusIconAndText;
export const GreenCheckCircleIcon: ConsoleSDK['GreenCheckCircleIcon'] = ShellGreenCheckCircleIcon;
export const RedExclamationCircleIcon: ConsoleSDK['RedExclamationCircleIcon'] =
  ShellRedExclamationCircleIcon;
export const YellowExclamationTriangleIcon: ConsoleSDK['YellowExclamationTriangleIcon'] =
  ShellYellowExclamationTriangleIcon;
export const BlueInfoCircleIcon: ConsoleSDK['BlueInfoCircleIcon'] = ShellBlueInfoCircleIcon;
