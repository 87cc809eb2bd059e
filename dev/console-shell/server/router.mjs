// Which job answers which request of the console shell's server (see ../server.mjs): the Host
// check first, then the shell's own paths, the plugins' files, the proxied APIs and the app.
import { patternflyDir, pluginName, plugins, shellDist, stackEnvFile } from './config.mjs';
import { proxy } from './http-proxy.mjs';
import { namespaceNames } from './namespace-names.mjs';
import { appPage, loginPage, safeNext, signIn } from './pages.mjs';
import { readBody, redirect, send, sendJson, sendStatus } from './responses.mjs';
import {
  IDENTITIES,
  MISDIRECTED,
  allowedHost,
  csrfCookieHeader,
  csrfOk,
  identityCookie,
  identityOf,
  sameOrigin,
  signedOutCookie,
} from './session.mjs';
import { mlflowTarget, readCa, readStack, tokenOf } from './stack.mjs';
import { serveFile } from './static-files.mjs';

/**
 * Answers one HTTP request of the shell (the table at the top of ../server.mjs); `port` is the
 * port the server listens on, the only one its Host may name.
 */
export const handle = async (req, res, port) => {
  const url = new URL(req.url, 'http://shell.local');
  const p = url.pathname;
  const identity = identityOf(req);

  if (!allowedHost(req, port)) {
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
    return redirect(res, '/shell/login', { 'Set-Cookie': signedOutCookie });
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
  return appPage(req, res);
};
