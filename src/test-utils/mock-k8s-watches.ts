import { useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';

export type WatchResult = [unknown, boolean, unknown];

/** A settled watch result: loaded, with the given data, or with a load error. */
export const loadedWatch = (data: unknown[] = []): WatchResult => [data, true, undefined];
export const loadingWatch = (): WatchResult => [[], false, undefined];
export const failedWatch = (status: number, message: string): WatchResult => [
  [],
  false,
  { response: { status }, message },
];

/**
 * Steers the mocked useK8sWatchResource by kind, as the real one answers by groupVersionKind.
 * Kinds not listed answer an empty loaded list; a null resource (no watch) answers nothing.
 */
export const mockWatchesByKind = (byKind: Record<string, WatchResult>) => {
  jest.mocked(useK8sWatchResource).mockImplementation(((resource: unknown) => {
    if (!resource) return [undefined, true, undefined];
    const kind =
      (resource as { groupVersionKind?: { kind?: string } }).groupVersionKind?.kind ?? '';
    return byKind[kind] ?? loadedWatch();
  }) as unknown as typeof useK8sWatchResource);
};

/** The resources the mocked useK8sWatchResource was asked to watch since the last forget. */
export const watchedResources = (): unknown[] =>
  jest.mocked(useK8sWatchResource).mock.calls.map(([resource]) => resource);

/** Starts watchedResources() afresh, keeping the mocked answers. */
export const forgetWatchCalls = () => {
  jest.mocked(useK8sWatchResource).mockClear();
};
