// Part of `npm run lint`: the docs hold what the code and its generated files say.
// - README.md has no line over 120 characters (tables included: wide content belongs elsewhere).
// - README.md's support table names the console versions package.json declares.
// - bench/README.md's figures table is what bench/figures.json generates (node bench/figures-table.mjs).
// - README.md's support table is what docs/support-matrix.json generates (scripts/support-matrix.mjs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { checkBenchReadme } from '../bench/figures-table.mjs';
import { checkSupportTable } from './support-matrix.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MAX_README_LINE = 120;

const problems = [];
const readme = readFileSync(path.join(REPO, 'README.md'), 'utf8');
readme.split('\n').forEach((line, index) => {
  const length = [...line].length;
  if (length > MAX_README_LINE) {
    problems.push(
      `README.md:${String(index + 1)}: ${String(length)} characters (at most ${String(MAX_README_LINE)})`,
    );
  }
});
const { consolePlugin } = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const consoleVersions = consolePlugin.dependencies['@console/pluginAPI'];
if (!readme.includes(`\`${consoleVersions}\``)) {
  problems.push(
    `README.md: the supported console versions are \`${consoleVersions}\` (package.json)`,
  );
}
const bench = await checkBenchReadme();
if (bench) problems.push(bench);
const support = checkSupportTable();
if (support) problems.push(support);

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exitCode = 1;
}
