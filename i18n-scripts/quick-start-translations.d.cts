// Types of quick-start-translations.cjs, for the spec that tests it.
export declare const QUICK_STARTS_DIR: string;
export declare const checkQuickStarts: (
  english: Record<string, unknown>,
  translated: unknown,
  language: string,
) => string[];
