/**
 * The running local stack (scripts/stack/start.sh) as the integration tests see it: its addresses,
 * the identities' tokens, and small clients that talk to the real kube-apiserver and MLflow as one
 * identity, the way the console's bridge would on the user's behalf.
 */
import { readFileSync } from 'fs';
import { Agent, request as httpsRequest } from 'https';
import { join } from 'path';

export const REPO_ROOT = join(__dirname, '../..');
/** The storage profile's own run dir unless one is given, as scripts/stack/lib.sh chooses it. */
const storage = process.env.STACK_STORAGE;
export const STACK_RUN_DIR =
  process.env.STACK_RUN_DIR ??
  join(REPO_ROOT, storage && storage !== 'sqlite' ? `.stack-${storage}` : '.stack');

export type StackEnv = Partial<Record<string, string>>;

export const readStack = (): StackEnv => {
  const text = readFileSync(join(STACK_RUN_DIR, 'stack.env'), 'utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .filter((line) => line.includes('=') && !line.startsWith('#'))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
};

export type Identity = 'admin' | 'alice' | 'bob' | 'trainer' | 'pipeline-runner';

const TOKEN_KEYS: Record<Identity, string> = {
  admin: 'ADMIN_TOKEN',
  alice: 'ALICE_TOKEN',
  bob: 'BOB_TOKEN',
  trainer: 'TRAINER_TOKEN',
  'pipeline-runner': 'PIPELINE_RUNNER_TOKEN',
};

/** A value start.sh must have written; a missing one means the stack is not (fully) up. */
export const required = (stack: StackEnv, key: string): string => {
  const value = stack[key];
  if (!value) throw new Error(`stack.env has no ${key}: is the stack (fully) running?`);
  return value;
};

export const tokenOf = (identity: Identity, stack = readStack()): string => {
  const token = stack[TOKEN_KEYS[identity]];
  if (!token) throw new Error(`stack.env has no ${TOKEN_KEYS[identity]}`);
  return token;
};

export interface HttpResult<T = unknown> {
  status: number;
  body: T;
}

/**
 * fetch for the apiserver: node's fetch cannot take a custom CA per request, so this uses https
 * with the stack's CA and returns status + parsed JSON.
 */
const requestJson = (
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string },
  ca: Buffer,
): Promise<HttpResult> =>
  new Promise((resolve, reject) => {
    const agent = new Agent({ ca });
    const request = httpsRequest(
      url,
      { method: init.method ?? 'GET', headers: init.headers, agent },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // not JSON (e.g. /readyz): keep the text
          }
          resolve({ status: response.statusCode ?? 0, body });
        });
      },
    );
    request.on('error', reject);
    // The first request for a large CRD after the apiserver starts builds its validators; on a loaded
    // 2-core machine that alone has taken seconds.
    request.setTimeout(30_000, () => request.destroy(new Error(`timeout: ${url}`)));
    if (init.body) request.write(init.body);
    request.end();
  });

export interface KubeClient {
  get: (path: string) => Promise<HttpResult>;
  post: (path: string, body: unknown) => Promise<HttpResult>;
  put: (path: string, body: unknown) => Promise<HttpResult>;
  patch: (path: string, body: unknown, contentType?: string) => Promise<HttpResult>;
  delete: (path: string) => Promise<HttpResult>;
}

/** A client of the real kube-apiserver acting as one identity. */
export const kube = (identity: Identity, stack = readStack()): KubeClient =>
  kubeWithToken(tokenOf(identity, stack), stack);

/** A client of the real kube-apiserver with a bearer token (e.g. from a TokenRequest). */
export const kubeWithToken = (token: string, stack = readStack()): KubeClient => {
  const ca = readFileSync(required(stack, 'KUBE_CA_FILE'));
  const base = required(stack, 'KUBE_API_URL');
  const auth = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
  const send = (method: string, path: string, body?: unknown, contentType = 'application/json') =>
    requestJson(
      base + path,
      {
        method,
        headers: body === undefined ? auth : { ...auth, 'Content-Type': contentType },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
      ca,
    );
  return {
    get: (path) => send('GET', path),
    post: (path, body) => send('POST', path, body),
    put: (path, body) => send('PUT', path, body),
    patch: (path, body, contentType = 'application/json-patch+json') =>
      send('PATCH', path, body, contentType),
    delete: (path) => send('DELETE', path),
  };
};

/** A unique, valid namespace/object name for one test, so tests never share mutable state. */
export const uniqueName = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;

/**
 * A fetch that talks to the real MLflow as one identity, with the bearer token the console's plugin
 * proxy would add (`authorization: UserToken`). Paths are MLflow REST paths such as
 * `/ajax-api/2.0/mlflow/experiments/search`.
 */
export const mlflowFetch =
  (identity: Identity, stack = readStack()): typeof fetch =>
  (input, init) => {
    const headers = new Headers(init?.headers);
    headers.set('Authorization', `Bearer ${tokenOf(identity, stack)}`);
    return fetch(input, { ...init, headers });
  };

/**
 * POSTs to MLflow's REST API (`/ajax-api/2.0/mlflow/<path>`) as `identity` in `workspace` and returns the
 * parsed answer; anything but 200 throws with the status and the start of MLflow's answer.
 */
export const mlflowPost = async <T = Record<string, unknown>>(
  identity: Identity,
  workspace: string,
  path: string,
  body: unknown,
): Promise<T> => {
  const response = await mlflowFetch(identity)(`${mlflowBaseUrl()}/ajax-api/2.0/mlflow/${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-MLFLOW-WORKSPACE': workspace },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== 200) {
    throw new Error(`${path}: ${String(response.status)} ${text.slice(0, 300)}`);
  }
  return JSON.parse(text) as T;
};

/** The MLflow server's base URL (with its static prefix, if the stack uses one). */
export const mlflowBaseUrl = (stack = readStack()): string => {
  const url = stack.MLFLOW_URL;
  if (!url) throw new Error('stack.env has no MLFLOW_URL: is MLflow running?');
  return url.replace(/\/$/, '');
};
