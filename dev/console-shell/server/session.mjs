// Who the browser acts as, and the guards of that session, as the console's bridge keeps them:
// an HttpOnly cookie naming one of the stack's identities (tokens never reach the browser), a
// csrf-token cookie that state-changing requests repeat in X-CSRFToken, and the Host and Origin
// checks that keep other sites off the signed-in identity.
import { randomBytes } from 'node:crypto';

// The identities the stack creates (scripts/stack/pki.sh + seed-cluster.py).
export const IDENTITIES = [
  { name: 'admin', tokenKey: 'ADMIN_TOKEN', description: 'cluster admin' },
  { name: 'alice', tokenKey: 'ALICE_TOKEN', description: 'admin of team-a' },
  { name: 'bob', tokenKey: 'BOB_TOKEN', description: 'viewer of team-a' },
];
const IDENTITY_COOKIE = 'shell-identity';
const CSRF_COOKIE = 'csrf-token';

export const parseCookies = (req) => {
  const out = {};
  for (const part of (req.headers.cookie || '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) out[part.slice(0, i).trim()] = decodeURIComponent(part.slice(i + 1).trim());
  }
  return out;
};

export const identityOf = (req) => {
  const name = parseCookies(req)[IDENTITY_COOKIE];
  return IDENTITIES.find((i) => i.name === name);
};

export const identityCookie = (name) =>
  `${IDENTITY_COOKIE}=${name}; Path=/; HttpOnly; SameSite=Strict`;
export const signedOutCookie = `${IDENTITY_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`;

// The console's bridge hands the browser a random csrf-token cookie and rejects state-changing
// requests whose X-CSRFToken header does not repeat it (consoleFetch sends it).
// csrfToken: the request's token, or a new one with the cookie that hands it to the browser.
export const csrfToken = (req) => {
  const existing = parseCookies(req)[CSRF_COOKIE];
  if (existing) return { token: existing, setCookie: [] };
  const token = randomBytes(32).toString('hex');
  return { token, setCookie: [`${CSRF_COOKIE}=${token}; Path=/; SameSite=Strict`] };
};
export const csrfCookieHeader = (req) => csrfToken(req).setCookie;
/** The csrf-token cookie the browser holds, which a sign-in form repeats in a field. */
export const csrfCookie = (req) => parseCookies(req)[CSRF_COOKIE];
export const csrfOk = (req) => {
  if (['GET', 'HEAD', 'OPTIONS'].includes(req.method)) return true;
  const cookie = parseCookies(req)[CSRF_COOKIE];
  return Boolean(cookie) && req.headers['x-csrftoken'] === cookie;
};

// Only the names this server is reached by on this machine. A page of another site whose name is
// made to resolve to 127.0.0.1 (DNS rebinding) sends that name as Host: it is turned away before
// its requests could ride on the signed-in identity's token.
export const allowedHost = (req, port) => {
  const host = (req.headers.host || '').toLowerCase();
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
};
export const MISDIRECTED =
  'This console shell answers only to 127.0.0.1:<port> and localhost:<port>.';

// A browser's Origin on a POST, when it sends one, must be this site.
export const sameOrigin = (req) =>
  !req.headers.origin || req.headers.origin === `http://${req.headers.host}`;
