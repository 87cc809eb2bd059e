import { Fragment } from 'react';

import type { DiffCell, DiffRow } from '@/core/k8s/yaml-diff';
import { sideBySideDiff, toYaml } from '@/core/k8s/yaml-diff';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import './SpecDiff.css';

interface SpecDiffProps {
  before: unknown;
  after: unknown;
  beforeTitle: string;
  afterTitle: string;
}

/** Before and after as YAML, side by side, with changed lines marked (also in text: -, +, ~). */
export const SpecDiff = ({ before, after, beforeTitle, afterTitle }: SpecDiffProps) => {
  const { t } = useMlflowTranslation();
  const rows = sideBySideDiff(toYaml(before), toYaml(after));
  const marker = (row: DiffRow, side: 'before' | 'after') => {
    if (row.change === 'same') return ' ';
    if (row.change === 'changed') return '~';
    return side === 'before' ? '-' : '+';
  };
  const cell = (row: DiffRow, side: 'before' | 'after', content: DiffCell | undefined) => (
    <div
      className={`mlflow-plugin__spec-diff__line${
        content && row.change !== 'same'
          ? ` mlflow-plugin__spec-diff__line--${row.change === 'changed' ? 'changed' : side === 'before' ? 'removed' : 'added'}`
          : ''
      }`}
      data-change={content ? row.change : undefined}
      data-testid={`diff-${side}`}
    >
      {content ? `${marker(row, side)} ${content.text}` : ''}
    </div>
  );
  return (
    <div className="mlflow-plugin__spec-diff" role="group" aria-label={t('Changes to the spec')}>
      <div className="mlflow-plugin__spec-diff__heading">{beforeTitle}</div>
      <div className="mlflow-plugin__spec-diff__heading">{afterTitle}</div>
      {rows.map((row, index) => (
        <Fragment key={index}>
          {cell(row, 'before', row.before)}
          {cell(row, 'after', row.after)}
        </Fragment>
      ))}
    </div>
  );
};
