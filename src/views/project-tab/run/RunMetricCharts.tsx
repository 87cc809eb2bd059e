import { Title } from '@patternfly/react-core';

import type { Run } from '@/core/mlflow';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { MetricHistoryPanel } from './MetricHistoryPanel';

interface RunMetricChartsProps {
  namespace: string;
  run: Run;
}

/** A run's Metrics section: every metric's history chart, side by side across the full width. */
export const RunMetricCharts = ({ namespace, run }: RunMetricChartsProps) => {
  const { t } = useMlflowTranslation();
  const keys = run.data.metrics.map((metric) => metric.key).sort((a, b) => a.localeCompare(b));
  if (keys.length === 0) return <p>{t('This run has no metrics.')}</p>;
  return (
    <div className="mlflow-plugin__run-charts">
      {keys.map((key) => (
        <section key={key} aria-label={t('Metric {{metric}}', { metric: key })}>
          <Title headingLevel="h3" size="md" className="mlflow-plugin__wrap-anywhere">
            {key}
          </Title>
          <MetricHistoryPanel namespace={namespace} runId={run.info.run_id} metricKey={key} />
        </section>
      ))}
    </div>
  );
};
