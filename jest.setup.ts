import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { TextDecoder, TextEncoder } from 'util';

// findBy* and waitFor wait for what a user would wait for; on a loaded 2-core CI machine a PatternFly
// table can take seconds to settle, so give them 10 s (not 1 s) before calling it a failure. Set
// here once, with jest's testTimeout in jest.config.ts, never per test.
configure({ asyncUtilTimeout: 10_000 });

// react-router 7 needs TextEncoder at import time, which jsdom lacks; spec modules load after this.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// Real i18next with no resources: keys are English, so tests read what users read.
void i18next.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  ns: ['plugin__mlflow-console-plugin'],
  defaultNS: 'plugin__mlflow-console-plugin',
  keySeparator: false,
  nsSeparator: '~',
  interpolation: { escapeValue: false },
  showSupportNotice: false,
  resources: {},
});

// The plugin's one MLflow query cache lives as long as the module: no answer may outlive its test,
// and retries of a failed read happen at once rather than after a real back-off.
import { mlflowQueryClient } from './src/hooks/mlflowQueryClient';

mlflowQueryClient.setDefaultOptions({
  queries: { ...mlflowQueryClient.getDefaultOptions().queries, retryDelay: 0 },
});
afterEach(() => {
  mlflowQueryClient.clear();
});
