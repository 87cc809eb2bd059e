import { useMemo, useReducer } from 'react';

import type { MlflowInstanceWithSpec, MlflowStorageSpec } from '@/core/instance/instance-types';
import type { DescribedError } from '@/core/k8s/errors';
import { buildStoragePatch, chooseWriteBase } from '@/core/storage/instance-storage';
import {
  editorReducer,
  initialStorageEditor,
  saveFailedAction,
} from '@/core/storage/storage-editor-state';
import type { SaveConflict } from '@/core/storage/storage-editor-state';

import { useCreateMlflow, usePatchMlflow } from './useAdminWrites';
import { useResourceWrite } from './useResourceWrite';

export interface GuardedSpecEditorOptions<Spec extends MlflowStorageSpec, S, I> {
  /** The instance as it was when editing began; undefined creates a new one. */
  snapshot: MlflowInstanceWithSpec | undefined;
  /** The instance as the watch sees it now, to detect someone else's change before saving. */
  latest: MlflowInstanceWithSpec | undefined;
  /** The form's settings for a spec (the snapshot's, once). */
  settingsOf: (spec: MlflowStorageSpec | undefined) => S;
  /** The spec to send: the snapshot's with the settings applied. */
  apply: (spec: MlflowStorageSpec | undefined, settings: S) => Spec;
  /** The fields the apiserver refused, read from its raw answer to the spec sent. */
  issuesFromServer: (rejection: unknown, sentSpec: Spec) => I[];
  /** After a save that was sent and accepted; `created` when there was no instance. */
  onSaved: (created: boolean) => void;
}

/** What the review dialog (SpecReviewModal) shows of the save. */
export interface SpecReviewState<Spec> {
  before: MlflowStorageSpec | undefined;
  after: Spec;
  isPending: boolean;
  error?: DescribedError;
  conflict?: SaveConflict;
  onCancel: () => void;
}

export interface GuardedSpecEditor<Spec, S, I> {
  settings: S;
  edit: (settings: S) => void;
  /** The spec the settings make; what the form validates and the review shows. */
  nextSpec: Spec;
  /** Client-side problems are shown only once the user asked to review. */
  showIssues: boolean;
  /** What the apiserver refused in the last save, mapped to the form's fields. */
  serverIssues: I[];
  /** The last review found nothing to save. */
  noChanges: boolean;
  /** Opens the review unless `blocked` (settings the form refuses) or nothing changed. */
  review: (blocked: boolean) => void;
  /** The review dialog's props while it is open. */
  reviewing?: SpecReviewState<Spec>;
  /** Sends the reviewed spec unless `blocked`; see the hook. */
  save: (blocked: boolean) => Promise<void>;
}

/**
 * The flow of an editor of the MLflow instance's spec: settings, review of the spec diff, then one
 * guarded write. A new instance is created; an existing one is patched with a guard on the
 * resourceVersion the edit began from (buildStoragePatch), and not sent at all when the watch
 * already shows it changed or gone. A refused save becomes a conflict (Reload), the fields the
 * server refused, or the described error: someone else's change is reported, never overwritten.
 */
export const useGuardedSpecEditor = <Spec extends MlflowStorageSpec, S, I>({
  snapshot,
  latest,
  settingsOf,
  apply,
  issuesFromServer,
  onSaved,
}: GuardedSpecEditorOptions<Spec, S, I>): GuardedSpecEditor<Spec, S, I> => {
  const createMlflow = useCreateMlflow();
  const patchMlflow = usePatchMlflow();
  const write = useResourceWrite();
  const spec = snapshot?.spec;
  const [editor, dispatch] = useReducer(editorReducer<S, I>, spec, (initial) =>
    initialStorageEditor<S, I>(settingsOf(initial)),
  );
  const { settings, state, showIssues, serverIssues, noChanges } = editor;
  const creating = snapshot === undefined;
  const nextSpec = useMemo(() => apply(spec, settings), [apply, spec, settings]);

  const review = (blocked: boolean) => {
    dispatch({
      type: 'review',
      blocked,
      unchanged: snapshot !== undefined && buildStoragePatch(snapshot, nextSpec).length === 0,
    });
  };

  /** Creates, or patches the instance the form was based on; 'stale' when known stale before. */
  const send = async () => {
    dispatch({ type: 'save-started' });
    if (!snapshot) {
      await createMlflow(nextSpec);
      return 'sent';
    }
    const base = chooseWriteBase(snapshot, latest);
    if (base.kind !== 'unchanged') {
      // Known stale before sending: nothing is written.
      dispatch({ type: 'save-conflict', conflict: base.kind });
      return 'stale';
    }
    await patchMlflow(base.base, buildStoragePatch(base.base, nextSpec));
    return 'sent';
  };

  const save = async (blocked: boolean) => {
    if (blocked) return;
    const outcome = await write.run(send);
    if (outcome.status === 'done') {
      if (outcome.value === 'stale') return;
      dispatch({ type: 'saved' });
      onSaved(creating);
    } else if (outcome.status === 'failed') {
      dispatch(
        saveFailedAction(
          outcome.error,
          outcome.rejection,
          creating ? 'exists' : 'changed',
          (rejection) => issuesFromServer(rejection, nextSpec),
        ),
      );
    }
  };

  return {
    settings,
    edit: (next) => {
      dispatch({ type: 'edit', settings: next });
    },
    nextSpec,
    showIssues,
    serverIssues,
    noChanges,
    review,
    reviewing:
      state.phase === 'editing'
        ? undefined
        : {
            before: spec,
            after: nextSpec,
            isPending: state.phase === 'saving',
            error: state.phase === 'error' ? state.error : undefined,
            conflict: state.phase === 'conflict' ? state.conflict : undefined,
            onCancel: () => {
              dispatch({ type: 'close-review' });
            },
          },
    save,
  };
};
