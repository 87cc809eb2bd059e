import { useAccessReview, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { renderHook } from '@testing-library/react';

import { MLflowModel } from '@/core/k8s/models';

import { useWatchedList } from './useWatchedList';

describe('useWatchedList', () => {
  beforeEach(() => {
    jest.mocked(useK8sWatchResource).mockClear();
  });

  it('does not open a watch the user may not list, and reports it as forbidden', () => {
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    const { result } = renderHook(() => useWatchedList(MLflowModel));
    expect(jest.mocked(useK8sWatchResource)).toHaveBeenLastCalledWith(null);
    expect(result.current.loaded).toBe(true);
    expect(result.current.error).toMatchObject({
      kind: 'forbidden',
      status: 403,
      message: 'You may not list MLflows.',
    });
  });

  it('waits for the access review before watching', () => {
    jest.mocked(useAccessReview).mockReturnValue([false, true]);
    const { result } = renderHook(() => useWatchedList(MLflowModel));
    expect(jest.mocked(useK8sWatchResource)).toHaveBeenLastCalledWith(null);
    expect(result.current.loaded).toBe(false);
  });

  it('watches the list when allowed and hands back its items', () => {
    jest.mocked(useAccessReview).mockReturnValue([true, false]);
    jest
      .mocked(useK8sWatchResource)
      .mockReturnValue([[{ metadata: { name: 'mlflow' } }], true, undefined]);
    const { result } = renderHook(() => useWatchedList(MLflowModel, { namespace: 'team-a' }));
    expect(jest.mocked(useK8sWatchResource)).toHaveBeenLastCalledWith({
      groupVersionKind: { group: 'mlflow.opendatahub.io', version: 'v1', kind: 'MLflow' },
      isList: true,
      namespace: 'team-a',
    });
    expect(result.current.items).toEqual([{ metadata: { name: 'mlflow' } }]);
  });
});

describe('useWatchedList error normalisation', () => {
  it('reports no error as undefined even when the watch says an empty string', () => {
    jest.mocked(useAccessReview).mockReturnValue([true, false]);
    jest.mocked(useK8sWatchResource).mockReturnValue([[], true, '']);
    const { result } = renderHook(() => useWatchedList(MLflowModel));
    expect(result.current.error).toBeUndefined();
  });

  it('describes a failed watch once, keeping the same object across renders', () => {
    jest.mocked(useAccessReview).mockReturnValue([true, false]);
    const failure = { response: { status: 404 }, message: 'the server could not find it' };
    jest.mocked(useK8sWatchResource).mockReturnValue([[], false, failure]);
    const { result, rerender } = renderHook(() => useWatchedList(MLflowModel));
    expect(result.current.error).toEqual({
      kind: 'not-found',
      status: 404,
      message: 'the server could not find it',
      retryable: false,
    });
    expect(result.current.loaded).toBe(true);
    const first = result.current.error;
    rerender();
    expect(result.current.error).toBe(first);
  });
});
