/**
 * The one mock of @openshift-console/dynamic-plugin-sdk for unit tests: only what the plugin uses.
 * Tests steer the hooks with jest.mocked(...).mockReturnValue(...).
 *
 * Every export is declared with the real SDK's own type (a jest mock of that function), so that
 * `npm run typecheck` fails when the mock and the SDK the plugin is compiled against drift apart.
 */
import type * as ConsoleSDKModule from '@openshift-console/dynamic-plugin-sdk';
import type { K8sResourceCommon } from '@openshift-console/dynamic-plugin-sdk';

type ConsoleSDK = typeof ConsoleSDKModule;

/** A jest mock with the SDK function's own parameters and result (and this default behaviour). */
const mockOf = <F extends (...args: never[]) => unknown>(
  implementation?: (...args: Parameters<F>) => ReturnType<F>,
) => jest.fn<ReturnType<F>, Parameters<F>>(implementation);

export const getGroupVersionKindForModel: ConsoleSDK['getGroupVersionKindForModel'] = ({
  apiGroup,
  apiVersion,
  kind,
}) => ({
  group: apiGroup,
  version: apiVersion,
  kind,
});

export const useFlag = mockOf<ConsoleSDK['useFlag']>(() => true);
export const useK8sWatchResource = mockOf<ConsoleSDK['useK8sWatchResource']>(() => [
  // Nothing watched yet; tests set the answers they need.
  undefined as unknown as K8sResourceCommon,
  false,
  undefined,
]);
export const useK8sWatchResources = mockOf<ConsoleSDK['useK8sWatchResources']>(() => ({}));
export const useAccessReview = mockOf<ConsoleSDK['useAccessReview']>(() => [true, false]);
export const useActiveNamespace = mockOf<ConsoleSDK['useActiveNamespace']>(() => [
  'default',
  jest.fn(),
]);
export const useOverlay = mockOf<ConsoleSDK['useOverlay']>(() => jest.fn());
export const k8sGet = mockOf<ConsoleSDK['k8sGet']>();
export const k8sList = mockOf<ConsoleSDK['k8sList']>();
// An empty list unless a test says otherwise: most namespaces hold none of what is asked.
export const k8sListItems = mockOf<ConsoleSDK['k8sListItems']>(() => Promise.resolve([]));
export const k8sCreate = mockOf<ConsoleSDK['k8sCreate']>();
export const k8sPatch = mockOf<ConsoleSDK['k8sPatch']>();
export const k8sUpdate = mockOf<ConsoleSDK['k8sUpdate']>();
export const k8sDelete = mockOf<ConsoleSDK['k8sDelete']>();
export const consoleFetch = mockOf<ConsoleSDK['consoleFetch']>();
export const consoleFetchJSON = mockOf<ConsoleSDK['consoleFetchJSON']>();

export const Timestamp: ConsoleSDK['Timestamp'] = ({ timestamp }) => (
  <span data-testid="timestamp">{String(timestamp)}</span>
);
export const DocumentTitle: ConsoleSDK['DocumentTitle'] = ({ children }) => (
  <span data-testid="document-title">{children}</span>
);
/** The name (or displayName), with the kind and namespace it links to for tests to check. */
export const ResourceLink: ConsoleSDK['ResourceLink'] = ({
  groupVersionKind,
  // The deprecated reference form, which the console still takes.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  kind,
  name,
  namespace,
  displayName,
}) => (
  <span data-kind={groupVersionKind?.kind ?? kind} data-namespace={namespace}>
    {displayName ?? name}
  </span>
);

export const StatusIconAndText: ConsoleSDK['StatusIconAndText'] = ({ icon, title }) => (
  <span>
    {icon}
    {title}
  </span>
);
/** The coloured icons: a marker tests can find by its status, with the icon's title. */
const ColoredIcon = ({ status, title }: { status: string; title?: string }) => (
  <span data-testid={`${status}-icon`} title={title} />
);
export const GreenCheckCircleIcon: ConsoleSDK['GreenCheckCircleIcon'] = ({ title }) => (
  <ColoredIcon status="success" title={title} />
);
export const RedExclamationCircleIcon: ConsoleSDK['RedExclamationCircleIcon'] = ({ title }) => (
  <ColoredIcon status="danger" title={title} />
);
export const YellowExclamationTriangleIcon: ConsoleSDK['YellowExclamationTriangleIcon'] = ({
  title,
}) => <ColoredIcon status="warning" title={title} />;
export const BlueInfoCircleIcon: ConsoleSDK['BlueInfoCircleIcon'] = ({ title }) => (
  <ColoredIcon status="info" title={title} />
);

export const InventoryItem: ConsoleSDK['InventoryItem'] = ({ children }) => (
  <div data-testid="inventory-item">{children}</div>
);
export const InventoryItemTitle: ConsoleSDK['InventoryItemTitle'] = ({ children }) => (
  <div>{children}</div>
);
export const InventoryItemBody: ConsoleSDK['InventoryItemBody'] = ({ children }) => (
  <div>{children}</div>
);
export const InventoryItemLoading: ConsoleSDK['InventoryItemLoading'] = () => (
  <span data-testid="inventory-item-loading" />
);
