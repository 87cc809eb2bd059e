// The console shell's server: a stand-in for the OpenShift console's bridge, for development and
// e2e tests without a cluster. No dependencies beyond Node itself.
//
// It serves the shell's browser app, the built plugin at the console's own plugin path, and proxies
// the apiserver and MLflow with the signed-in identity's bearer token, as the bridge does:
//   /api/plugins/<plugin>/*                        -> <repo>/dist/*            (the plugin's files)
//   /api/kubernetes/*                              -> $KUBE_API_URL/*          (user's token)
//   /api/proxy/plugin/<plugin>/mlflow/*            -> MLflow (see mlflowTarget) (user's token)
//   /shell/login[?as=<identity>][&next=/path]      -> the sign-in page: a form that POSTs
//   POST /shell/login  as=<identity>&csrf=&next=    -> signs in (cookie) and redirects to next
//   POST /shell/identity {"identity": "<name>"}    -> signs in (cookie), needs X-CSRFToken
//   /shell/session                                 -> who is signed in, the identities, the plugins
//   /shell/namespace-names                         -> candidate namespace names (see below)
//   /shell-assets/*                                -> the shell app's build (and PatternFly's CSS)
//   anything else (GET)                            -> index.html (the app routes client-side)
//
// Only requests for 127.0.0.1:<port> or localhost:<port> are answered (see allowedHost), and only
// a POST with the CSRF token signs in.
//
// Identities and the cluster come from the local stack's stack.env (scripts/stack/start.sh), read
// again whenever the file changes, so a restarted stack (new ports, new tokens) needs no restart here.
//
// env: SHELL_PORT (default: a free port), STACK_RUN_DIR (default <repo>/.stack),
//      PLUGIN_DIST_DIR (default <repo>/dist), SHELL_EXTRA_PLUGINS ("name=/dir,name2=/dir2": more
//      built plugins to serve and load next to this one, e.g. to try another plugin alongside)
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, createReadStream } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const stackRunDir = process.env.STACK_RUN_DIR || path.join(repo, '.stack');
const stackEnvFile = path.join(stackRunDir, 'stack.env');
const pluginDist = path.resolve(process.env.PLUGIN_DIST_DIR || path.join(repo, 'dist'));
const shellDist = path.join(here, 'dist');
const patternflyDir = path.join(repo, 'node_modules/@patternfly/patternfly');
const indexHtml = path.join(here, 'index.html');
const pluginName = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).consolePlugin
  .name;
// name -> folder of a built plugin (plugin-manifest.json and its scripts)
const plugins = new Map([[pluginName, pluginDist]]);
for (const entry of (process.env.SHELL_EXTRA_PLUGINS || '').split(',').filter(Boolean)) {
  const [name, dir] = entry.split('=');
  if (name && dir) plugins.set(name, path.resolve(dir));
}

// The identities the stack creates (scripts/stack/pki.sh + seed-cluster.py).
const IDENTITIES = [
  { name: 'admin', tokenKey: 'ADMIN_TOKEN', description: 'cluster admin' },
  { name: 'alice', tokenKey: 'ALICE_TOKEN', description: 'admin of team-a' },
  { name: 'bob', tokenKey: 'BOB_TOKEN', description: 'viewer of team-a' },
];
const IDENTITY_COOKIE = 'shell-identity';
const CSRF_COOKIE = 'csrf-token';

// --- stack.env -------------------------------------------------------------------------------------
let stackCache = { mtimeMs: -1, env: {} };
const readStack = () => {
  let mtimeMs;
  try {
    mtimeMs = statSync(stackEnvFile).mtimeMs;
  } catch {
    return {};
  }
  if (mtimeMs !== stackCache.mtimeMs) {
    const env = {};
    for (const line of readFileSync(stackEnvFile, 'utf8').split('\n')) {
      const m = /^([A-Z0-9_]+)=(.*)$/.exec(line);
      if (m) env[m[1]] = m[2];
    }
    stackCache = { mtimeMs, env };
  }
  return stackCache.env;
};
let caCache = { file: '', mtimeMs: -1, ca: undefined };
const readCa = (file) => {
  if (!file) return undefined;
  try {
    const { mtimeMs } = statSync(file);
    if (file !== caCache.file || mtimeMs !== caCache.mtimeMs) {
      caCache = { file, mtimeMs, ca: readFileSync(file) };
    }
    return caCache.ca;
  } catch {
    return undefined;
  }
};

// MLflow behind the console's plugin proxy. On a cluster the ConsolePlugin's proxy entry (alias
// `mlflow`) points at the Service mlflow:8443 in redhat-ods-applications, and the console forwards
// /api/proxy/plugin/<plugin>/mlflow/<rest> to https://mlflow.redhat-ods-applications.svc:8443/<rest>
// unchanged. The operator serves MLflow under the prefix /mlflow, so the plugin itself asks for
// /api/proxy/plugin/<plugin>/mlflow/mlflow/api/2.0/... . Locally MLflow runs with the same prefix at
// MLFLOW_URL (http://127.0.0.1:<port>/mlflow), so <rest> goes to the origin of MLFLOW_URL unchanged.
const mlflowTarget = (env) => {
  if (!env.MLFLOW_URL) return undefined;
  const u = new URL(env.MLFLOW_URL);
  return { origin: u.origin, protocol: u.protocol };
};

// --- cookies, CSRF, identity -------------------------------------------------------------------------
const parseCookies = (req) => {
  const out = {};
  for (const part of (req.headers.cookie || '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
};
const identityOf = (req) => {
  const name = parseCookies(req)[IDENTITY_COOKIE];
  return IDENTITIES.find((i) => i.name === name);
};
const tokenOf = (identity) => (identity ? readStack()[identity.tokenKey] : undefined);
// The console's bridge hands the browser a random csrf-token cookie and rejects state-changing
// requests whose X-CSRFToken header does not repeat it (consoleFetch sends it).
// csrfToken: the request's token, or a new one with the cookie that hands it to the browser.
const csrfToken = (req) => {
  const existing = parseCookies(req)[CSRF_COOKIE];
  if (existing) return { token: existing, setCookie: [] };
  const token = randomBytes(32).toString('hex');
  return { token, setCookie: [`${CSRF_COOKIE}=${token}; Path=/; SameSite=Strict`] };
};
const csrfCookieHeader = (req) => csrfToken(req).setCookie;
const csrfOk = (req) => {
  if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return true;
  const cookie = parseCookies(req)[CSRF_COOKIE];
  return Boolean(cookie) && req.headers['x-csrftoken'] === cookie;
};

// --- the Host header ------------------------------------------------------------------------------
// Only the names this server is reached by on this machine. A page of another site whose name is
// made to resolve to 127.0.0.1 (DNS rebinding) sends that name as Host: it is turned away before
// its requests could ride on the signed-in identity's token.
const allowedHost = (req) => {
  const address = server.address();
  const port = address && typeof address === 'object' ? address.port : undefined;
  const host = (req.headers.host || '').toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
};
// A browser's Origin on a POST, when it sends one, must be this site.
const sameOrigin = (req) =>
  !req.headers.origin || req.headers.origin === `http://${req.headers.host}`;
const MISDIRECTED = 'This console shell answers only to 127.0.0.1:<port> and localhost:<port>.';

// --- small responses ---------------------------------------------------------------------------------
const send = (res, status, body, headers = {}) => {
  const buf = Buffer.isBuffer(body) ? body : Buffer.from(String(body));
  res.writeHead(status, { 'Content-Length': buf.length, ...headers });
  res.end(buf);
};
const sendJson = (res, status, obj, headers = {}) =>
  send(res, status, JSON.stringify(obj), { 'Content-Type': 'application/json', ...headers });
// The apiserver's error shape, so the plugin's error handling sees what it would see on a cluster.
const sendStatus = (res, code, message, reason) =>
  sendJson(res, code, {
    kind: 'Status',
    apiVersion: 'v1',
    status: 'Failure',
    message,
    reason,
    code,
  });
const redirect = (res, location, headers = {}) =>
  send(res, 302, '', { Location: location, ...headers });
// A path of this site only: not '//host' nor '/\\host', which browsers take for another site.
const safeNext = (next) => (typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/');
const escapeHtml = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

const MIME = {
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.otf': 'font/otf',
};

// Serves one file below root; refuses paths that climb out of it.
const serveFile = (req, res, root, relPath, extraHeaders = {}) => {
  let decoded;
  try {
    decoded = decodeURIComponent(relPath);
  } catch {
    return send(res, 400, 'bad path');
  }
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (!file.startsWith(root + path.sep)) return send(res, 403, 'forbidden');
  let st;
  try {
    st = statSync(file);
  } catch {
    return send(res, 404, 'not found', { 'Content-Type': 'text/plain' });
  }
  if (!st.isFile()) return send(res, 404, 'not found', { 'Content-Type': 'text/plain' });
  res.writeHead(200, {
    'Content-Type': MIME[path.extname(file)] || 'application/octet-stream',
    'Content-Length': st.size,
    // Development: the watcher rewrites the files under the same names.
    'Cache-Control': 'no-cache',
    ...extraHeaders,
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
};

// --- proxying ------------------------------------------------------------------------------------------
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

const proxy = (req, res, { target, upstreamPath, token, ca }) => {
  const headers = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (!DROP_REQUEST_HEADERS.has(k)) headers[k] = v;
  }
  if (token) headers.authorization = `Bearer ${token}`;
  const u = new URL(target.origin);
  const client = u.protocol === 'https:' ? https : http;
  const upstream = client.request(
    {
      protocol: u.protocol,
      hostname: u.hostname,
      port: u.port,
      method: req.method,
      path: upstreamPath,
      headers,
      ca,
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
    if (!res.headersSent) {
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
  req.pipe(upstream);
};

// Watches arrive as WebSockets, as the console's frontend opens them, and are passed to the
// apiserver (which serves watch over WebSocket) with the identity's token. Streaming HTTP watches
// would each hold one of the browser's six HTTP/1.1 connections to this host: with six open, every
// other request of the page (a save, say) would wait until one ended.
const UPGRADE_REQUEST_HEADERS = ['sec-websocket-key', 'sec-websocket-version'];

const refuseUpgrade = (socket, status, reason) => {
  socket.end(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
};

const proxyWebSocket = (req, socket, head) => {
  if (!allowedHost(req)) return refuseUpgrade(socket, 421, 'Misdirected Request');
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

// --- candidate namespaces ------------------------------------------------------------------------------
// A plain apiserver has no Project API, which on OpenShift lists the projects a user may see. The
// shell's Projects page therefore tries to list namespaces as the user, and when that is forbidden
// checks these candidates one by one with a GET as the user. The candidates are listed with the
// stack's admin token: names only, never objects.
const namespaceNames = (res) => {
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

// --- pages -----------------------------------------------------------------------------------------------
const identityCookie = (name) => `${IDENTITY_COOKIE}=${name}; Path=/; HttpOnly; SameSite=Strict`;

// Signing in changes who the browser acts as, so it is a POST with the CSRF token (a link or an
// image of another site cannot do it); `as` only preselects the identity.
const loginPage = (req, res, { next, preferred }) => {
  const { token, setCookie } = csrfToken(req);
  const items = IDENTITIES.map((i) => {
    const chosen = i.name === preferred;
    return `<li><button type="submit" name="as" value="${i.name}" class="pf-v6-c-button pf-m-${chosen ? 'primary' : 'secondary'}"${chosen ? ' autofocus' : ''}>Sign in as ${i.name}</button> (${escapeHtml(i.description)})</li>`;
  }).join('\n');
  send(
    res,
    200,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in · Console shell</title>
<link rel="stylesheet" href="/shell-assets/patternfly/patternfly.css"></head>
<body><main class="pf-v6-c-page__main-section" style="padding: 2rem">
<h1 class="pf-v6-c-title pf-m-xl">Console shell: sign in</h1>
<form method="post" action="/shell/login">
<input type="hidden" name="csrf" value="${escapeHtml(token)}">
<input type="hidden" name="next" value="${escapeHtml(next)}">
<ul class="pf-v6-c-list pf-m-plain">${items}</ul>
</form>
<p>A development host for the plugin, backed by the local stack's apiserver and MLflow.</p>
</main></body></html>`,
    {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
      'Set-Cookie': setCookie,
    },
  );
};

/** POST /shell/login: as=<identity>&csrf=<the csrf-token cookie>&next=/path, from loginPage. */
const signIn = async (req, res) => {
  const cookie = parseCookies(req)[CSRF_COOKIE];
  let form;
  try {
    form = new URLSearchParams(await readBody(req));
  } catch {
    return send(res, 400, 'bad request');
  }
  if (!sameOrigin(req) || !cookie || form.get('csrf') !== cookie) {
    return send(res, 403, 'CSRF token mismatch: open /shell/login again and sign in from there.', {
      'Content-Type': 'text/plain; charset=utf-8',
    });
  }
  const chosen = IDENTITIES.find((i) => i.name === form.get('as'));
  if (!chosen) return send(res, 400, `unknown identity ${String(form.get('as'))}`);
  return send(res, 303, '', {
    Location: safeNext(form.get('next')),
    'Set-Cookie': identityCookie(chosen.name),
  });
};

// Like the console: no eval, no inline scripts; inline styles allowed (style-loader, PatternFly).
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; " +
  "form-action 'self'";

const readBody = (req, limit = 64 * 1024) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (c) => {
      size += c.length;
      if (size > limit) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

// --- the router --------------------------------------------------------------------------------------------
const handle = async (req, res) => {
  const url = new URL(req.url, 'http://shell.local');
  const p = url.pathname;
  const identity = identityOf(req);

  if (!allowedHost(req)) {
    return send(res, 421, MISDIRECTED, { 'Content-Type': 'text/plain; charset=utf-8' });
  }
  if (p === '/shell/health') return send(res, 200, 'ok');

  if (p === '/shell/login') {
    if (req.method === 'POST') return signIn(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
    return loginPage(req, res, {
      next: safeNext(url.searchParams.get('next')),
      preferred: url.searchParams.get('as'),
    });
  }
  if (p === '/shell/logout') {
    return redirect(res, '/shell/login', {
      'Set-Cookie': `${IDENTITY_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`,
    });
  }
  if (p === '/shell/identity' && req.method === 'POST') {
    if (!csrfOk(req) || !sameOrigin(req))
      return sendStatus(res, 403, 'CSRF token mismatch', 'Forbidden');
    let name;
    try {
      name = JSON.parse(await readBody(req)).identity;
    } catch {
      return sendStatus(res, 400, 'expected {"identity": "<name>"}', 'BadRequest');
    }
    const chosen = IDENTITIES.find((i) => i.name === name);
    if (!chosen) return sendStatus(res, 400, `unknown identity ${String(name)}`, 'BadRequest');
    return send(res, 204, '', { 'Set-Cookie': identityCookie(chosen.name) });
  }
  if (p === '/shell/session') {
    return sendJson(res, 200, {
      identity: identity ? { name: identity.name, description: identity.description } : null,
      identities: IDENTITIES.map(({ name, description }) => ({ name, description })),
      plugins: [...plugins.keys()],
      mlflowConfigured: Boolean(readStack().MLFLOW_URL),
    });
  }
  if (p === '/shell/namespace-names') {
    if (!identity) return sendStatus(res, 401, 'not signed in', 'Unauthorized');
    return namespaceNames(res);
  }
  if (p.startsWith('/shell-assets/patternfly/')) {
    return serveFile(req, res, patternflyDir, p.slice('/shell-assets/patternfly/'.length));
  }
  if (p.startsWith('/shell-assets/')) {
    return serveFile(req, res, shellDist, p.slice('/shell-assets/'.length));
  }

  // The plugins' files, where the console serves them; the console sends nosniff too.
  const pluginMatch = /^\/api\/plugins\/([^/]+)\/(.*)$/.exec(p);
  if (pluginMatch && plugins.has(pluginMatch[1])) {
    if (!['GET', 'HEAD'].includes(req.method)) return send(res, 405, 'method not allowed');
    return serveFile(req, res, plugins.get(pluginMatch[1]), pluginMatch[2], {
      'X-Content-Type-Options': 'nosniff',
    });
  }

  if (p.startsWith('/api/')) {
    if (!identity)
      return sendStatus(res, 401, 'not signed in to the console shell', 'Unauthorized');
    if (!csrfOk(req)) return sendStatus(res, 403, 'CSRF token mismatch', 'Forbidden');
    const env = readStack();
    if (p.startsWith('/api/kubernetes/')) {
      if (!env.KUBE_API_URL)
        return sendStatus(res, 503, `no KUBE_API_URL in ${stackEnvFile}`, 'ServiceUnavailable');
      return proxy(req, res, {
        target: new URL(env.KUBE_API_URL),
        upstreamPath: p.slice('/api/kubernetes'.length) + url.search,
        token: tokenOf(identity),
        ca: readCa(env.KUBE_CA_FILE),
      });
    }
    const mlflowPrefix = `/api/proxy/plugin/${pluginName}/mlflow/`;
    if (p.startsWith(mlflowPrefix)) {
      const target = mlflowTarget(env);
      if (!target)
        return sendStatus(
          res,
          503,
          `MLflow is not running (no MLFLOW_URL in ${stackEnvFile})`,
          'ServiceUnavailable',
        );
      return proxy(req, res, {
        target,
        upstreamPath: p.slice(mlflowPrefix.length - 1) + url.search,
        token: tokenOf(identity),
      });
    }
    return sendStatus(res, 404, `the console shell does not implement ${p}`, 'NotFound');
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
  // Everything else is a route of the app. Like the console, signing in comes first.
  if (!identity)
    return redirect(res, `/shell/login?next=${encodeURIComponent(p + url.search)}`, {
      'Set-Cookie': csrfCookieHeader(req),
    });
  if (!existsSync(path.join(shellDist, 'main.js'))) {
    return send(res, 503, 'The shell app is not built: run `npm run shell:build`.', {
      'Content-Type': 'text/plain',
    });
  }
  return send(res, 200, readFileSync(indexHtml), {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
    'Set-Cookie': csrfCookieHeader(req),
  });
};

const server = http.createServer((req, res) => {
  handle(req, res).catch((err) => {
    console.error('[shell]', req.method, req.url, err);
    if (!res.headersSent) send(res, 500, 'internal error');
    else res.destroy();
  });
});
server.on('upgrade', proxyWebSocket);
// Watches stay open for minutes; the apiserver ends them, not us.
server.requestTimeout = 0;
server.headersTimeout = 60_000;

const port = Number(process.env.SHELL_PORT || 0);
server.listen(port, '127.0.0.1', () => {
  const base = `http://127.0.0.1:${server.address().port}/`;
  const lines = [`Console shell: ${base}`];
  for (const i of IDENTITIES)
    lines.push(`  sign in as ${i.name}: ${base}shell/login?as=${i.name} (${i.description})`);
  if (!existsSync(stackEnvFile))
    lines.push(`  (no ${stackEnvFile} yet: start the stack with scripts/stack/start.sh)`);
  console.log(lines.join('\n'));
  if (!existsSync(path.join(shellDist, 'main.js'))) {
    console.error('[shell] the shell app is not built yet: run `npm run shell:build`');
  }
  if (!existsSync(path.join(pluginDist, 'plugin-manifest.json'))) {
    console.error(
      `[shell] no plugin build in ${pluginDist}: run \`npm run build\` (or npm run dev)`,
    );
  }
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
