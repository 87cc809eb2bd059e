/**
 * The one mock of @openshift-console/dynamic-plugin-sdk for unit tests: only what the plugin uses.
 * Tests steer the hooks with jest.mocked(...).mockReturnValue(...).
 */
import type { ReactNode } from 'react';

interface ModelLike {
  apiGroup?: string;
  apiVersion: string;
  kind: string;
}

export const getGroupVersionKindForModel = ({ apiGroup, apiVersion, kind }: ModelLike) => ({
  group: apiGroup,
  version: apiVersion,
  kind,
});

export const useFlag = jest.fn(() => true);
export const useK8sWatchResource = jest.fn(() => [undefined, false, undefined]);
export const useK8sWatchResources = jest.fn(() => ({}));
export const useAccessReview = jest.fn(() => [true, false]);
export const useActiveNamespace = jest.fn(() => ['default', jest.fn()]);
export const useOverlay = jest.fn(() => jest.fn());
export const k8sGet = jest.fn();
export const k8sList = jest.fn();
export const k8sCreate = jest.fn();
export const k8sPatch = jest.fn();
export const k8sUpdate = jest.fn();
export const k8sDelete = jest.fn();
export const consoleFetch = jest.fn();
export const consoleFetchJSON = jest.fn();

export const Timestamp = ({ timestamp }: { timestamp: string | number }) => (
  <span data-testid="timestamp">{String(timestamp)}</span>
);
export const DocumentTitle = ({ children }: { children: ReactNode }) => (
  <span data-testid="document-title">{children}</span>
);
export const ResourceLink = ({ name }: { name?: string }) => <span>{name}</span>;
