// A plain apiserver has no Project API, which on OpenShift lists the projects a user may see. The
// shell's Projects page therefore tries to list namespaces as the user, and when that is forbidden
// checks these candidates one by one with a GET as the user. The candidates are listed with the
// stack's admin token: names only, never objects.
import https from 'node:https';

import { sendJson } from './responses.mjs';
import { readCa, readStack } from './stack.mjs';

export const namespaceNames = (res) => {
  const env = readStack();
  if (!env.KUBE_API_URL || !env.ADMIN_TOKEN)
    return sendJson(res, 503, { names: [], error: 'no stack.env' });
  const u = new URL('/api/v1/namespaces', env.KUBE_API_URL);
  const r = https.request(
    u,
    {
      headers: {
        authorization: `Bearer ${env.ADMIN_TOKEN}`,
        accept: 'application/json;as=PartialObjectMetadataList;v=v1;g=meta.k8s.io,application/json',
      },
      ca: readCa(env.KUBE_CA_FILE),
    },
    (up) => {
      const chunks = [];
      up.on('data', (c) => chunks.push(c));
      up.on('end', () => {
        try {
          const list = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          sendJson(res, 200, { names: (list.items || []).map((i) => i.metadata.name).sort() });
        } catch (e) {
          sendJson(res, 502, { names: [], error: String(e) });
        }
      });
    },
  );
  r.on('error', (e) => sendJson(res, 502, { names: [], error: e.message }));
  r.end();
};
