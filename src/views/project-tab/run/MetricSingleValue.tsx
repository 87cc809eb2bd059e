import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';

import { formatMetricValue } from '@/core/mlflow/search-filter';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import type { ChartPoint } from './MetricHistoryChart';

interface MetricSingleValueProps {
  metricKey: string;
  point: ChartPoint;
}

/** A metric logged once (a final score, say): its value, large, with its step and time. */
export const MetricSingleValue = ({ metricKey, point }: MetricSingleValueProps) => {
  const { t } = useMlflowTranslation();
  return (
    <figure className="mlflow-plugin__metric-chart mlflow-plugin__metric-value">
      <p className="mlflow-plugin__metric-value-number">{formatMetricValue(point.y)}</p>
      <figcaption className="mlflow-plugin__metric-chart-caption">
        {t('{{metric}}, logged once, at step {{step}}', { metric: metricKey, step: point.x })} (
        <Timestamp timestamp={new Date(point.timestamp).toISOString()} simple />)
      </figcaption>
    </figure>
  );
};
