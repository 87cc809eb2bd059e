import { k8sCreate, k8sPatch } from '@openshift-console/dynamic-plugin-sdk';
import { act, renderHook } from '@testing-library/react';

import type { MlflowInstanceWithSpec } from '@/core/instance/instance-types';
import { demoMlflow, httpError } from '@/test-utils/admin-fixtures';

import { useGuardedSpecEditor } from './useGuardedSpecEditor';

interface Settings {
  replicas: string;
}

const patch = jest.mocked(k8sPatch);
const create = jest.mocked(k8sCreate);

const renderEditor = (
  snapshot: MlflowInstanceWithSpec | undefined,
  latest: MlflowInstanceWithSpec | undefined,
) => {
  const onSaved = jest.fn();
  const issuesFromServer = jest.fn(() => [{ field: 'replicas' }]);
  const view = renderHook(() =>
    useGuardedSpecEditor<NonNullable<MlflowInstanceWithSpec['spec']>, Settings, { field: string }>({
      snapshot,
      latest,
      settingsOf: (spec) => ({ replicas: String(spec?.replicas ?? 1) }),
      apply: (spec, settings) => ({ ...spec, replicas: Number(settings.replicas) }),
      issuesFromServer,
      onSaved,
    }),
  );
  return { ...view, onSaved, issuesFromServer };
};

/** Edits, reviews and saves as the user does; what the review shows is returned. */
const editReviewSave = async (result: ReturnType<typeof renderEditor>['result']) => {
  act(() => {
    result.current.edit({ replicas: '2' });
  });
  act(() => {
    result.current.review(false);
  });
  expect(result.current.reviewing?.after.replicas).toBe(2);
  await act(() => result.current.save(false));
  return result.current.reviewing;
};

beforeEach(() => {
  patch.mockReset();
  create.mockReset();
});

describe('useGuardedSpecEditor', () => {
  it('patches with the resourceVersion the edit began from, then closes the review', async () => {
    patch.mockResolvedValue({});
    const { result, onSaved } = renderEditor(demoMlflow, demoMlflow);
    expect(await editReviewSave(result)).toBeUndefined();
    const sent = patch.mock.calls[0][0].data as { op: string; path: string; value: unknown }[];
    expect(sent).toContainEqual({
      op: 'replace',
      path: '/metadata/resourceVersion',
      value: demoMlflow.metadata?.resourceVersion,
    });
    expect(sent).toContainEqual(expect.objectContaining({ path: '/spec/replicas', value: 2 }));
    expect(onSaved).toHaveBeenCalledWith(false);
  });

  it('sends nothing when the watch already shows someone else changed it', async () => {
    const changed: MlflowInstanceWithSpec = {
      metadata: { ...demoMlflow.metadata, resourceVersion: '999', generation: 2 },
      spec: { ...demoMlflow.spec, replicas: 3 },
    };
    const { result, onSaved } = renderEditor(demoMlflow, changed);
    expect((await editReviewSave(result))?.conflict).toBe('changed');
    expect(patch).not.toHaveBeenCalled();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('reports a deleted instance as such', async () => {
    const { result } = renderEditor(demoMlflow, undefined);
    expect((await editReviewSave(result))?.conflict).toBe('deleted');
  });

  it('turns the apiserver’s 409 into the conflict, never a retry', async () => {
    patch.mockRejectedValue(httpError(409, 'the object has been modified'));
    const { result } = renderEditor(demoMlflow, demoMlflow);
    expect((await editReviewSave(result))?.conflict).toBe('changed');
    expect(patch).toHaveBeenCalledTimes(1);
  });

  it('takes a 422 back to the form with the fields the server refused', async () => {
    patch.mockRejectedValue(httpError(422, 'invalid'));
    const { result, issuesFromServer } = renderEditor(demoMlflow, demoMlflow);
    expect(await editReviewSave(result)).toBeUndefined();
    expect(result.current.serverIssues).toEqual([{ field: 'replicas' }]);
    expect(issuesFromServer).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ replicas: 2 }),
    );
  });

  it('shows any other failure in the review', async () => {
    patch.mockRejectedValue(httpError(500, 'etcd is down'));
    const { result } = renderEditor(demoMlflow, demoMlflow);
    expect((await editReviewSave(result))?.error?.message).toContain('etcd is down');
  });

  it('creates when there is no instance, and an existing one is a conflict', async () => {
    create.mockRejectedValueOnce(httpError(409, 'already exists')).mockResolvedValue({});
    const { result, onSaved } = renderEditor(undefined, undefined);
    expect((await editReviewSave(result))?.conflict).toBe('exists');
    await act(() => result.current.save(false));
    expect(create).toHaveBeenCalledTimes(2);
    expect(onSaved).toHaveBeenCalledWith(true);
  });

  it('opens no review while blocked or unchanged, and says there is nothing to save', async () => {
    const { result } = renderEditor(demoMlflow, demoMlflow);
    act(() => {
      result.current.review(false);
    });
    expect(result.current.reviewing).toBeUndefined();
    expect(result.current.noChanges).toBe(true);
    act(() => {
      result.current.edit({ replicas: '3' });
    });
    act(() => {
      result.current.review(true);
    });
    expect(result.current.reviewing).toBeUndefined();
    expect(result.current.showIssues).toBe(true);
    await act(() => result.current.save(true));
    expect(patch).not.toHaveBeenCalled();
  });
});
