/**
 * The quick start catalogue's rules, as the console 4.22 applies them to ConsoleQuickStart objects:
 * one quick start per `console.openshift.io/name` label (or object name), shown in the user's
 * language (`console.openshift.io/lang`) or else in English; hidden when any of its
 * `accessReviewResources` is refused.
 */
import type { AccessReviewResourceAttributes } from '@openshift-console/dynamic-plugin-sdk';

export const NAME_LABEL = 'console.openshift.io/name';
export const LANG_LABEL = 'console.openshift.io/lang';
export const FALLBACK_LANGUAGE = 'en';

export interface QuickStartTask {
  title: string;
  description: string;
  review?: { instructions: string; failedTaskHelp: string };
  summary?: { success: string; failed: string };
}

export interface ConsoleQuickStart {
  metadata: { name: string; labels?: Record<string, string> };
  spec: {
    displayName: string;
    description: string;
    durationMinutes: number;
    tags?: string[];
    accessReviewResources?: AccessReviewResourceAttributes[];
    prerequisites?: string[];
    introduction: string;
    tasks?: QuickStartTask[];
    conclusion?: string;
    nextQuickStart?: string[];
  };
}

/** The quick start an object translates: its name label, else its own name. */
export const quickStartId = (quickStart: ConsoleQuickStart): string =>
  quickStart.metadata.labels?.[NAME_LABEL] ?? quickStart.metadata.name;

const languageOf = (quickStart: ConsoleQuickStart): string | undefined =>
  quickStart.metadata.labels?.[LANG_LABEL];

/** How well an object suits the language: its own best, then English, then one with no language. */
const rank = (quickStart: ConsoleQuickStart, language: string): number => {
  const lang = languageOf(quickStart);
  if (lang === language) return 0;
  if (lang === FALLBACK_LANGUAGE) return 1;
  return lang === undefined ? 2 : 3;
};

/** One object per quick start, the best for the language, ordered by the title shown. */
export const quickStartsInLanguage = (
  all: readonly ConsoleQuickStart[],
  language: string,
): ConsoleQuickStart[] => {
  const best = new Map<string, ConsoleQuickStart>();
  for (const quickStart of all) {
    const id = quickStartId(quickStart);
    const current = best.get(id);
    if (!current || rank(quickStart, language) < rank(current, language)) {
      best.set(id, quickStart);
    }
  }
  return [...best.values()].sort((a, b) =>
    a.spec.displayName.localeCompare(b.spec.displayName, language),
  );
};

/**
 * The names of the quick starts the user may finish: every access review of a quick start must
 * allow (one without reviews is for everyone). `allowed` asks one review.
 */
export const permittedQuickStarts = async (
  quickStarts: readonly ConsoleQuickStart[],
  allowed: (resource: AccessReviewResourceAttributes) => Promise<boolean>,
): Promise<Set<string>> => {
  const verdicts = await Promise.all(
    quickStarts.map(async (quickStart) => {
      const reviews = quickStart.spec.accessReviewResources ?? [];
      const answers = await Promise.all(reviews.map(allowed));
      return answers.every(Boolean) ? [quickStart.metadata.name] : [];
    }),
  );
  return new Set(verdicts.flat());
};

/** "5 minutes", as the console's tiles say it (the shell's chrome is English). */
export const durationText = (minutes: number): string =>
  minutes === 1 ? '1 minute' : `${String(minutes)} minutes`;
