import { existsSync, readFileSync, rmSync } from 'fs';

import { SHELL_PID_FILE } from './e2e-global-setup';
import integrationGlobalTeardown from './global-teardown';

/** Stops the shell this run started, then the stack if this run started it. */
export default function e2eGlobalTeardown() {
  if (existsSync(SHELL_PID_FILE)) {
    const pid = Number(readFileSync(SHELL_PID_FILE, 'utf8'));
    rmSync(SHELL_PID_FILE);
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  integrationGlobalTeardown();
}
