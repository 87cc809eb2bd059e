/**
 * The console shell's quick start catalogue rules: one tile per quick start in the user's
 * language or else English, hidden when one of its access reviews is refused.
 */
import type { AccessReviewResourceAttributes } from '@openshift-console/dynamic-plugin-sdk';

import type { ConsoleQuickStart } from '../../dev/console-shell/app/quickstarts/quick-starts';
import {
  durationText,
  permittedQuickStarts,
  quickStartsInLanguage,
} from '../../dev/console-shell/app/quickstarts/quick-starts';

const quickStart = (
  id: string,
  lang: string | undefined,
  displayName: string,
  accessReviewResources?: AccessReviewResourceAttributes[],
): ConsoleQuickStart => ({
  metadata: {
    name: lang && lang !== 'en' ? `${id}-${lang}` : id,
    labels: lang ? { 'console.openshift.io/name': id, 'console.openshift.io/lang': lang } : {},
  },
  spec: {
    displayName,
    description: '',
    durationMinutes: 5,
    introduction: '',
    accessReviewResources,
  },
});

const all = [
  quickStart('mlflow-enable', 'en', 'Enable MLflow on OpenShift AI'),
  quickStart('mlflow-enable', 'ja', 'OpenShift AI で MLflow を有効にする'),
  quickStart('mlflow-first-experiment', 'en', 'Track your first MLflow experiment'),
  quickStart('mlflow-first-experiment', 'fr', 'Suivre votre première expérience MLflow'),
  // Another operator's quick start, not translated and unlabelled.
  quickStart('explore-serverless', undefined, 'Explore Serverless'),
];

const titles = (language: string) =>
  quickStartsInLanguage(all, language).map((qs) => qs.spec.displayName);

describe('quickStartsInLanguage', () => {
  it("shows each quick start once, in the user's language", () => {
    expect(titles('ja')).toEqual([
      'Explore Serverless',
      'OpenShift AI で MLflow を有効にする',
      'Track your first MLflow experiment',
    ]);
  });

  it('falls back to English where a translation is missing, and to an unlabelled one', () => {
    expect(titles('fr')).toEqual([
      'Enable MLflow on OpenShift AI',
      'Explore Serverless',
      'Suivre votre première expérience MLflow',
    ]);
    expect(titles('ko')).toEqual([
      'Enable MLflow on OpenShift AI',
      'Explore Serverless',
      'Track your first MLflow experiment',
    ]);
  });
});

describe('permittedQuickStarts', () => {
  const patchDsc = {
    group: 'datasciencecluster.opendatahub.io',
    resource: 'datascienceclusters',
    verb: 'patch',
  } as const;
  const createMlflow = {
    group: 'mlflow.opendatahub.io',
    resource: 'mlflows',
    verb: 'create',
  } as const;
  const quickStarts = [
    quickStart('admin-only', 'en', 'Admin only', [patchDsc, createMlflow]),
    quickStart('for-everyone', 'en', 'For everyone'),
  ];

  it('keeps a quick start only when every one of its access reviews allows', async () => {
    const asked: string[] = [];
    const allowed = await permittedQuickStarts(quickStarts, (resource) => {
      asked.push(`${resource.verb ?? ''} ${resource.resource ?? ''}`);
      return Promise.resolve(resource.resource !== 'mlflows');
    });
    expect([...allowed]).toEqual(['for-everyone']);
    expect(asked.sort()).toEqual(['create mlflows', 'patch datascienceclusters']);
  });

  it('keeps it when every review allows', async () => {
    const allowed = await permittedQuickStarts(quickStarts, () => Promise.resolve(true));
    expect([...allowed].sort()).toEqual(['admin-only', 'for-everyone']);
  });
});

it('says the duration as the console does', () => {
  expect(durationText(1)).toBe('1 minute');
  expect(durationText(10)).toBe('10 minutes');
});
