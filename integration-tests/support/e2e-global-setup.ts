/**
 * The e2e ring's world: the local stack (started or reused, like the integration ring), the built
 * plugin, and the console shell serving it. With BRIDGE_BASE_ADDRESS set, a real console is used
 * instead and nothing is started.
 */
import { execFileSync, spawn } from 'child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';

import integrationGlobalSetup from './global-setup';
import { REPO_ROOT, STACK_RUN_DIR } from './stack';

// One file per jest run (set-up and teardown run in the same process), so that two runs on one
// machine never stop each other's shell.
export const SHELL_PID_FILE = join(STACK_RUN_DIR, `e2e-shell-${String(process.pid)}.pid`);
const SHELL_LINE = /^Console shell: (http:\/\/127\.0\.0\.1:\d+)\/$/m;

const startShell = () =>
  new Promise<string>((resolve, reject) => {
    const shell = spawn('node', [join(REPO_ROOT, 'dev/console-shell/server.mjs')], {
      cwd: REPO_ROOT,
      env: { ...process.env, SHELL_PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
      detached: true,
    });
    let output = '';
    const timer = setTimeout(() => {
      reject(new Error(`the console shell did not start within 60 s:\n${output}`));
    }, 60_000);
    shell.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = SHELL_LINE.exec(output);
      if (match) {
        clearTimeout(timer);
        writeFileSync(SHELL_PID_FILE, String(shell.pid));
        shell.stdout.removeAllListeners('data');
        shell.stdout.resume();
        shell.unref();
        resolve(match[1]);
      }
    });
    shell.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the console shell exited with ${String(code)}:\n${output}`));
    });
  });

/** No shell build yet, or one older than a source file of the shell's app. */
const shellBuildIsStale = (): boolean => {
  const built = join(REPO_ROOT, 'dev/console-shell/dist/main.js');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  const appDir = join(REPO_ROOT, 'dev/console-shell/app');
  return readdirSync(appDir, { recursive: true, encoding: 'utf8' }).some(
    (file) => statSync(join(appDir, file)).mtimeMs > builtAt,
  );
};

export default async function e2eGlobalSetup() {
  if (process.env.BRIDGE_BASE_ADDRESS) return;
  integrationGlobalSetup();
  if (!existsSync(join(REPO_ROOT, 'dist/plugin-manifest.json'))) {
    throw new Error('dist/ has no plugin build: run `npm run build` first');
  }
  if (shellBuildIsStale()) {
    execFileSync('npm', ['run', '--silent', 'shell:build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  process.env.CONSOLE_SHELL_URL = await startShell();
  console.log(`console shell for e2e: ${process.env.CONSOLE_SHELL_URL}`);
}
