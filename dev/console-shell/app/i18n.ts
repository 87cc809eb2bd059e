/**
 * i18next as the console configures it for plugins (frontend/public/i18n.js): namespace separator
 * '~' (labels like %plugin__<name>~Text%), no key separator (keys are English sentences), plugin
 * catalogs loaded from the plugin's own base path (/api/plugins/<name>/locales/<lng>/plugin__<name>.json),
 * and a key the catalog lacks logged as a console error worded as the console words it, so that a
 * test watching the console fails in the shell as it would in the console.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const initI18n = async (): Promise<void> => {
  await i18n.use(initReactI18next).init({
    lng: 'en',
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

/** Loads a plugin's English catalog (the ConsolePlugin's i18n loadType is Preload). */
export const loadPluginLocales = async (pluginName: string): Promise<void> => {
  const ns = `plugin__${pluginName}`;
  const response = await fetch(`/api/plugins/${pluginName}/locales/en/${ns}.json`, {
    cache: 'no-cache',
  });
  if (!response.ok) {
    console.warn(`[console-shell] no locales for ${pluginName}: ${String(response.status)}`);
    return;
  }
  i18n.addResourceBundle('en', ns, await response.json(), true, true);
};

/** An extension label: '%ns~Key%' is translated, anything else shown as it is. */
export const translateLabel = (label: string): string =>
  /^%.+%$/.test(label) ? i18n.t(label.slice(1, -1)) : label;
