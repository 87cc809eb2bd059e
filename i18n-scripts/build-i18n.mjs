// Regenerates locales/en/plugin__mlflow-console-plugin.json from the sources.
// With --check, writes to a temporary folder instead and fails when the committed file is stale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CATALOG = 'locales/en/plugin__mlflow-console-plugin.json';
const check = process.argv.includes('--check');
const outputRoot = check ? mkdtempSync(join(tmpdir(), 'mlflow-i18n-')) : 'locales';

try {
  execFileSync(
    'npx',
    [
      'i18next',
      '--config',
      'i18next-parser.config.cjs',
      '--output',
      join(outputRoot, '$LOCALE/$NAMESPACE.json'),
      '--silent',
    ],
    { stdio: 'inherit' },
  );
  if (check) {
    const fresh = readFileSync(join(outputRoot, 'en/plugin__mlflow-console-plugin.json'), 'utf8');
    let committed = '';
    try {
      committed = readFileSync(CATALOG, 'utf8');
    } catch {
      // a missing catalog is stale by definition
    }
    if (fresh !== committed) {
      console.error(`${CATALOG} is stale: run \`npm run i18n\` and commit the result.`);
      process.exitCode = 1;
    } else {
      console.log(`${CATALOG} is up to date.`);
    }
  }
} finally {
  if (check) rmSync(outputRoot, { recursive: true, force: true });
}
