/**
 * The e2e ring's world (Playwright's globalSetup): the local stack (started or reused, like the
 * integration ring), the built plugin, and the console shell serving it; CONSOLE_SHELL_URL tells
 * the workers where. With BRIDGE_BASE_ADDRESS set, a real console is used instead and nothing is
 * started. Returns the teardown: the shell this run started, then the stack if this run started it.
 */
import type { ChildProcess } from 'child_process';
import { execFileSync, spawn } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import { join } from 'path';

import { isShell } from './consoles';
import integrationGlobalSetup from './global-setup';
import integrationGlobalTeardown from './global-teardown';
import { REPO_ROOT } from './stack';

const SHELL_LINE = /^Console shell: (http:\/\/127\.0\.0\.1:\d+)\/$/m;

const startShell = () =>
  new Promise<{ shell: ChildProcess; url: string }>((resolve, reject) => {
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
        shell.stdout.removeAllListeners('data');
        shell.stdout.resume();
        shell.unref();
        resolve({ shell, url: match[1] });
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

export default async function e2eGlobalSetup(): Promise<(() => void) | undefined> {
  if (!isShell()) return undefined;
  if (!existsSync(join(REPO_ROOT, 'dist/plugin-manifest.json'))) {
    throw new Error('dist/ has no plugin build: run `npm run build` first');
  }
  integrationGlobalSetup();
  if (shellBuildIsStale()) {
    execFileSync('npm', ['run', '--silent', 'shell:build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  }
  const { shell, url } = await startShell();
  // Set before the workers start, so they inherit it.
  process.env.CONSOLE_SHELL_URL = url;
  console.log(`console shell for e2e: ${url}`);
  return () => {
    shell.kill('SIGTERM');
    integrationGlobalTeardown();
  };
}
