/**
 * `npm run i18n:check` on the chart's quick starts: each translation has every quick start of
 * English with its tasks and prerequisites, leaves code as it is, and carries nothing the template
 * sets for every language (so that access reviews cannot differ between languages).
 */
import { readFileSync } from 'fs';
import { load } from 'js-yaml';
import { join } from 'path';

import { LANGUAGES } from '../../i18n-scripts/language-catalogs.cjs';
import {
  checkQuickStarts,
  QUICK_STARTS_DIR,
} from '../../i18n-scripts/quick-start-translations.cjs';
import { REPO_ROOT } from './stack';

interface Task {
  title: string;
  description: string;
  review?: { instructions: string; failedTaskHelp: string };
}
type QuickStarts = Record<
  string,
  Record<string, unknown> & { tasks: Task[]; prerequisites: string[] }
>;

const read = (language: string) =>
  load(readFileSync(join(REPO_ROOT, QUICK_STARTS_DIR, `${language}.yaml`), 'utf8')) as QuickStarts;

const english = read('en');
/** The Japanese quick starts, read afresh for each test to break. */
const japanese = () => read('ja');

describe('the quick starts of the chart', () => {
  it.each(LANGUAGES)('%s translates every quick start', (language) => {
    expect(checkQuickStarts(english, read(language), language)).toEqual([]);
  });
});

describe('checkQuickStarts', () => {
  it('names a quick start missing from a translation, and one English lacks', () => {
    const broken = japanese();
    broken['mlflow-extra'] = broken['mlflow-enable'];
    delete broken['mlflow-pipeline-access'];
    expect(checkQuickStarts(english, broken, 'ja')).toEqual([
      'quick start not in English: mlflow-extra',
      'missing quick start: mlflow-pipeline-access',
    ]);
  });

  it('names a translation with fewer tasks or prerequisites than English', () => {
    const broken = japanese();
    broken['mlflow-enable'].tasks.pop();
    broken['mlflow-first-experiment'].prerequisites.push('もう一つ');
    expect(checkQuickStarts(english, broken, 'ja')).toEqual([
      'mlflow-enable: 1 tasks, English has 2',
      'mlflow-first-experiment: 3 prerequisites, English has 2',
    ]);
  });

  it('refuses access reviews in a translation: the template sets them for every language', () => {
    const broken = japanese();
    broken['mlflow-enable'].accessReviewResources = [{ resource: 'pods', verb: 'list' }];
    expect(checkQuickStarts(english, broken, 'ja')).toEqual([
      'mlflow-enable.accessReviewResources: set in templates/consolequickstarts.yaml for every language, not here',
    ]);
  });

  it('names translated code and a missing text', () => {
    const broken = japanese();
    const task = broken['mlflow-first-experiment'].tasks[1];
    task.description = task.description.replace('mlflow.log_param', 'mlflow.ログ_param');
    delete broken['mlflow-enable'].tasks[0].review;
    const problems = checkQuickStarts(english, broken, 'ja');
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /^mlflow-enable\.tasks\[0\]\.review\.instructions: missing or empty$/,
    );
    expect(problems[2]).toMatch(
      /^mlflow-first-experiment\.tasks\[1\]\.description: code differs: English has \[```python/,
    );
  });
});
