import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  checkLanguage,
  countsWithoutPlurals,
  LANGUAGES,
  markupOf,
} from '../../i18n-scripts/language-catalogs.cjs';

const english = {
  Access: 'Access',
  '{{name}} can now use MLflow in this project (RoleBinding {{binding}}).':
    '{{name}} can now use MLflow in this project (RoleBinding {{binding}}).',
  'Read <0>the guide</0> first.': 'Read <0>the guide</0> first.',
};

const japanese = {
  Access: 'アクセス',
  '{{name}} can now use MLflow in this project (RoleBinding {{binding}}).':
    '{{name}} はこのプロジェクトで MLflow を使用できるようになりました (RoleBinding {{binding}})。',
  'Read <0>the guide</0> first.': '最初に<0>ガイド</0>をお読みください。',
};

describe('checkLanguage', () => {
  it('accepts a catalog that translates every key with the same placeholders and tags', () => {
    expect(checkLanguage(english, japanese, 'ja')).toEqual([]);
  });

  it('names a key English has and the language lacks', () => {
    const withoutAccess: Record<string, string> = { ...japanese };
    delete withoutAccess.Access;
    expect(checkLanguage(english, withoutAccess, 'ja')).toEqual(['missing key: Access']);
  });

  it('names a key the language has and English lacks', () => {
    expect(checkLanguage(english, { ...japanese, Stale: '古い' }, 'ja')).toEqual([
      'key not in English: Stale',
    ]);
  });

  it('names an empty or blank text', () => {
    expect(checkLanguage(english, { ...japanese, Access: ' ' }, 'ja')).toEqual([
      'empty text: Access',
    ]);
  });

  it('names a renamed or lost placeholder', () => {
    const key = '{{name}} can now use MLflow in this project (RoleBinding {{binding}}).';
    expect(
      checkLanguage(english, { ...japanese, [key]: '{{nom}} (RoleBinding {{binding}})' }, 'ja'),
    ).toEqual([
      `placeholders or tags differ: ${key}: English has [{{binding}} {{name}}], ja has [{{binding}} {{nom}}]`,
    ]);
    expect(
      checkLanguage(english, { ...japanese, [key]: '{{name}} は MLflow を使用できます' }, 'ja'),
    ).toHaveLength(1);
  });

  it('names a lost tag, but lets the grammar move placeholders and tags around', () => {
    const key = 'Read <0>the guide</0> first.';
    expect(
      checkLanguage(english, { ...japanese, [key]: 'ガイドをお読みください。' }, 'ja'),
    ).toEqual([`placeholders or tags differ: ${key}: English has [</0> <0>], ja has []`]);
    expect(markupOf('{{b}} <0>x</0> {{a}}')).toEqual(markupOf('<0>x</0> {{a}} {{b}}'));
  });

  it("names a lost PatternFly template placeholder such as LabelGroup's ${remaining}", () => {
    const labelGroup = { '+${remaining} more': '+${remaining} more' };
    expect(checkLanguage(labelGroup, { '+${remaining} more': '他 ${remaining} 件' }, 'ja')).toEqual(
      [],
    );
    expect(
      checkLanguage(labelGroup, { '+${remaining} more': '他 {{remaining}} 件' }, 'ja'),
    ).toEqual([
      'placeholders or tags differ: +${remaining} more: English has [${remaining}], ja has [{{remaining}}]',
    ]);
  });

  it("asks each language for its own plural forms of English's _one/_other keys", () => {
    const plural = {
      '{{count}} runs_one': 'One run',
      '{{count}} runs_other': '{{count}} runs',
    };
    // Japanese has one form; French three (Intl.PluralRules, as i18next).
    expect(checkLanguage(plural, { '{{count}} runs_other': '{{count}} 件の実行' }, 'ja')).toEqual(
      [],
    );
    expect(
      checkLanguage(
        plural,
        { '{{count}} runs_one': '1 件', '{{count}} runs_other': '{{count}} 件' },
        'ja',
      ),
    ).toEqual(['key not in English: {{count}} runs_one']);
    expect(
      checkLanguage(
        plural,
        {
          '{{count}} runs_one': '{{count}} exécution',
          '{{count}} runs_other': '{{count}} exécutions',
        },
        'fr',
      ),
    ).toEqual(['missing key: {{count}} runs_many']);
  });
});

describe('the committed catalogs', () => {
  const read = (language: string): Record<string, string> =>
    JSON.parse(
      readFileSync(
        join(__dirname, '../../locales', language, 'plugin__mlflow-console-plugin.json'),
        'utf8',
      ),
    ) as Record<string, string>;

  it.each([...LANGUAGES])('%s translates every English key', (language) => {
    expect(checkLanguage(read('en'), read(language), language)).toEqual([]);
  });
});

describe('countsWithoutPlurals', () => {
  it('names an English text that counts without plural forms, and only that one', () => {
    expect(
      countsWithoutPlurals({
        'Deleted {{count}} runs': 'Deleted {{count}} runs',
        'Kept {{count}} runs_one': 'Kept {{count}} run',
        'Kept {{count}} runs_other': 'Kept {{count}} runs',
        'Page {{page}}': 'Page {{page}}',
      }),
    ).toEqual(['Deleted {{count}} runs']);
  });
});
