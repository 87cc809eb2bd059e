/**
 * consoleFetch as the byte reader's fetch (src/core/artifacts/artifact-reader.ts): same-origin through the
 * plugin proxy, which adds the user's token. consoleFetch rejects a non-2xx answer with an
 * HttpError carrying the response (and `json` when it read a JSON body); this hands it back as a
 * failed response so that the reader describes it like any MLflow error.
 */
import { consoleFetch } from '@openshift-console/dynamic-plugin-sdk';

import type { ByteFetch, ByteResponse } from '@/core/artifacts/artifact-reader';
import { isRecord } from '@/core/shared/is-record';

const failedResponse = (error: Record<string, unknown>, response: Response): ByteResponse => ({
  ok: false,
  status: response.status,
  statusText: response.statusText,
  headers: response.headers,
  body: null,
  text: async () => {
    if (error.json !== undefined) return JSON.stringify(error.json);
    const text = response.bodyUsed ? '' : await response.text().catch(() => '');
    return text || (typeof error.message === 'string' ? error.message : '');
  },
  arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)),
});

export const consoleByteFetch: ByteFetch = async (url, init) => {
  try {
    return await consoleFetch(url, init);
  } catch (error: unknown) {
    const response = isRecord(error) ? error.response : undefined;
    if (!isRecord(error) || !(response instanceof Response)) throw error;
    return failedResponse(error, response);
  }
};
