// Types of language-catalogs.cjs, for the spec that tests it.
export declare const LANGUAGES: readonly string[];
export declare const markupOf: (text: string) => string[];
export declare const checkLanguage: (
  english: Record<string, string>,
  translated: Record<string, unknown>,
  language: string,
) => string[];
export declare const countsWithoutPlurals: (english: Record<string, string>) => string[];
