import { useAccessReview, useK8sWatchResource } from '@openshift-console/dynamic-plugin-sdk';
import { renderHook } from '@testing-library/react';

import { describeError } from '../core/errors';
import { MLflowModel } from '../core/models';
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
    expect(describeError(result.current.error).kind).toBe('forbidden');
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
});
