/**
 * The comparison of the runs the URL names (`compare`): their metrics overlaid per key, their
 * summary metrics sortable, their params and tags side by side. Loaded with React.lazy when a
 * comparison is first opened, so its code is its own chunk.
 */
import { Alert, List, ListItem, Spinner, StackItem, Switch, Title } from '@patternfly/react-core';
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';

import { MlflowErrorState } from '@/components/MlflowErrorState';
import { mlflowUiCompareRunsUrl } from '@/core/links/mlflow-links';
import {
  compareKeyValues,
  MAX_COMPARED_RUNS,
  MIN_COMPARED_RUNS,
  resolveComparedRuns,
  visibleRows,
} from '@/core/metrics/compare';
import { collectRunKeys, runDisplayName, userTags } from '@/core/mlflow/search-filter';
import { useComparedRunsSearch } from '@/hooks/useComparedRuns';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { DetailsHeader } from '@/views/project-tab/common/DetailsHeader';
import type { Crumb } from '@/views/project-tab/common/DetailsHeader';

import { ComparedKeyValueTable } from './ComparedKeyValueTable';
import { ComparedMetricChart, loadMetricHistoryChart } from './ComparedMetricChart';
import { ComparedSummaryTable } from './ComparedSummaryTable';
import './CompareRuns.css';

export interface CompareRunsViewProps {
  namespace: string;
  experimentId: string;
  runIds: string[];
  /** The way up: the experiments list and the runs table (with this selection). */
  crumbs: readonly Crumb[];
  /** The MLflow CR's status URL, for "Open in MLflow". */
  mlflowUrl?: string;
}

const CompareRunsView = ({
  namespace,
  experimentId,
  runIds,
  crumbs,
  mlflowUrl,
}: CompareRunsViewProps) => {
  const { t } = useMlflowTranslation();
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  // Fetch the chart's code while the runs are on their way, not after.
  useEffect(() => {
    void loadMetricHistoryChart();
  }, []);
  const search = useComparedRunsSearch(namespace, experimentId, runIds);
  const frame = (body: ReactNode, title = t('Compare runs'), comparedIds = runIds) => (
    <DetailsHeader
      crumbs={crumbs}
      title={title}
      mlflowUrl={mlflowUiCompareRunsUrl(mlflowUrl, namespace, experimentId, comparedIds)}
      mlflowLabel={t('Open comparison in MLflow')}
    >
      {body}
    </DetailsHeader>
  );

  if (search.error) {
    return frame(
      <StackItem>
        <MlflowErrorState
          error={search.error}
          title={t('the compared runs')}
          onRetry={search.retry}
        />
      </StackItem>,
    );
  }
  if (!search.data) {
    return frame(
      <StackItem>
        <Spinner size="lg" aria-label={t('Loading the compared runs')} />
      </StackItem>,
    );
  }

  const { runs, missing, deleted, beyondLimit } = resolveComparedRuns(runIds, search.data.items);
  const { metricKeys } = collectRunKeys(runs);
  const params = visibleRows(
    compareKeyValues(runs, (run) => run.data.params),
    onlyDifferences,
  );
  const tags = visibleRows(
    compareKeyValues(runs, (run) => userTags(run.data.tags)),
    onlyDifferences,
  );

  const notCompared =
    missing.length + deleted.length + beyondLimit.length > 0 ? (
      <Alert isInline variant="warning" title={t('Some runs of this link are not compared')}>
        <List>
          {missing.map((id) => (
            <ListItem key={id}>
              {t('Run {{runId}} is not in this experiment: it may have been deleted for good.', {
                runId: id,
              })}
            </ListItem>
          ))}
          {deleted.map((run) => (
            <ListItem key={run.info.run_id}>
              {t('Run {{name}} ({{runId}}) was deleted.', {
                name: runDisplayName(run),
                runId: run.info.run_id,
              })}
            </ListItem>
          ))}
          {beyondLimit.length > 0 ? (
            <ListItem>
              {t('At most {{max}} runs are compared; left out: {{runIds}}.', {
                max: MAX_COMPARED_RUNS,
                runIds: beyondLimit.join(', '),
              })}
            </ListItem>
          ) : null}
        </List>
      </Alert>
    ) : null;

  if (runs.length < MIN_COMPARED_RUNS) {
    return frame(
      <>
        {notCompared ? <StackItem>{notCompared}</StackItem> : null}
        <StackItem>
          <Alert isInline variant="info" title={t('Select at least 2 runs to compare')}>
            {t(
              'Tick 2 to {{max}} runs in the runs table, then choose Compare. Runs this link leaves to compare: {{number}}.',
              { max: MAX_COMPARED_RUNS, number: runs.length },
            )}
          </Alert>
        </StackItem>
      </>,
    );
  }

  return frame(
    <>
      {notCompared ? <StackItem>{notCompared}</StackItem> : null}
      <StackItem>
        <Title headingLevel="h3">{t('Metrics')}</Title>
        {metricKeys.length === 0 ? (
          <p>{t('These runs have no metrics.')}</p>
        ) : (
          <div className="mlflow-plugin__compare-charts">
            {metricKeys.map((key) => (
              <section key={key} aria-label={t('Metric {{metric}}', { metric: key })}>
                <Title headingLevel="h4" className="mlflow-plugin__wrap-anywhere">
                  {t('{{metric}} by step', { metric: key })}
                </Title>
                <ComparedMetricChart
                  namespace={namespace}
                  metricKey={key}
                  runs={runs.filter((run) => run.data.metrics.some((metric) => metric.key === key))}
                />
              </section>
            ))}
          </div>
        )}
      </StackItem>
      <StackItem>
        <Title headingLevel="h3">{t('Summary metrics')}</Title>
        <ComparedSummaryTable runs={runs} metricKeys={metricKeys} />
      </StackItem>
      <StackItem>
        <Switch
          id="mlflow-plugin-compare-only-differences"
          label={t('Show only differences')}
          isChecked={onlyDifferences}
          onChange={(_event, checked) => {
            setOnlyDifferences(checked);
          }}
        />
      </StackItem>
      <StackItem>
        <Title headingLevel="h3">{t('Parameters')}</Title>
        <ComparedKeyValueTable
          runs={runs}
          rows={params}
          label={t('Parameters')}
          emptyText={onlyDifferences ? t('No parameter differs.') : t('None')}
        />
      </StackItem>
      <StackItem>
        <Title headingLevel="h3">{t('Tags')}</Title>
        <ComparedKeyValueTable
          runs={runs}
          rows={tags}
          label={t('Tags')}
          emptyText={onlyDifferences ? t('No tag differs.') : t('None')}
        />
      </StackItem>
    </>,
    t('Comparing {{number}} runs', { number: runs.length }),
    runs.map((run) => run.info.run_id),
  );
};

export default CompareRunsView;
