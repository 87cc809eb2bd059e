import '@testing-library/jest-dom';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { TextDecoder, TextEncoder } from 'util';

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
