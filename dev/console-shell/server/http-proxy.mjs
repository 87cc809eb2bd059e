// HTTP requests passed to the apiserver or MLflow with the signed-in identity's bearer token, as
// the console's bridge passes them: the browser's session, CSRF token and hop-by-hop headers stay
// behind, and the answer streams back as it comes (watches are long responses).
import http from 'node:http';
import https from 'node:https';

import { sendStatus } from './responses.mjs';

// Headers the bridge never forwards upstream: the browser's session and CSRF token, and hop-by-hop.
const DROP_REQUEST_HEADERS = new Set([
  'cookie',
  'x-csrftoken',
  'authorization',
  'host',
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'origin',
  'referer',
]);
const DROP_RESPONSE_HEADERS = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'set-cookie',
]);

// Methods without a body that Go's http.Transport (the bridge's) sends again when a kept-alive
// connection turns out closed by the server before it answered (uvicorn closes idle ones after 5 s).
const RETRIED_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const MAX_ATTEMPTS = 3;

// uvicorn (MLflow) closes a kept-alive connection idle for 5 s. Go's transport in the bridge sees such
// a close at once (a goroutine reads every idle connection); node sees it only when its event loop
// gets to it, so on a busy machine it can send the next request (a POST it may not send twice) on a
// connection the server has just closed. Idle upstream connections are dropped after 3 s instead.
export const UPSTREAM_IDLE_MS = 3_000;
const agents = {
  'http:': new http.Agent({ keepAlive: true, timeout: UPSTREAM_IDLE_MS }),
  'https:': new https.Agent({ keepAlive: true, timeout: UPSTREAM_IDLE_MS }),
};

export const proxy = (req, res, { target, upstreamPath, token, ca }) => {
  const headers = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (!DROP_REQUEST_HEADERS.has(k)) headers[k] = v;
  }
  if (token) headers.authorization = `Bearer ${token}`;
  const u = new URL(target.origin);
  const client = u.protocol === 'https:' ? https : http;
  const send = (attempt) => {
    const upstream = client.request(
      {
        protocol: u.protocol,
        hostname: u.hostname,
        port: u.port,
        method: req.method,
        path: upstreamPath,
        headers,
        ca,
        agent: agents[u.protocol],
      },
      (up) => {
        const outHeaders = {};
        for (const [k, v] of Object.entries(up.headers)) {
          if (!DROP_RESPONSE_HEADERS.has(k)) outHeaders[k] = v;
        }
        res.writeHead(up.statusCode || 502, outHeaders);
        // Watches stream JSON lines for as long as the browser listens: pass every chunk at once.
        res.flushHeaders();
        up.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      const closedWhileIdle =
        upstream.reusedSocket && err.code === 'ECONNRESET' && !res.headersSent && !res.destroyed;
      if (closedWhileIdle && RETRIED_METHODS.has(req.method) && attempt < MAX_ATTEMPTS) {
        send(attempt + 1);
      } else if (!res.headersSent) {
        sendStatus(
          res,
          502,
          `The shell could not reach ${u.origin}: ${err.message}`,
          'ServiceUnavailable',
        );
      } else {
        res.destroy();
      }
    });
    // The browser went away (a closed watch, a reload): end the upstream request too.
    res.on('close', () => upstream.destroy());
    if (attempt === 1) req.pipe(upstream);
    else upstream.end();
  };
  send(1);
};
