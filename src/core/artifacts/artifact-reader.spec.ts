/**
 * @jest-environment node
 */
// Streams as fetch gives them: node has WHATWG ReadableStream, jsdom does not.
import { MlflowApiError } from '@/core/mlflow';

import { readArtifactHead, readAtMost, totalFromContentRange } from './artifact-reader';
import type { ByteFetch, ByteResponse } from './artifact-reader';

/** A body that hands out `chunks` one read at a time and records whether it was cancelled. */
const streamOf = (chunks: Uint8Array[]) => {
  const state = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled < chunks.length) controller.enqueue(chunks[state.pulled]);
      else controller.close();
      state.pulled += 1;
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { body, state };
};

const chunk = (size: number, fill = 0x61) => new Uint8Array(size).fill(fill);

const response = (
  status: number,
  headers: Record<string, string>,
  body: ReadableStream<Uint8Array> | null,
  text = '',
): ByteResponse => ({
  ok: status >= 200 && status < 300,
  status,
  headers: { get: (name) => headers[name.toLowerCase()] ?? null },
  body,
  text: () => Promise.resolve(text),
  arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)),
});

const recording = (reply: ByteResponse) => {
  const calls: { url: string; headers: Record<string, string> }[] = [];
  const fetch: ByteFetch = (url, init) => {
    calls.push({ url, headers: init.headers });
    return Promise.resolve(reply);
  };
  return { fetch, calls };
};

describe('readAtMost', () => {
  it('stops reading at the limit and cancels the rest of the body', async () => {
    const { body, state } = streamOf(Array.from({ length: 10 }, () => chunk(40)));
    const read = await readAtMost(body, 100);
    expect(read.bytes).toHaveLength(100);
    expect(read.ended).toBe(false);
    expect(state.pulled).toBeLessThanOrEqual(4);
    expect(state.cancelled).toBe(true);
  });

  it('reads a body shorter than the limit to its end', async () => {
    const { body } = streamOf([chunk(10), chunk(5)]);
    expect(await readAtMost(body, 100)).toMatchObject({ received: 15, ended: true });
  });
});

describe('readArtifactHead', () => {
  it('asks for a byte range and reads the total size from Content-Range', async () => {
    const { body } = streamOf([chunk(101)]);
    const { fetch, calls } = recording(
      response(206, { 'content-range': 'bytes 0-100/1048576' }, body),
    );
    const head = await readArtifactHead({ fetch, url: '/x', workspace: 'team-a', limit: 100 });
    expect(calls[0].headers).toEqual({ Range: 'bytes=0-100', 'X-MLFLOW-WORKSPACE': 'team-a' });
    expect(head).toMatchObject({ complete: false, totalSize: 1_048_576 });
    expect(head.bytes).toHaveLength(100);
  });

  it('cancels a whole-file answer (Range ignored) after the limit', async () => {
    const { body, state } = streamOf(Array.from({ length: 16 }, () => chunk(64)));
    const { fetch } = recording(response(200, { 'content-length': '1024' }, body));
    const head = await readArtifactHead({ fetch, url: '/x', workspace: 'w', limit: 100 });
    expect(head).toMatchObject({ complete: false, totalSize: 1024 });
    expect(head.bytesReceived).toBeLessThanOrEqual(128);
    expect(state.cancelled).toBe(true);
  });

  it('asks a file within the limit whole, and an empty one not at all', async () => {
    const { body } = streamOf([chunk(10)]);
    const { fetch, calls } = recording(response(200, { 'content-length': '10' }, body));
    const head = await readArtifactHead({
      fetch,
      url: '/x',
      workspace: 'w',
      limit: 100,
      knownSize: 10,
    });
    expect(calls[0].headers.Range).toBeUndefined();
    expect(head.complete).toBe(true);
    const empty = await readArtifactHead({
      fetch,
      url: '/x',
      workspace: 'w',
      limit: 100,
      knownSize: 0,
    });
    expect(empty).toMatchObject({ complete: true, totalSize: 0 });
    expect(calls).toHaveLength(1);
  });

  it('turns an error answer into an MlflowApiError with the server text', async () => {
    const { fetch } = recording(
      response(
        404,
        {},
        null,
        '{"error_code":"RESOURCE_DOES_NOT_EXIST","message":"No such artifact"}',
      ),
    );
    const failure = readArtifactHead({ fetch, url: '/x', workspace: 'w', limit: 10 });
    await expect(failure).rejects.toBeInstanceOf(MlflowApiError);
    await expect(failure).rejects.toMatchObject({ kind: 'not-found', message: 'No such artifact' });
  });

  it('says MLflow is unreachable when the request itself fails', async () => {
    const fetch: ByteFetch = () => Promise.reject(new Error('connection reset'));
    await expect(
      readArtifactHead({ fetch, url: '/x', workspace: 'w', limit: 10 }),
    ).rejects.toMatchObject({
      kind: 'unreachable',
    });
  });

  it('reads the total of a Content-Range, or nothing', () => {
    expect(totalFromContentRange('bytes 0-99/2000')).toBe(2000);
    expect(totalFromContentRange('bytes */0')).toBe(0);
    expect(totalFromContentRange('bytes 0-99/*')).toBeUndefined();
    expect(totalFromContentRange(null)).toBeUndefined();
  });
});
