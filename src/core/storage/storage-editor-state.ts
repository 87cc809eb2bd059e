import type { DescribedError } from '@/core/k8s/errors';

import type { StorageSettings } from './instance-storage';
import type { ServerIssue } from './storage-server-validation';

/** Why a save was refused as stale: the spec changed, the instance is gone, or one exists. */
export type SaveConflict = 'changed' | 'deleted' | 'exists';

/**
 * Where the storage editor is: editing the form; reviewing the diff in the modal; saving it;
 * told in the modal that someone else changed the instance (conflict); or shown the error of a
 * failed save, which may be tried again.
 */
export type StorageEditorState =
  | { phase: 'editing' }
  | { phase: 'reviewing' }
  | { phase: 'saving' }
  | { phase: 'conflict'; conflict: SaveConflict }
  | { phase: 'error'; error: DescribedError };

/** Generic over what is edited, so the instance settings editor shares the same flow. */
export interface StorageEditorModel<S = StorageSettings, I = ServerIssue> {
  settings: S;
  state: StorageEditorState;
  /** Client-side problems are shown only once the user asked to review. */
  showIssues: boolean;
  /** What the apiserver refused in the last save, mapped to the form's fields. */
  serverIssues: I[];
  /** The last review found nothing to save. */
  noChanges: boolean;
}

export type StorageEditorAction<S = StorageSettings, I = ServerIssue> =
  | { type: 'edit'; settings: S }
  /** `blocked`: invalid settings or a password without consent; `unchanged`: an empty patch. */
  | { type: 'review'; blocked: boolean; unchanged: boolean }
  | { type: 'close-review' }
  | { type: 'save-started' }
  | { type: 'saved' }
  | { type: 'save-conflict'; conflict: SaveConflict }
  | { type: 'save-invalid'; serverIssues: I[] }
  | { type: 'save-failed'; error: DescribedError };

/**
 * What a refused save tells an editor: a conflict (as `conflict`), the server's field issues read
 * from its raw answer, or the described error. One mapping for every editor of the MLflow CR.
 */
export const saveFailedAction = <S, I>(
  error: DescribedError,
  rejection: unknown,
  conflict: SaveConflict,
  issuesFromServer: (rejection: unknown) => I[],
): StorageEditorAction<S, I> => {
  if (error.kind === 'conflict') return { type: 'save-conflict', conflict };
  if (error.kind === 'invalid') {
    return { type: 'save-invalid', serverIssues: issuesFromServer(rejection) };
  }
  return { type: 'save-failed', error };
};

export const initialStorageEditor = <S = StorageSettings, I = ServerIssue>(
  settings: S,
): StorageEditorModel<S, I> => ({
  settings,
  state: { phase: 'editing' },
  showIssues: false,
  serverIssues: [],
  noChanges: false,
});

const editing: StorageEditorState = { phase: 'editing' };

/** The editor's flow for any settings; storageEditorReducer is it for the storage form. */
export const editorReducer = <S, I>(
  model: StorageEditorModel<S, I>,
  action: StorageEditorAction<S, I>,
): StorageEditorModel<S, I> => {
  switch (action.type) {
    case 'edit':
      // The server's complaints were about the settings as they were.
      return { ...model, settings: action.settings, serverIssues: [], noChanges: false };
    case 'review':
      if (action.blocked) return { ...model, showIssues: true };
      if (action.unchanged) return { ...model, showIssues: true, noChanges: true };
      return { ...model, showIssues: true, state: { phase: 'reviewing' } };
    case 'close-review':
      return { ...model, state: editing };
    case 'save-started':
      return { ...model, state: { phase: 'saving' } };
    case 'saved':
      return { ...model, state: editing };
    case 'save-conflict':
      // A save whose review was closed meanwhile has nowhere to say so; the next review re-checks.
      return model.state.phase === 'saving'
        ? { ...model, state: { phase: 'conflict', conflict: action.conflict } }
        : model;
    case 'save-invalid':
      // Back to the form, where each refused field shows why.
      return { ...model, serverIssues: action.serverIssues, state: editing };
    case 'save-failed':
      return model.state.phase === 'saving'
        ? { ...model, state: { phase: 'error', error: action.error } }
        : model;
  }
};

export const storageEditorReducer = (
  model: StorageEditorModel,
  action: StorageEditorAction,
): StorageEditorModel => editorReducer(model, action);
