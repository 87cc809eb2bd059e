import { artifactContentUrl, createMlflowClient, listArtifacts, MLFLOW_PROXY_BASE_PATH } from '.';
import type { FetchLike } from '.';

const answering = (status: number, body: string) => {
  const urls: string[] = [];
  const fetch: FetchLike = (url) => {
    urls.push(url);
    return Promise.resolve({ ok: status < 300, status, text: () => Promise.resolve(body) });
  };
  return { client: createMlflowClient({ baseUrl: MLFLOW_PROXY_BASE_PATH, fetch }), urls };
};

describe('run artifacts', () => {
  it('lists one folder, folders first, sizes as numbers', async () => {
    const { client, urls } = answering(
      200,
      JSON.stringify({
        root_uri: 'mlflow-artifacts:/workspaces/team-a/1/r/artifacts',
        files: [
          { path: 'model/notes.md', is_dir: false, file_size: 66 },
          { path: 'model/data', is_dir: true },
          { path: 'model/big.bin', is_dir: false, file_size: '3000000000' },
        ],
      }),
    );
    const folder = await listArtifacts(client, 'team-a', 'r', 'model');
    expect(urls[0]).toBe(
      `${MLFLOW_PROXY_BASE_PATH}/ajax-api/2.0/mlflow/artifacts/list?run_id=r&path=model`,
    );
    expect(folder.entries).toEqual([
      { path: 'model/data', isDir: true, fileSize: undefined },
      { path: 'model/big.bin', isDir: false, fileSize: 3_000_000_000 },
      { path: 'model/notes.md', isDir: false, fileSize: 66 },
    ]);
  });

  it('lists the root without a path, and an empty folder as no entries', async () => {
    const { client, urls } = answering(200, '{"root_uri":"x"}');
    expect((await listArtifacts(client, 'team-a', 'r', '')).entries).toEqual([]);
    expect(urls[0]).toMatch(/artifacts\/list\?run_id=r$/u);
  });

  it.each([
    [403, '{"error":{"code":"PERMISSION_DENIED","message":"Permission denied"}}', 'forbidden'],
    [
      404,
      '{"error_code":"RESOURCE_DOES_NOT_EXIST","message":"Run with id=r not found"}',
      'not-found',
    ],
    [404, '<html><body>Not Found</body></html>', 'not-found'],
  ])('describes an answer %i as %s', async (status, body, kind) => {
    const { client } = answering(status, body);
    await expect(listArtifacts(client, 'team-a', 'r', '')).rejects.toMatchObject({ kind, status });
  });

  it('says so when a 200 answer is HTML instead of JSON', async () => {
    const { client } = answering(200, '<html>login</html>');
    await expect(listArtifacts(client, 'team-a', 'r', '')).rejects.toMatchObject({
      kind: 'server',
    });
  });

  it('builds the get-artifact URL under the static prefix with the path encoded', () => {
    expect(artifactContentUrl(MLFLOW_PROXY_BASE_PATH, 'r', 'a b/c&d.csv')).toBe(
      `${MLFLOW_PROXY_BASE_PATH}/get-artifact?run_id=r&path=a+b%2Fc%26d.csv`,
    );
  });
});
