// Regenerates locales/en/plugin__mlflow-console-plugin.json from the sources.
// With --check, extracts into a temporary folder instead and fails when the committed catalog is not
// exactly what the code asks for: it names every key the code uses that the catalog lacks (the
// console would log "Missing i18n key" for it) and every key the catalog holds that no code uses.
// It then holds each of the console's other languages against the English catalog (see
// language-catalogs.cjs): every key translated, no key English lacks, the same placeholders and tags.
// An English text with {{count}} must come in plural forms (`_one`/`_other`).
// Last, the chart's quick starts (quick-start-translations.cjs): every quick start in every language,
// with English's tasks and prerequisites, and its code untranslated.
import yaml from 'js-yaml';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import languageCatalogs from './language-catalogs.cjs';
import quickStartTranslations from './quick-start-translations.cjs';

const NAMESPACE = 'plugin__mlflow-console-plugin';
const CATALOG = `locales/en/${NAMESPACE}.json`;
const check = process.argv.includes('--check');
const outputRoot = check ? mkdtempSync(join(tmpdir(), 'mlflow-i18n-')) : 'locales';

const readCatalog = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '{}';
  }
};

/** What the committed catalog lacks and holds in excess of the fresh extraction. */
const compare = (fresh, committed) => {
  const freshKeys = Object.keys(JSON.parse(fresh));
  const committedKeys = new Set(Object.keys(JSON.parse(committed)));
  return {
    missing: freshKeys.filter((key) => !committedKeys.has(key)),
    unused: [...committedKeys].filter((key) => !freshKeys.includes(key)),
  };
};

/** Fails the check for every problem of every language's catalog. */
const checkTranslations = (english) => {
  for (const language of languageCatalogs.LANGUAGES) {
    const file = `locales/${language}/${NAMESPACE}.json`;
    let translated;
    try {
      translated = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      console.error(`${file} cannot be read: ${error.message}`);
      process.exitCode = 1;
      continue;
    }
    const problems = languageCatalogs.checkLanguage(english, translated, language);
    for (const problem of problems) console.error(`${file}: ${problem}`);
    if (problems.length === 0) console.log(`${file} translates every key.`);
    else process.exitCode = 1;
  }
};

/** Fails the check for every problem of every language's quick starts. */
const checkQuickStartTranslations = () => {
  const { QUICK_STARTS_DIR, checkQuickStarts } = quickStartTranslations;
  const read = (language) =>
    yaml.load(readFileSync(`${QUICK_STARTS_DIR}/${language}.yaml`, 'utf8'));
  const english = read('en');
  for (const language of languageCatalogs.LANGUAGES) {
    const file = `${QUICK_STARTS_DIR}/${language}.yaml`;
    let translated;
    try {
      translated = read(language);
    } catch (error) {
      console.error(`${file} cannot be read: ${error.message}`);
      process.exitCode = 1;
      continue;
    }
    const problems = checkQuickStarts(english, translated, language);
    for (const problem of problems) console.error(`${file}: ${problem}`);
    if (problems.length === 0) console.log(`${file} translates every quick start.`);
    else process.exitCode = 1;
  }
};

try {
  execFileSync(
    'npx',
    [
      'i18next',
      '--config',
      'i18next-parser.config.mjs',
      '--output',
      join(outputRoot, '$LOCALE/$NAMESPACE.json'),
      '--silent',
    ],
    { stdio: 'inherit' },
  );
  if (check) {
    const fresh = readCatalog(join(outputRoot, 'en/plugin__mlflow-console-plugin.json'));
    const committed = readCatalog(CATALOG);
    if (fresh === committed) {
      console.log(`${CATALOG} is up to date.`);
    } else {
      const { missing, unused } = compare(fresh, committed);
      for (const key of missing) console.error(`used in the code, missing from ${CATALOG}: ${key}`);
      for (const key of unused) console.error(`in ${CATALOG}, used nowhere: ${key}`);
      console.error(`${CATALOG} is stale: run \`npm run i18n\` and commit the result.`);
      process.exitCode = 1;
    }
    const english = JSON.parse(committed);
    for (const key of languageCatalogs.countsWithoutPlurals(english)) {
      console.error(`${CATALOG}: counts with {{count}} but has no _one/_other forms: ${key}`);
      process.exitCode = 1;
    }
    checkTranslations(english);
    checkQuickStartTranslations();
  }
} finally {
  if (check) rmSync(outputRoot, { recursive: true, force: true });
}
