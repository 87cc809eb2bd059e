import {
  Button,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  TextInput,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { useState } from 'react';
import type { FormEvent } from 'react';

import { readRangeDraft, toLocalInput } from '@/core/traces/trace-range';
import type { RangeBox, RangeDraftProblem, TraceRange } from '@/core/traces/trace-range';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useDraft } from '@/views/project-tab/common/useDraft';

interface TraceRangeFormProps {
  /** The range searched now (from the URL); the boxes start with it. */
  applied: TraceRange;
  onApply: (range: TraceRange) => void;
}

const localText = (ms: number | undefined) => (ms === undefined ? '' : toLocalInput(ms));

/** The browser's time zone, which the boxes are in (undefined where Intl cannot tell). */
const browserTimeZone = (): string | undefined => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
};

/**
 * A custom time range: two date-and-time boxes in the browser's time zone, either one may stay
 * empty. Nothing is searched until the range reads right; a wrong one says why and keeps what
 * was typed.
 */
export const TraceRangeForm = ({ applied, onApply }: TraceRangeFormProps) => {
  const { t } = useMlflowTranslation();
  const [fromText, setFromText] = useDraft(localText(applied.from));
  const [toText, setToText] = useDraft(localText(applied.to));
  // A half-typed datetime-local box reads as "" to the page; the browser still knows it is bad.
  const [fromInvalid, setFromInvalid] = useState(false);
  const [toInvalid, setToInvalid] = useState(false);
  const [problem, setProblem] = useState<RangeDraftProblem>();
  const from: RangeBox = { text: fromText, invalid: fromInvalid };
  const to: RangeBox = { text: toText, invalid: toInvalid };
  const zone = browserTimeZone();

  const messages: Record<RangeDraftProblem, string> = {
    'bad-from': t('The start is not a complete date and time.'),
    'bad-to': t('The end is not a complete date and time.'),
    empty: t('Give a start, an end, or both.'),
    reversed: t('The start is after the end.'),
  };
  const fromWrong = problem === 'bad-from' || problem === 'reversed' || problem === 'empty';
  const toWrong = problem === 'bad-to' || problem === 'reversed' || problem === 'empty';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const draft = readRangeDraft(from, to);
    if (draft.ok) {
      setProblem(undefined);
      onApply(draft.range);
    } else {
      setProblem(draft.problem);
    }
  };

  const box = (
    id: string,
    label: string,
    text: string,
    wrong: boolean,
    onText: (text: string, invalid: boolean) => void,
  ) => (
    <FormGroup label={label} fieldId={id}>
      <TextInput
        id={id}
        type="datetime-local"
        step={1}
        value={text}
        validated={wrong ? 'error' : 'default'}
        aria-describedby={problem ? 'mlflow-trace-range-problem' : undefined}
        onChange={(event, value) => {
          onText(value, event.currentTarget.validity.badInput);
          setProblem(undefined);
        }}
      />
    </FormGroup>
  );

  return (
    <Form onSubmit={onSubmit} aria-label={t('Custom time range')}>
      <Toolbar>
        <ToolbarContent>
          <ToolbarItem>
            {box('mlflow-trace-range-from', t('From'), fromText, fromWrong, (text, invalid) => {
              setFromText(text);
              setFromInvalid(invalid);
            })}
          </ToolbarItem>
          <ToolbarItem>
            {box('mlflow-trace-range-to', t('To'), toText, toWrong, (text, invalid) => {
              setToText(text);
              setToInvalid(invalid);
            })}
          </ToolbarItem>
          <ToolbarItem alignSelf="end">
            <Button type="submit" variant="secondary">
              {t('Apply range')}
            </Button>
          </ToolbarItem>
        </ToolbarContent>
      </Toolbar>
      <FormHelperText>
        <HelperText id="mlflow-trace-range-problem" isLiveRegion>
          {problem ? (
            <HelperTextItem variant="error">{messages[problem]}</HelperTextItem>
          ) : (
            <HelperTextItem>
              {zone
                ? t('Both ends are included; times are in {{zone}}.', { zone })
                : t("Both ends are included; times are in the browser's time zone.")}
            </HelperTextItem>
          )}
        </HelperText>
      </FormHelperText>
    </Form>
  );
};
