import type { MlflowClient } from '@/core/mlflow';

import type { ByteFetch } from './artifact-reader';
import { readRunArtifactHead } from './run-artifact-head';

const INTERNAL_ERROR_PAGE = '<!doctype html><title>500 Internal Server Error</title>';

/** get-artifact answers `status` with `body`; the listing answers `files` and is recorded. */
const server = (status: number, body: string, files: { path: string; is_dir?: boolean }[]) => {
  const listed: string[] = [];
  const client: MlflowClient = {
    baseUrl: '/mlflow',
    request: ({ path }) => {
      listed.push(path);
      return Promise.resolve({ root_uri: 'mlflow-artifacts:/1/r/artifacts', files });
    },
  };
  const fetch: ByteFetch = () =>
    Promise.resolve({
      ok: status < 300,
      status,
      headers: { get: () => null },
      body: null,
      text: () => Promise.resolve(body),
      arrayBuffer: () => Promise.resolve(new TextEncoder().encode(body).buffer),
    });
  return { client, fetch, listed };
};

const read = (s: ReturnType<typeof server>, path: string) =>
  readRunArtifactHead(s.client, {
    fetch: s.fetch,
    workspace: 'team-a',
    runId: 'r',
    path,
    limit: 100,
  });

describe('one artifact file of a run, on every MLflow line', () => {
  it('says a file the folder does not list is missing, when MLflow 3.10 answers a bare 500', async () => {
    const s = server(500, INTERNAL_ERROR_PAGE, [{ path: 'data/kept.csv' }]);
    await expect(read(s, 'data/gone.csv')).rejects.toMatchObject({
      kind: 'not-found',
      status: 404,
      errorCode: 'RESOURCE_DOES_NOT_EXIST',
      message: 'The run has no artifact data/gone.csv',
    });
    expect(s.listed).toEqual(['/ajax-api/2.0/mlflow/artifacts/list?run_id=r&path=data']);
  });

  it('says the same when MLflow on S3 answers 500 INTERNAL_ERROR for the missing file', async () => {
    const s = server(500, '{"error_code":"INTERNAL_ERROR","message":"failures occurred"}', []);
    await expect(read(s, 'gone.csv')).rejects.toMatchObject({ kind: 'not-found', status: 404 });
    expect(s.listed).toEqual(['/ajax-api/2.0/mlflow/artifacts/list?run_id=r']);
  });

  it('keeps the 500 of a file the folder does list: that is a real server failure', async () => {
    const s = server(500, INTERNAL_ERROR_PAGE, [{ path: 'data/kept.csv' }]);
    await expect(read(s, 'data/kept.csv')).rejects.toMatchObject({ kind: 'server', status: 500 });
  });

  it("passes a newer MLflow's 404 through without listing anything", async () => {
    const s = server(404, '{"error_code":"RESOURCE_DOES_NOT_EXIST","message":"No such file"}', []);
    await expect(read(s, 'gone.csv')).rejects.toMatchObject({
      kind: 'not-found',
      message: 'No such file',
    });
    expect(s.listed).toEqual([]);
  });

  it('reads a file that is there without listing its folder', async () => {
    const s = server(200, 'a,b\n1,2\n', []);
    const head = await read(s, 'data/kept.csv');
    expect(new TextDecoder().decode(head.bytes)).toBe('a,b\n1,2\n');
    expect(s.listed).toEqual([]);
  });
});
