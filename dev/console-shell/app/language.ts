/**
 * The console's languages and how the shell picks one. As the console 4.22 (frontend/public/i18n.js,
 * user-preferences/language): the language last chosen (localStorage `bridge/last-language`, which
 * the masthead's choice sets, as the console's language preference does), else the browser's.
 * Before both, `?lng=` for one page load: a shortcut of the shell's (the console reads that
 * parameter only for pseudolocalization). Catalogs are per language (`load: 'languageOnly'`):
 * zh-CN reads locales/zh/.
 */
export const LANGUAGES = {
  en: 'English',
  es: 'Español - Spanish',
  fr: 'Français - French',
  ko: '한국어 - Korean',
  ja: '日本語 - Japanese',
  zh: '中文 - Chinese (Simplified)',
} as const;
export type Language = keyof typeof LANGUAGES;

const LAST_LANGUAGE_KEY = 'bridge/last-language';

const supported = (tag: string | null): Language | undefined => {
  const base = tag?.split('-')[0]?.toLowerCase();
  return base && base in LANGUAGES ? (base as Language) : undefined;
};

export const initialLanguage = (): Language =>
  supported(new URLSearchParams(window.location.search).get('lng')) ??
  supported(localStorage.getItem(LAST_LANGUAGE_KEY)) ??
  supported(navigator.language) ??
  'en';

/**
 * The user's choice, kept for the next visits as the console's user preference is. The page loads
 * again in it (without a `?lng=` that would override it): the shell's nav and tab labels are
 * translated once, when drawn.
 */
export const chooseLanguage = (language: Language): void => {
  localStorage.setItem(LAST_LANGUAGE_KEY, language);
  const url = new URL(window.location.href);
  url.searchParams.delete('lng');
  window.location.assign(url);
};
