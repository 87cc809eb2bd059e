import { describeError } from '@/core/k8s/errors';

import { DEFAULT_STORAGE_SETTINGS } from './instance-storage';
import {
  initialStorageEditor,
  saveFailedAction,
  storageEditorReducer,
} from './storage-editor-state';
import type { StorageEditorAction, StorageEditorModel } from './storage-editor-state';
import type { ServerIssue } from './storage-server-validation';

const start = initialStorageEditor(DEFAULT_STORAGE_SETTINGS);
const run = (model: StorageEditorModel, ...actions: StorageEditorAction[]) =>
  actions.reduce(storageEditorReducer, model);
const review: StorageEditorAction = { type: 'review', blocked: false, unchanged: false };
const issue: ServerIssue = { message: 'spec.backendStoreUri: Unsupported value' };

describe('storageEditorReducer', () => {
  it('starts editing, with no problems shown yet', () => {
    expect(start).toEqual({
      settings: DEFAULT_STORAGE_SETTINGS,
      state: { phase: 'editing' },
      showIssues: false,
      serverIssues: [],
      noChanges: false,
    });
  });

  it('editing keeps the new settings and forgets the server’s complaints and “no changes”', () => {
    const settings = { ...DEFAULT_STORAGE_SETTINGS, backendStoreUri: 'postgresql://db/mlflow' };
    const complained = run(
      start,
      review,
      { type: 'save-started' },
      { type: 'save-invalid', serverIssues: [issue] },
    );
    const next = run(complained, { type: 'edit', settings });
    expect(next.settings).toBe(settings);
    expect(next.serverIssues).toEqual([]);
    expect(
      run(start, { type: 'review', blocked: false, unchanged: true }, { type: 'edit', settings })
        .noChanges,
    ).toBe(false);
  });

  it('a blocked review only shows the problems, and stays editing', () => {
    expect(run(start, { type: 'review', blocked: true, unchanged: false })).toEqual({
      ...start,
      showIssues: true,
    });
  });

  it('a review with nothing to save says so, and stays editing', () => {
    const next = run(start, { type: 'review', blocked: false, unchanged: true });
    expect(next.state).toEqual({ phase: 'editing' });
    expect(next.noChanges).toBe(true);
  });

  it('editing → reviewing → saving → editing when saved', () => {
    const reviewing = run(start, review);
    expect(reviewing.state).toEqual({ phase: 'reviewing' });
    const saving = run(reviewing, { type: 'save-started' });
    expect(saving.state).toEqual({ phase: 'saving' });
    expect(run(saving, { type: 'saved' }).state).toEqual({ phase: 'editing' });
  });

  it('saving → conflict, and a new review starts clean', () => {
    const conflict = run(
      start,
      review,
      { type: 'save-started' },
      { type: 'save-conflict', conflict: 'changed' },
    );
    expect(conflict.state).toEqual({ phase: 'conflict', conflict: 'changed' });
    expect(run(conflict, { type: 'close-review' }, review).state).toEqual({ phase: 'reviewing' });
  });

  it('saving → error, and saving again clears the error', () => {
    const refused = describeError(new Error('forbidden'));
    const failed = run(
      start,
      review,
      { type: 'save-started' },
      { type: 'save-failed', error: refused },
    );
    expect(failed.state).toEqual({ phase: 'error', error: refused });
    expect(run(failed, { type: 'save-started' }).state).toEqual({ phase: 'saving' });
  });

  it('saving → editing with the fields the apiserver refused', () => {
    const next = run(
      start,
      review,
      { type: 'save-started' },
      { type: 'save-invalid', serverIssues: [issue] },
    );
    expect(next.state).toEqual({ phase: 'editing' });
    expect(next.serverIssues).toEqual([issue]);
  });

  it('a conflict or error arriving after the review was closed does not reopen it', () => {
    const closed = run(start, review, { type: 'save-started' }, { type: 'close-review' });
    expect(run(closed, { type: 'save-conflict', conflict: 'deleted' }).state).toEqual({
      phase: 'editing',
    });
    expect(
      run(closed, { type: 'save-failed', error: describeError(new Error('x')) }).state,
    ).toEqual({
      phase: 'editing',
    });
  });
});

describe('saveFailedAction', () => {
  const issues = (rejection: unknown) => [{ field: 'replicas', message: String(rejection) }];
  const described = (status: number) =>
    describeError(Object.assign(new Error('refused'), { response: { status } }));

  it('turns a conflict into the conflict the editor names', () => {
    expect(saveFailedAction(described(409), 'raw', 'exists', issues)).toEqual({
      type: 'save-conflict',
      conflict: 'exists',
    });
  });

  it("reads the server's field issues from its raw answer when the spec is invalid", () => {
    expect(saveFailedAction(described(422), 'raw', 'changed', issues)).toEqual({
      type: 'save-invalid',
      serverIssues: [{ field: 'replicas', message: 'raw' }],
    });
  });

  it('keeps any other error as it was described', () => {
    const error = described(500);
    expect(saveFailedAction(error, 'raw', 'changed', issues)).toEqual({
      type: 'save-failed',
      error,
    });
  });
});
