import { execFileSync } from 'child_process';
import { existsSync, rmSync } from 'fs';
import { join } from 'path';

import { STARTED_MARKER } from './global-setup';
import { REPO_ROOT } from './stack';

/** Stops the stack if this run started it; a stack someone else runs is left alone. */
export default function globalTeardown() {
  if (!existsSync(STARTED_MARKER)) return;
  rmSync(STARTED_MARKER);
  execFileSync('bash', [join(REPO_ROOT, 'scripts/stack/stop.sh')], { stdio: 'inherit' });
}
