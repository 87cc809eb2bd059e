/**
 * Reads the first bytes of an artifact and no more: asks with `Range: bytes=0-(limit-1)` (MLflow's
 * get-artifact answers 206 with Content-Range), and when a server or proxy ignores Range and sends
 * the whole file (200), reads the body stream only up to the limit and cancels it. Pure: the fetch
 * is injected (the console's in src/hooks/useArtifactContent.ts, node's in the integration tests).
 */
import { errorFromResponse, MlflowApiError, WORKSPACE_HEADER } from '@/core/mlflow/transport';

/** The part of a fetch Response the reader uses; a WHATWG Response is one. */
export interface ByteResponse {
  ok: boolean;
  status: number;
  statusText?: string;
  headers: { get: (name: string) => string | null };
  body: ReadableStream<Uint8Array> | null;
  text: () => Promise<string>;
  arrayBuffer: () => Promise<ArrayBuffer>;
}

export type ByteFetch = (
  url: string,
  init: { method: 'GET'; headers: Record<string, string>; signal?: AbortSignal },
) => Promise<ByteResponse>;

export interface ArtifactHead {
  /** At most `limit` bytes from the start of the file. */
  bytes: Uint8Array;
  /** Whether `bytes` is the whole file. */
  complete: boolean;
  /** The file's size, when the answer or the listing said it. */
  totalSize?: number;
  /** Body bytes that arrived (can pass the limit by part of one chunk when Range was ignored). */
  bytesReceived: number;
}

export interface ReadHeadOptions {
  fetch: ByteFetch;
  url: string;
  workspace: string;
  limit: number;
  /** The size the listing gave: a file within the limit is asked whole, an empty one not at all. */
  knownSize?: number;
  signal?: AbortSignal;
}

/** `bytes 0-65535/1048576` -> 1048576; `*` or anything else -> undefined. */
export const totalFromContentRange = (value: string | null): number | undefined => {
  const match = /^bytes\s+(?:\d+-\d+|\*)\/(\d+)\s*$/iu.exec(value ?? '');
  return match ? Number(match[1]) : undefined;
};

const concat = (chunks: Uint8Array[], length: number): Uint8Array => {
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    const part = chunk.subarray(0, Math.min(chunk.length, length - offset));
    out.set(part, offset);
    offset += part.length;
    if (offset >= length) break;
  }
  return out;
};

/**
 * Reads a body stream until it ends or `limit` bytes are in, then cancels it so that the rest is
 * not downloaded. `ended` says whether the stream ended within the limit.
 */
export const readAtMost = async (
  body: ReadableStream<Uint8Array>,
  limit: number,
): Promise<{ bytes: Uint8Array; received: number; ended: boolean }> => {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { bytes: concat(chunks, received), received, ended: true };
      chunks.push(value);
      received += value.length;
      if (received > limit) break;
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  await reader.cancel().catch(() => undefined);
  return { bytes: concat(chunks, limit), received, ended: false };
};

/** The first `limit` bytes of an artifact (see the file comment). */
export const readArtifactHead = async ({
  fetch,
  url,
  workspace,
  limit,
  knownSize,
  signal,
}: ReadHeadOptions): Promise<ArtifactHead> => {
  if (knownSize === 0)
    return { bytes: new Uint8Array(), complete: true, totalSize: 0, bytesReceived: 0 };
  const headers: Record<string, string> = { [WORKSPACE_HEADER]: workspace };
  // One byte more than shown, so that a file of exactly `limit` bytes reads as complete.
  if (knownSize === undefined || knownSize > limit) headers.Range = `bytes=0-${String(limit)}`;
  let response: ByteResponse;
  try {
    response = await fetch(url, { method: 'GET', headers, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new MlflowApiError('unreachable', error instanceof Error ? error.message : String(error));
  }
  // Range on an empty file: 416 with `bytes */0`.
  if (
    response.status === 416 &&
    totalFromContentRange(response.headers.get('content-range')) === 0
  ) {
    return { bytes: new Uint8Array(), complete: true, totalSize: 0, bytesReceived: 0 };
  }
  if (!response.ok) {
    throw errorFromResponse(response.status, await response.text(), response.statusText);
  }
  const lengthHeader = Number(response.headers.get('content-length') ?? Number.NaN);
  const totalSize =
    response.status === 206
      ? totalFromContentRange(response.headers.get('content-range'))
      : Number.isFinite(lengthHeader)
        ? lengthHeader
        : knownSize;
  const { bytes, received, ended } = response.body
    ? await readAtMost(response.body, limit)
    : await response.arrayBuffer().then((buffer) => ({
        bytes: new Uint8Array(buffer).slice(0, limit),
        received: buffer.byteLength,
        ended: buffer.byteLength <= limit,
      }));
  const complete = totalSize === undefined ? ended : bytes.length >= totalSize;
  return { bytes, complete, totalSize, bytesReceived: received };
};
