import { readFileSync } from 'fs';
import { Agent, request } from 'https';

import { readStack, tokenOf } from './stack';
import type { HttpResult, Identity } from './stack';

/**
 * DELETE with a DeleteOptions body (uid/resourceVersion preconditions), as the console's
 * k8sDelete sends it; the support client's delete sends no body.
 */
export const deleteWithOptions = (
  identity: Identity,
  path: string,
  options: unknown,
): Promise<HttpResult> => {
  const { KUBE_API_URL: base = '', KUBE_CA_FILE: caFile = '' } = readStack();
  const body = JSON.stringify(options);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      base + path,
      {
        method: 'DELETE',
        agent: new Agent({ ca: readFileSync(caFile) }),
        headers: {
          Authorization: `Bearer ${tokenOf(identity)}`,
          'Content-Type': 'application/json',
          // Node sends a DELETE body unframed unless told its length.
          'Content-Length': Buffer.byteLength(body),
          Accept: 'application/json',
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: response.statusCode ?? 0,
            body: text ? (JSON.parse(text) as unknown) : {},
          });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
};
