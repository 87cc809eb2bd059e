/**
 * What an MLflow call ended in, as the integration specs check it: the error it rejected with, or
 * proof that a caller without access to a workspace read nothing of it.
 */
import { isMlflowApiError } from '../../src/core/mlflow';
import type { MlflowApiError } from '../../src/core/mlflow';

/** The error a call rejects with (fails the test if it resolves). */
export const failureOf = async (call: Promise<unknown>): Promise<MlflowApiError> => {
  try {
    await call;
  } catch (error) {
    if (isMlflowApiError(error)) return error;
    throw error;
  }
  throw new Error('expected the MLflow call to fail');
};

/** How MLflow kept a workspace's data from a caller without access to it. */
export type Withheld = 'refused' | 'not found' | 'nothing';

export interface WithheldOptions {
  /**
   * The call's MLflow handler lets a "not found" escape to Flask, which answers its HTML "500
   * Internal Server Error" page: nothing of the workspace is in it. The dataset-records handler
   * does this with its workspace store's "not found" (`_get_dataset_records_handler` maps no MLflow
   * error; MLflow 3.10 and 3.17 alike); `get-artifact` with the local artifact repository's
   * OSError for a file that is not at the path it computed.
   */
  notFoundAsErrorPage?: boolean;
}

/** The words of that page, as the transport gives them (src/core/mlflow/error-page-text.ts). */
const FLASK_ERROR_PAGE = /^500 Internal Server Error\b/;

/**
 * Resolves to how `call` withheld the workspace's data; fails the test if anything came back.
 *
 * mlflow-kubernetes-plugins 1.x refuses such a call (403). 2.x narrows a request that names
 * experiments, runs or models to the ones the caller may read: whether it refuses or lets the
 * narrowed request through (MLflow then answers "not found" or an empty list) depends on its
 * name-lookup caches, so the same call gets either answer from one second to the next. An artifact
 * read it lets through reaches the artifact store outside the workspace's path, where nothing is:
 * MLflow on S3 answers that with a 500 saying the object was not found.
 */
export const expectWithheld = async <T>(
  call: Promise<T>,
  isEmpty: (value: T) => boolean,
  { notFoundAsErrorPage = false }: WithheldOptions = {},
): Promise<Withheld> => {
  let value: T;
  try {
    value = await call;
  } catch (error) {
    if (!isMlflowApiError(error)) throw error;
    if (error.kind === 'forbidden' && error.status === 403) return 'refused';
    if (error.kind === 'not-found' && error.status === 404) return 'not found';
    if (error.status === 500 && /\bnot found\b/i.test(error.message)) return 'not found';
    if (notFoundAsErrorPage && error.status === 500 && FLASK_ERROR_PAGE.test(error.message))
      return 'not found';
    throw error;
  }
  if (isEmpty(value)) return 'nothing';
  throw new Error(`expected nothing of the workspace, got ${JSON.stringify(value).slice(0, 300)}`);
};
