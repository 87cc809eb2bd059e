import { FormSelect, FormSelectOption, ToolbarFilter } from '@patternfly/react-core';

import type { TraceInfo } from '@/core/mlflow';
import { feedbackFilterValue } from '@/core/traces/trace-filter';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface FeedbackFilterProps {
  /** The traces shown: the feedback names and values offered are theirs. */
  traces: readonly TraceInfo[];
  name?: string;
  value?: string;
  onChange: (name: string | undefined, value: string | undefined) => void;
}

const distinct = (values: readonly string[], keep?: string) =>
  [...new Set(keep === undefined ? values : [keep, ...values])].sort();

/**
 * Traces with one feedback value (MLflow's `feedback.<name> = '<value>'`): a feedback name of the
 * traces shown, then one of the values it has on them.
 */
export const FeedbackFilter = ({ traces, name, value, onChange }: FeedbackFilterProps) => {
  const { t } = useMlflowTranslation();
  const feedback = traces.flatMap((trace) =>
    trace.assessments.filter(
      (assessment) => assessment.kind === 'feedback' && assessment.error === undefined,
    ),
  );
  const names = distinct(
    feedback.map((assessment) => assessment.name),
    name,
  );
  const values = distinct(
    feedback
      .filter((assessment) => assessment.name === name)
      .map((assessment) => feedbackFilterValue(assessment.value)),
    value,
  );
  const valueLabel = (text: string) =>
    text === 'true' ? t('Pass') : text === 'false' ? t('Fail') : text;
  return (
    <ToolbarFilter
      categoryName={t('Feedback')}
      labels={name && value !== undefined ? [`${name} = ${valueLabel(value)}`] : []}
      deleteLabel={() => {
        onChange(undefined, undefined);
      }}
    >
      <FormSelect
        aria-label={t('Feedback name')}
        value={name ?? ''}
        isDisabled={names.length === 0}
        onChange={(_event, chosen) => {
          onChange(chosen || undefined, undefined);
        }}
      >
        <FormSelectOption value="" label={t('Any feedback')} />
        {names.map((option) => (
          <FormSelectOption key={option} value={option} label={option} />
        ))}
      </FormSelect>
      {name ? (
        <FormSelect
          aria-label={t('Feedback value')}
          value={value ?? ''}
          onChange={(_event, chosen) => {
            onChange(name, chosen === '' ? undefined : chosen);
          }}
        >
          <FormSelectOption value="" label={t('Any value')} />
          {values.map((option) => (
            <FormSelectOption key={option} value={option} label={valueLabel(option)} />
          ))}
        </FormSelect>
      ) : null}
    </ToolbarFilter>
  );
};
