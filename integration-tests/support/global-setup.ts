/**
 * Starts the local stack for the integration ring, or reuses the one `npm run dev` (or an earlier
 * run) left running. start.sh runs either way: on a running stack it only repairs the demo state
 * that earlier, perhaps interrupted, runs changed. Remembers whether it started the stack, so
 * teardown stops only what it started.
 */
import { execFileSync } from 'child_process';
import { existsSync, writeFileSync } from 'fs';
import { join } from 'path';

import { readStack, REPO_ROOT, required, STACK_RUN_DIR } from './stack';

export const STARTED_MARKER = join(STACK_RUN_DIR, 'started-by-integration-tests');

const isAlive = (pid: string | undefined) => {
  if (!pid) return false;
  try {
    process.kill(Number(pid), 0);
    return true;
  } catch {
    return false;
  }
};

/** Every server of a stack that start.sh recorded is still running. */
const stackIsUp = (): boolean => {
  if (!existsSync(join(STACK_RUN_DIR, 'stack.env'))) return false;
  const stack = readStack();
  return ['ETCD_PID', 'KUBE_APISERVER_PID', 'PROJECT_API_PID', 'MLFLOW_PID'].every((key) =>
    isAlive(stack[key]),
  );
};

export default function globalSetup() {
  const reused = stackIsUp();
  execFileSync('bash', [join(REPO_ROOT, 'scripts/stack/start.sh')], { stdio: 'inherit' });
  if (!reused) writeFileSync(STARTED_MARKER, new Date().toISOString());
  const stack = readStack();
  // The versions actually running, so a log always says what was tested against.
  console.log(
    `\n${reused ? 'reusing' : 'started'} local stack: ` +
      `kube-apiserver ${required(stack, 'KUBE_APISERVER_VERSION')}, ` +
      `etcd ${required(stack, 'ETCD_VERSION_RUNNING')}, mlflow ${required(stack, 'MLFLOW_VERSION_RUNNING')}`,
  );
}
