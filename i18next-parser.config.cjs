const { ConsoleExtensionsLexer } = require('./i18n-scripts/console-extensions-lexer.cjs');

module.exports = {
  input: ['src/**/*.{ts,tsx}', '!src/**/*.spec.{ts,tsx}', 'console-extensions.json'],
  sort: true,
  createOldCatalogs: false,
  keySeparator: false,
  namespaceSeparator: '~',
  locales: ['en'],
  defaultNamespace: 'plugin__mlflow-console-plugin',
  // English is the source language: each key is its own text.
  defaultValue: (_locale, _namespace, key) => key,
  failOnWarnings: true,
  lexers: {
    ts: ['JavascriptLexer'],
    tsx: ['JsxLexer'],
    json: [ConsoleExtensionsLexer],
    default: ['JavascriptLexer'],
  },
};
