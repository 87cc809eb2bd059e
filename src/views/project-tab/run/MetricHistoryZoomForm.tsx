import {
  Button,
  Flex,
  FlexItem,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';
import { useState } from 'react';

import { EXACT_WINDOW_STEPS, parseStepWindow } from '@/core/metrics/metric-window';
import type { StepWindow } from '@/core/metrics/metric-window';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface MetricHistoryZoomFormProps {
  metricKey: string;
  /** The steps shown now: the zoom window, or the whole history's first and last step. */
  shown?: StepWindow;
  zoomed: boolean;
  onZoom: (window: StepWindow | undefined) => void;
}

/**
 * The keyboard way to zoom (dragging across the chart is the other): two steps and Apply, and
 * Reset zoom back to the whole history. Mount it with a key of the window shown, so the fields
 * start from it.
 */
export const MetricHistoryZoomForm = ({
  metricKey,
  shown,
  zoomed,
  onZoom,
}: MetricHistoryZoomFormProps) => {
  const { t } = useMlflowTranslation();
  const [from, setFrom] = useState(shown ? String(shown.from) : '');
  const [to, setTo] = useState(shown ? String(shown.to) : '');
  const [problem, setProblem] = useState<string | undefined>();
  const fromId = `metric-zoom-from-${metricKey}`;
  const toId = `metric-zoom-to-${metricKey}`;

  const apply = () => {
    const parsed = parseStepWindow(from, to);
    if ('problem' in parsed) {
      setProblem(
        parsed.problem === 'reversed'
          ? t('"To step" must not be before "From step".')
          : t('Steps are whole numbers.'),
      );
      return;
    }
    setProblem(undefined);
    onZoom(parsed.window);
  };

  return (
    <Form
      aria-label={t('Zoom the chart of {{metric}}', { metric: metricKey })}
      onSubmit={(event) => {
        event.preventDefault();
        apply();
      }}
    >
      {/* The step fields share what the buttons leave of the line: at their default width the
          buttons would wrap to a line of their own and push the chart below the first screen. */}
      <Flex alignItems={{ default: 'alignItemsFlexEnd' }}>
        <FlexItem flex={{ default: 'flex_1' }}>
          <FormGroup label={t('From step')} fieldId={fromId}>
            <TextInput
              id={fromId}
              type="number"
              value={from}
              validated={problem ? 'error' : 'default'}
              onChange={(_event, value) => {
                setFrom(value);
              }}
            />
          </FormGroup>
        </FlexItem>
        <FlexItem flex={{ default: 'flex_1' }}>
          <FormGroup label={t('To step')} fieldId={toId}>
            <TextInput
              id={toId}
              type="number"
              value={to}
              validated={problem ? 'error' : 'default'}
              onChange={(_event, value) => {
                setTo(value);
              }}
            />
          </FormGroup>
        </FlexItem>
        <FlexItem>
          <Button variant="secondary" type="submit">
            {t('Apply zoom')}
          </Button>
        </FlexItem>
        {zoomed ? (
          <FlexItem>
            <Button
              variant="link"
              onClick={() => {
                onZoom(undefined);
              }}
            >
              {t('Reset zoom')}
            </Button>
          </FlexItem>
        ) : null}
      </Flex>
      <FormHelperText>
        <HelperText>
          <HelperTextItem variant={problem ? 'error' : 'default'}>
            {problem ??
              t(
                'Drag across the chart or type two steps. {{limit}} steps or fewer show every value.',
                { limit: EXACT_WINDOW_STEPS.toLocaleString() },
              )}
          </HelperTextItem>
        </HelperText>
      </FormHelperText>
    </Form>
  );
};
