// The HTML the shell serves itself: the sign-in page (and its form's POST) and the app's page,
// both under a Content-Security-Policy like the console's.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { indexHtml, shellDist } from './config.mjs';
import { readBody, send } from './responses.mjs';
import {
  IDENTITIES,
  csrfCookie,
  csrfCookieHeader,
  csrfToken,
  identityCookie,
  sameOrigin,
} from './session.mjs';

// Like the console: no eval, no inline scripts; inline styles allowed (style-loader, PatternFly).
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "font-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; " +
  "form-action 'self'";

// A path of this site only: not '//host' nor '/\\host', which browsers take for another site.
export const safeNext = (next) =>
  typeof next === 'string' && /^\/(?![/\\])/.test(next) ? next : '/';

const escapeHtml = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

// Signing in changes who the browser acts as, so it is a POST with the CSRF token (a link or an
// image of another site cannot do it); `as` only preselects the identity.
export const loginPage = (req, res, { next, preferred }) => {
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
export const signIn = async (req, res) => {
  const cookie = csrfCookie(req);
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

/** The app's page (index.html), which routes client-side; a note while the app is not built. */
export const appPage = (req, res) => {
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
