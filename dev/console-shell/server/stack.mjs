// The local stack the shell talks to (scripts/stack/start.sh): its stack.env (cluster URLs, each
// identity's token) and CA file, read again whenever they change, so a restarted stack (new ports,
// new tokens) needs no restart of the shell.
import { readFileSync, statSync } from 'node:fs';

import { stackEnvFile } from './config.mjs';

let stackCache = { mtimeMs: -1, env: {} };
export const readStack = () => {
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
export const readCa = (file) => {
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

/** The stack's token of a signed-in identity (see session.mjs). */
export const tokenOf = (identity) => (identity ? readStack()[identity.tokenKey] : undefined);

// MLflow behind the console's plugin proxy. On a cluster the ConsolePlugin's proxy entry (alias
// `mlflow`) points at the Service mlflow:8443 in redhat-ods-applications, and the console forwards
// /api/proxy/plugin/<plugin>/mlflow/<rest> to https://mlflow.redhat-ods-applications.svc:8443/<rest>
// unchanged. The operator serves MLflow under the prefix /mlflow, so the plugin itself asks for
// /api/proxy/plugin/<plugin>/mlflow/mlflow/ajax-api/2.0/... . Locally MLflow runs with the same prefix at
// MLFLOW_URL (http://127.0.0.1:<port>/mlflow), so <rest> goes to the origin of MLFLOW_URL unchanged.
export const mlflowTarget = (env) => {
  if (!env.MLFLOW_URL) return undefined;
  const u = new URL(env.MLFLOW_URL);
  return { origin: u.origin, protocol: u.protocol };
};
