// The chart's quick starts (charts/mlflow-console-plugin/files/quickstarts/<language>.yaml), each
// translation held against English: CommonJS so that build-i18n.mjs and a jest spec load it as is.
// templates/consolequickstarts.yaml makes one ConsoleQuickStart per quick start and language; what
// does not depend on the language (duration, accessReviewResources, nextQuickStart) it sets once for
// all of them, so a translation that carries one of those would be silently ignored: that is refused.

const QUICK_STARTS_DIR = 'charts/mlflow-console-plugin/files/quickstarts';
/** Set by the template for every language alike. */
const LANGUAGE_INDEPENDENT = ['durationMinutes', 'accessReviewResources', 'nextQuickStart'];
/** The texts of a quick start and of each task; review and summary when English has them. */
const TEXTS = ['displayName', 'description', 'introduction', 'conclusion'];
const TASK_TEXTS = ['title', 'description'];
const TASK_PARTS = { review: ['instructions', 'failedTaskHelp'], summary: ['success', 'failed'] };
// Code is never translated: fenced blocks and `inline code` (commands, field names, values).
const CODE = /```[\s\S]*?```|`[^`\n]+`/g;

const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const codeOf = (text) => [...text.matchAll(CODE)].map((m) => m[0]).sort();

/** The problems of one text at `where`: missing or empty, or code other than English's. */
const checkText = (source, text, where, language, problems) => {
  if (typeof source !== 'string') return;
  if (typeof text !== 'string' || text.trim() === '') {
    problems.push(`${where}: missing or empty`);
    return;
  }
  const want = codeOf(source).join(' | ');
  const got = codeOf(text).join(' | ');
  if (want !== got) {
    problems.push(`${where}: code differs: English has [${want}], ${language} has [${got}]`);
  }
};

/**
 * What is wrong with one language's quick starts, one sentence per problem: a quick start English
 * has and it lacks (or the reverse), a field the template sets for every language, a different
 * number of tasks or prerequisites, a missing text, code other than English's.
 */
const checkQuickStarts = (english, translated, language) => {
  const problems = [];
  if (!isRecord(translated)) return [`not a map of quick starts`];
  for (const name of Object.keys(translated)) {
    if (!Object.hasOwn(english, name)) problems.push(`quick start not in English: ${name}`);
  }
  for (const [name, source] of Object.entries(english)) {
    const text = translated[name];
    if (!isRecord(text)) {
      problems.push(`missing quick start: ${name}`);
      continue;
    }
    for (const field of LANGUAGE_INDEPENDENT) {
      if (Object.hasOwn(text, field)) {
        problems.push(
          `${name}.${field}: set in templates/consolequickstarts.yaml for every language, not here`,
        );
      }
    }
    for (const field of TEXTS)
      checkText(source[field], text[field], `${name}.${field}`, language, problems);
    const sourcePrerequisites = source.prerequisites ?? [];
    const prerequisites = Array.isArray(text.prerequisites) ? text.prerequisites : [];
    if (prerequisites.length !== sourcePrerequisites.length) {
      problems.push(
        `${name}: ${String(prerequisites.length)} prerequisites, English has ${String(sourcePrerequisites.length)}`,
      );
    } else {
      sourcePrerequisites.forEach((item, i) =>
        checkText(
          item,
          prerequisites[i],
          `${name}.prerequisites[${String(i)}]`,
          language,
          problems,
        ),
      );
    }
    const sourceTasks = source.tasks ?? [];
    const tasks = Array.isArray(text.tasks) ? text.tasks : [];
    if (tasks.length !== sourceTasks.length) {
      problems.push(
        `${name}: ${String(tasks.length)} tasks, English has ${String(sourceTasks.length)}`,
      );
      continue;
    }
    sourceTasks.forEach((sourceTask, i) => {
      const task = isRecord(tasks[i]) ? tasks[i] : {};
      const where = `${name}.tasks[${String(i)}]`;
      for (const field of TASK_TEXTS) {
        checkText(sourceTask[field], task[field], `${where}.${field}`, language, problems);
      }
      for (const [part, fields] of Object.entries(TASK_PARTS)) {
        if (!isRecord(sourceTask[part])) continue;
        const translatedPart = isRecord(task[part]) ? task[part] : {};
        for (const field of fields) {
          const at = `${where}.${part}.${field}`;
          checkText(sourceTask[part][field], translatedPart[field], at, language, problems);
        }
      }
    });
  }
  return problems;
};

module.exports = { QUICK_STARTS_DIR, checkQuickStarts };
