import { useCallback } from 'react';

import { createFeedback, deleteAssessment, updateFeedback } from '@/core/mlflow';
import type { Assessment, FeedbackInput } from '@/core/mlflow';

import { mlflowQueryClient } from './mlflowQueryClient';
import { consoleMlflowClient } from './useMlflowApi';
import { useResourceWrite } from './useResourceWrite';

/**
 * A person's feedback on a trace, written to MLflow one request at a time (useResourceWrite);
 * after each write the trace and the workspace's trace searches are asked again, so that the
 * trace and the table show what MLflow now holds.
 */
export const useFeedbackWrites = (workspace: string, traceId: string) => {
  const write = useResourceWrite();
  const { run } = write;
  const afterWrite = useCallback(
    () =>
      Promise.all([
        mlflowQueryClient.invalidateQueries({ queryKey: ['mlflow', workspace, 'trace', traceId] }),
        mlflowQueryClient.invalidateQueries({ queryKey: ['mlflow', workspace, 'traces'] }),
      ]),
    [workspace, traceId],
  );
  const create = useCallback(
    (author: string, feedback: FeedbackInput) =>
      run(async () => {
        const created = await createFeedback(
          consoleMlflowClient,
          workspace,
          traceId,
          author,
          feedback,
        );
        await afterWrite();
        return created;
      }),
    [run, afterWrite, workspace, traceId],
  );
  const update = useCallback(
    (seen: Assessment, change: Pick<FeedbackInput, 'value' | 'rationale'>) =>
      run(async () => {
        // Asked again even when refused: a conflict or a deleted feedback then shows as it is now.
        try {
          return await updateFeedback(consoleMlflowClient, workspace, seen, change);
        } finally {
          await afterWrite();
        }
      }),
    [run, afterWrite, workspace],
  );
  const remove = useCallback(
    (assessment: Assessment) =>
      run(async () => {
        try {
          await deleteAssessment(consoleMlflowClient, workspace, traceId, assessment.assessmentId);
        } finally {
          await afterWrite();
        }
      }),
    [run, afterWrite, workspace, traceId],
  );
  return {
    create,
    update,
    remove,
    pending: write.pending,
    error: write.error,
    clearError: write.clearError,
  };
};
