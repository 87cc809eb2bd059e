/**
 * i18next as the console configures it for plugins (frontend/public/i18n.js): namespace separator
 * '~' (labels like %plugin__<name>~Text%), no key separator (keys are English sentences), English as
 * the fallback language, plugin catalogs loaded from the plugin's own base path
 * (/api/plugins/<name>/locales/<lng>/plugin__<name>.json), and a key no catalog has (not even
 * English's) logged as a console error worded as the console words it, so that a test watching the
 * console fails in the shell as it would in the console.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

import type { Language } from './language';

export const initI18n = async (language: Language): Promise<void> => {
  document.documentElement.lang = language;
  await i18n.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    load: 'languageOnly',
    ns: ['public'],
    defaultNS: 'public',
    nsSeparator: '~',
    keySeparator: false,
    contextSeparator: '~',
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    resources: {},
    saveMissing: true,
    missingKeyHandler: (languages, ns, key) => {
      console.error(
        `Missing i18n key "${key}" in namespace "${ns}" and language "${languages.join(',')}".`,
      );
    },
  });
};

const loadCatalog = async (pluginName: string, language: Language): Promise<void> => {
  const ns = `plugin__${pluginName}`;
  const response = await fetch(`/api/plugins/${pluginName}/locales/${language}/${ns}.json`, {
    cache: 'no-cache',
  });
  if (!response.ok) {
    const shown = language === 'en' ? 'its keys' : 'English';
    console.warn(
      `[console-shell] no ${language} locales for ${pluginName} (${String(response.status)}): ${shown} shown`,
    );
    return;
  }
  i18n.addResourceBundle(language, ns, await response.json(), true, true);
};

/**
 * Loads a plugin's catalogs (the ConsolePlugin's i18n loadType is Preload): English, the fallback,
 * and the current language's.
 */
export const loadPluginLocales = async (pluginName: string): Promise<void> => {
  const language = i18n.language as Language;
  await Promise.all([
    loadCatalog(pluginName, 'en'),
    ...(language === 'en' ? [] : [loadCatalog(pluginName, language)]),
  ]);
};

/** An extension label: '%ns~Key%' is translated, anything else shown as it is. */
export const translateLabel = (label: string): string =>
  /^%.+%$/.test(label) ? i18n.t(label.slice(1, -1)) : label;
