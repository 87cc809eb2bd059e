// Watches arrive as WebSockets, as the console's frontend opens them, and are passed to the
// apiserver (which serves watch over WebSocket) with the identity's token. Streaming HTTP watches
// would each hold one of the browser's six HTTP/1.1 connections to this host: with six open, every
// other request of the page (a save, say) would wait until one ended.
import https from 'node:https';

import { allowedHost, identityOf } from './session.mjs';
import { readCa, readStack, tokenOf } from './stack.mjs';

const UPGRADE_REQUEST_HEADERS = ['sec-websocket-key', 'sec-websocket-version'];

const refuseUpgrade = (socket, status, reason) => {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
};

/** The server's `upgrade` handler; `port()` is the port the server listens on. */
export const webSocketProxy = (port) => (req, socket, head) => {
  if (!allowedHost(req, port())) return refuseUpgrade(socket, 421, 'Misdirected Request');
  const url = new URL(req.url, 'http://shell.local');
  const identity = identityOf(req);
  const env = readStack();
  if (!url.pathname.startsWith('/api/kubernetes/')) return refuseUpgrade(socket, 404, 'Not Found');
  if (!identity) return refuseUpgrade(socket, 401, 'Unauthorized');
  // Browsers let any site open a WebSocket with this site's cookies: the Origin header is the only
  // CSRF protection a WebSocket has (the bridge checks it too).
  if (req.headers.origin !== `http://${req.headers.host}`) {
    return refuseUpgrade(socket, 403, 'Forbidden');
  }
  if (!env.KUBE_API_URL) return refuseUpgrade(socket, 503, 'Service Unavailable');
  const target = new URL(env.KUBE_API_URL);
  const headers = {
    connection: 'Upgrade',
    upgrade: 'websocket',
    // The apiserver's WebSocket handler wants an Origin; it is the bridge that talks to it.
    origin: target.origin,
    authorization: `Bearer ${tokenOf(identity)}`,
  };
  for (const name of UPGRADE_REQUEST_HEADERS) {
    if (req.headers[name]) headers[name] = req.headers[name];
  }
  const upstream = https.request({
    hostname: target.hostname,
    port: target.port,
    path: url.pathname.slice('/api/kubernetes'.length) + url.search,
    headers,
    ca: readCa(env.KUBE_CA_FILE),
  });
  upstream.on('upgrade', (upResponse, upSocket, upHead) => {
    const lines = ['HTTP/1.1 101 Switching Protocols'];
    for (let i = 0; i < upResponse.rawHeaders.length; i += 2) {
      lines.push(`${upResponse.rawHeaders[i]}: ${upResponse.rawHeaders[i + 1]}`);
    }
    socket.write(lines.join('\r\n') + '\r\n\r\n');
    if (upHead.length > 0) socket.write(upHead);
    if (head.length > 0) upSocket.write(head);
    upSocket.pipe(socket);
    socket.pipe(upSocket);
    const close = () => {
      upSocket.destroy();
      socket.destroy();
    };
    upSocket.on('error', close);
    upSocket.on('close', close);
    socket.on('error', close);
    socket.on('close', close);
  });
  // Not upgraded (403 without `watch`, 404 without the kind): the browser sees the status.
  upstream.on('response', (upResponse) => {
    upResponse.resume();
    refuseUpgrade(socket, upResponse.statusCode || 502, upResponse.statusMessage || 'Bad Gateway');
  });
  upstream.on('error', () => refuseUpgrade(socket, 502, 'Bad Gateway'));
  socket.on('error', () => upstream.destroy());
  upstream.end();
};
