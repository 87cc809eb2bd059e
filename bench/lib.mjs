// Small helpers shared by the bench scripts: paths, the bench stack's stack.env, an MLflow REST
// client (bearer token + workspace header, as the MLflow server requires), a bounded pool, stats.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Everything the bench writes lives under .bench/ (git-ignored). */
export const BENCH_DIR = path.join(REPO, '.bench');
/** The storage profile the bench stack runs MLflow on (scripts/stack/storage-ctl.sh). */
export const STACK_STORAGE = process.env.STACK_STORAGE || 'sqlite';
/**
 * The bench's own stack, so that 10,000 experiments never land in the shared dev/test stack; one
 * per storage profile, so that each keeps its seeded data. BENCH_STACK_RUN_DIR overrides (e.g. to
 * point at another throwaway stack).
 */
export const STACK_RUN_DIR = path.resolve(
  process.env.BENCH_STACK_RUN_DIR ||
    path.join(BENCH_DIR, STACK_STORAGE === 'sqlite' ? 'stack' : `stack-${STACK_STORAGE}`),
);

export const log = (message) => {
  process.stderr.write(`[bench] ${message}\n`);
};

export const readStackEnv = (runDir = STACK_RUN_DIR) => {
  const file = path.join(runDir, 'stack.env');
  if (!existsSync(file)) throw new Error(`${file} not found: the bench stack is not started`);
  const env = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Z0-9_]+)=(.*)$/.exec(line);
    if (m) env[m[1]] = m[2];
  }
  return env;
};

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class MlflowError extends Error {
  constructor(status, body, what) {
    super(`${what}: HTTP ${status} ${body.slice(0, 300)}`);
    this.status = status;
    this.body = body;
    let code = '';
    try {
      const parsed = JSON.parse(body);
      code = parsed.error_code ?? parsed.error?.code ?? '';
    } catch {
      // not JSON: keep the text in the message
    }
    this.code = code;
  }
}

const POOL_EXHAUSTED = /QueuePool limit of size \d+ overflow \d+ reached/;

/**
 * One MLflow REST call as `token` in `workspace`. Retries what a busy single-worker server or a
 * workspace that MLflow's namespace watch has not seen yet answers (5xx, 429, an exhausted
 * connection pool, 404 for the workspace), with a growing pause.
 */
export const mlflowCall = async (
  env,
  { token, workspace, method = 'POST', api = '2.0', route, body, query, retryNotFound = false },
) => {
  const url = new URL(`${env.MLFLOW_URL}/api/${api}/mlflow/${route}`);
  for (const [k, v] of Object.entries(query ?? {})) url.searchParams.set(k, String(v));
  const headers = { Authorization: `Bearer ${token}` };
  if (workspace) headers['X-MLFLOW-WORKSPACE'] = workspace;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  for (let attempt = 1; ; attempt++) {
    let res;
    try {
      res = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(120_000),
      });
    } catch (error) {
      if (attempt >= 6) throw error;
      await sleep(500 * attempt);
      continue;
    }
    const text = await res.text();
    if (res.ok) return text ? JSON.parse(text) : {};
    const error = new MlflowError(res.status, text, `${method} ${route} [${workspace ?? '-'}]`);
    const transient =
      res.status >= 500 ||
      res.status === 429 ||
      // MLflow's SQL store out of pooled connections answers 400 (a busy server, not a bad request).
      POOL_EXHAUSTED.test(text) ||
      (retryNotFound && res.status === 404 && /workspace|namespace/i.test(text));
    if (!transient || attempt >= 8) throw error;
    await sleep(Math.min(250 * 2 ** attempt, 5000));
  }
};

/** Runs `fn` over `items` with at most `limit` in flight; rejects with the first error. */
export const pool = async (items, limit, fn, onProgress) => {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await fn(items[index], index);
      done++;
      onProgress?.(done, items.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
};

/** Calls onProgress at most every `everyMs`, plus at the end. */
export const progressEvery = (label, everyMs = 5000) => {
  let last = Date.now();
  const started = Date.now();
  return (done, total) => {
    const now = Date.now();
    if (done === total || now - last >= everyMs) {
      last = now;
      const rate = done / Math.max((now - started) / 1000, 0.001);
      log(`${label}: ${done}/${total} (${rate.toFixed(0)}/s)`);
    }
  };
};

export const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const loadAverage = () =>
  loadavg()
    .map((v) => v.toFixed(2))
    .join(' ');

export const kubectl = (env, args, input) =>
  execFileSync(env.KUBECTL, ['--kubeconfig', env.KUBECONFIG_ADMIN, ...args], {
    input,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
