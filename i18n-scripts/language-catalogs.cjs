// The translated catalogs, held against the English one key by key. CommonJS so that both
// build-i18n.mjs and a jest spec can load it as it is.

/** The console's languages other than English (frontend/packages/console-app/.../language/const.ts). */
const LANGUAGES = ['ja', 'ko', 'zh', 'fr', 'es'];

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
// {{name}}, {{count, number}}; <0>, </0>, <1/>: what i18next interpolates and <Trans> fills in;
// ${remaining}: what PatternFly fills into a template text (LabelGroup's collapsedText).
const MARKUP = /\{\{\s*[^{}]+?\s*\}\}|<\/?\d+\s*\/?>|\$\{\w+\}/g;

/** The placeholders and tags of a text, sorted, so that their order may change with the grammar. */
const markupOf = (text) => [...text.matchAll(MARKUP)].map((m) => m[0].replace(/\s+/g, '')).sort();

/** English's plural keys by base: { 'Deleted {{count}} runs': ['..._one', '..._other'] }. */
const pluralBases = (englishKeys) => {
  const bases = new Set();
  for (const key of englishKeys) {
    const base = key.replace(PLURAL_SUFFIX, '');
    if (base !== key && englishKeys.includes(`${base}_other`)) bases.add(base);
  }
  return bases;
};

/**
 * The keys a language's catalog must hold, each with the English text it translates. A plural key
 * takes the language's own plural forms (Intl.PluralRules, as i18next does: Japanese has only
 * `_other`, French `_one`, `_many` and `_other`), each held against English's `_other`.
 */
const expectedKeys = (english, language) => {
  const englishKeys = Object.keys(english);
  const bases = pluralBases(englishKeys);
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const expected = new Map();
  for (const key of englishKeys) {
    const base = key.replace(PLURAL_SUFFIX, '');
    if (bases.has(base)) {
      for (const category of categories)
        expected.set(`${base}_${category}`, english[`${base}_other`]);
    } else {
      expected.set(key, english[key]);
    }
  }
  return expected;
};

/**
 * What is wrong with one language's catalog, one sentence per problem: a key English has and it
 * lacks, a key it has and English lacks, an empty text, placeholders or tags other than English's.
 */
const checkLanguage = (english, translated, language) => {
  const problems = [];
  const expected = expectedKeys(english, language);
  for (const [key, source] of expected) {
    if (!Object.hasOwn(translated, key)) {
      problems.push(`missing key: ${key}`);
      continue;
    }
    const text = translated[key];
    if (typeof text !== 'string' || text.trim() === '') {
      problems.push(`empty text: ${key}`);
      continue;
    }
    const want = markupOf(source).join(' ');
    const got = markupOf(text).join(' ');
    if (want !== got) {
      problems.push(
        `placeholders or tags differ: ${key}: English has [${want}], ${language} has [${got}]`,
      );
    }
  }
  for (const key of Object.keys(translated)) {
    if (!expected.has(key)) problems.push(`key not in English: ${key}`);
  }
  return problems;
};

/**
 * English keys that count ({{count}}) with no plural forms: i18next would show "1 runs". The call
 * needs `count` and `defaultValue_one`, which gives the key its `_one` and `_other` forms.
 */
const countsWithoutPlurals = (english) =>
  Object.keys(english).filter(
    (key) => !PLURAL_SUFFIX.test(key) && /\{\{\s*count\b/.test(`${key} ${english[key]}`),
  );

module.exports = { LANGUAGES, checkLanguage, countsWithoutPlurals, markupOf };
