import { ConsoleExtensionsLexer } from './i18n-scripts/console-extensions-lexer.cjs';
import {
  NestedCallJavascriptLexer,
  NestedCallJsxLexer,
} from './i18n-scripts/nested-call-lexers.mjs';

export default {
  input: ['src/**/*.{ts,tsx}', '!src/**/*.spec.{ts,tsx}', 'console-extensions.json'],
  sort: true,
  createOldCatalogs: false,
  keySeparator: false,
  namespaceSeparator: '~',
  locales: ['en'],
  defaultNamespace: 'plugin__mlflow-console-plugin',
  // English is the source language: each key is its own text. A plural's other forms come from the
  // call: t('{{count}} runs', { count, defaultValue_one: '{{count}} run' }) gives `_one` its text.
  defaultValue: (_locale, _namespace, key, value) => value || key,
  failOnWarnings: true,
  lexers: {
    ts: [NestedCallJavascriptLexer],
    tsx: [NestedCallJsxLexer],
    json: [ConsoleExtensionsLexer],
    default: [NestedCallJavascriptLexer],
  },
};
