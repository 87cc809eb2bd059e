import { MlflowApiError } from '../../src/core/mlflow/transport';
import { expectWithheld, failureOf } from './mlflow-outcome';

const isEmptyList = (items: string[]) => items.length === 0;

describe('expectWithheld', () => {
  it('names how the workspace was withheld: refused, not found, or an empty answer', async () => {
    const forbidden = new MlflowApiError(
      'forbidden',
      'Permission denied',
      403,
      'PERMISSION_DENIED',
    );
    const missing = new MlflowApiError('not-found', 'Run not found', 404);
    await expect(expectWithheld(Promise.reject(forbidden), isEmptyList)).resolves.toBe('refused');
    await expect(expectWithheld(Promise.reject(missing), isEmptyList)).resolves.toBe('not found');
    const notInStore = new MlflowApiError(
      'server',
      'downloading artifacts: An error occurred (404) when calling the HeadObject operation: Not Found',
      500,
    );
    await expect(expectWithheld(Promise.reject(notInStore), isEmptyList)).resolves.toBe(
      'not found',
    );
    await expect(expectWithheld(Promise.resolve([]), isEmptyList)).resolves.toBe('nothing');
  });

  it('fails when data came back, saying what', async () => {
    await expect(expectWithheld(Promise.resolve(['fraud-gbm']), isEmptyList)).rejects.toThrow(
      'expected nothing of the workspace, got ["fraud-gbm"]',
    );
  });

  it("takes Flask's error page for not found only where the call is known to answer so", async () => {
    const errorPage = new MlflowApiError(
      'server',
      '500 Internal Server Error — The server encountered an internal error and was unable to complete your request.',
      500,
    );
    await expect(
      expectWithheld(Promise.reject(errorPage), isEmptyList, { notFoundAsErrorPage: true }),
    ).resolves.toBe('not found');
    await expect(expectWithheld(Promise.reject(errorPage), isEmptyList)).rejects.toBe(errorPage);
    const jsonFailure = new MlflowApiError('server', 'Internal error', 500, 'INTERNAL_ERROR');
    await expect(
      expectWithheld(Promise.reject(jsonFailure), isEmptyList, { notFoundAsErrorPage: true }),
    ).rejects.toBe(jsonFailure);
  });

  it('fails on any other error, which is not a refusal', async () => {
    const broken = new MlflowApiError('server', 'Internal error', 500, 'INTERNAL_ERROR');
    await expect(expectWithheld(Promise.reject(broken), isEmptyList)).rejects.toBe(broken);
  });
});

describe('failureOf', () => {
  it('gives the MLflow error a call rejected with, and fails when the call succeeds', async () => {
    const missing = new MlflowApiError('not-found', 'Run not found', 404);
    await expect(failureOf(Promise.reject(missing))).resolves.toBe(missing);
    await expect(failureOf(Promise.resolve('ok'))).rejects.toThrow(
      'expected the MLflow call to fail',
    );
  });
});
