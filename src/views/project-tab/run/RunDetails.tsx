import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  ExpandableSection,
  FlexItem,
  Spinner,
  StackItem,
  Title,
} from '@patternfly/react-core';
import { ExpandableRowContent, Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useState } from 'react';

import { mlflowUiRunUrl } from '@/core/links/mlflow-links';
import {
  formatDuration,
  formatMetricValue,
  isoTime,
  runDisplayName,
  runDurationMs,
  runUser,
} from '@/core/mlflow/search-filter';
import { useMlflowRun } from '@/hooks/useMlflowData';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { DetailsHeader } from '@/views/project-tab/common/DetailsHeader';
import { PlaceNotShown } from '@/views/project-tab/common/PlaceNotShown';
import { RunStatusLabel } from '@/views/project-tab/runs/RunStatusLabel';

import { LazyRunArtifacts } from './artifacts/LazyRunArtifacts';
import { KeyValueTable } from './KeyValueTable';
import './RunDetails.css';
import { MetricHistoryPanel } from './MetricHistoryPanel';

interface RunDetailsProps {
  namespace: string;
  runId: string;
  experimentName: string;
  /** The MLflow UI's public URL (status.url), for the "Open in MLflow" link. */
  mlflowUrl?: string;
  /** The runs list the run belongs to, as a router path: the way back when it cannot be shown. */
  runsListPath: string;
}

/** One run: its facts, params, tags, and metrics with their history drawn on demand. */
export const RunDetails = ({
  namespace,
  runId,
  experimentName,
  mlflowUrl,
  runsListPath,
}: RunDetailsProps) => {
  const { t } = useMlflowTranslation();
  const query = useMlflowRun(namespace, runId);
  const { chartZoom } = useTabPlace().place;
  // A link to a zoomed chart opens that chart.
  const [openCharts, setOpenCharts] = useState<string[]>(chartZoom ? [chartZoom.metricKey] : []);
  const [now] = useState(Date.now);
  const run = query.data;
  if (!run) {
    return query.error ? (
      <PlaceNotShown
        error={query.error}
        what={t('the run')}
        notFoundTitle={t('Run {{runId}} is not in this workspace', { runId })}
        backTo={runsListPath}
        backLabel={t('Back to the runs of {{experiment}}', { experiment: experimentName })}
        onRetry={query.retry}
      />
    ) : (
      <Spinner aria-label={t('Loading run')} />
    );
  }
  const duration = runDurationMs(run, now);
  const runUrl = mlflowUiRunUrl(mlflowUrl, namespace, run.info.experiment_id, run.info.run_id);
  const userTags = run.data.tags.filter((tag) => !tag.key.startsWith('mlflow.'));
  const systemTags = run.data.tags.filter((tag) => tag.key.startsWith('mlflow.'));
  const metrics = [...run.data.metrics].sort((a, b) => a.key.localeCompare(b.key));
  const toggleChart = (key: string) => {
    setOpenCharts((open) => (open.includes(key) ? open.filter((k) => k !== key) : [...open, key]));
  };

  return (
    <DetailsHeader
      heading={
        <>
          <FlexItem>
            <Title headingLevel="h3" className="mlflow-plugin__wrap-anywhere">
              {runDisplayName(run)}
            </Title>
          </FlexItem>
          <FlexItem>
            <RunStatusLabel status={run.info.status} />
          </FlexItem>
        </>
      }
      mlflowUrl={runUrl}
      mlflowLabel={t('Open run in MLflow')}
    >
      <StackItem>
        <DescriptionList isCompact isHorizontal columnModifier={{ lg: '2Col' }}>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Experiment')}</DescriptionListTerm>
            <DescriptionListDescription className="mlflow-plugin__wrap-anywhere">
              {experimentName}
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Run ID')}</DescriptionListTerm>
            <DescriptionListDescription>{run.info.run_id}</DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('User')}</DescriptionListTerm>
            <DescriptionListDescription>{runUser(run) ?? '-'}</DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Started')}</DescriptionListTerm>
            <DescriptionListDescription>
              <Timestamp timestamp={isoTime(run.info.start_time)} />
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Duration')}</DescriptionListTerm>
            <DescriptionListDescription>
              {duration === undefined ? '-' : formatDuration(duration)}
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Artifact location')}</DescriptionListTerm>
            <DescriptionListDescription>{run.info.artifact_uri ?? '-'}</DescriptionListDescription>
          </DescriptionListGroup>
        </DescriptionList>
      </StackItem>
      <StackItem>
        <Title headingLevel="h4">{t('Metrics')}</Title>
        {metrics.length === 0 ? (
          <p>{t('None')}</p>
        ) : (
          <Table aria-label={t('Metrics')} variant="compact">
            <Thead>
              <Tr>
                <Th screenReaderText={t('Show history')} />
                <Th>{t('Metric')}</Th>
                <Th>{t('Latest value')}</Th>
                <Th>{t('Step')}</Th>
                <Th>{t('Logged')}</Th>
              </Tr>
            </Thead>
            {metrics.map((metric, index) => {
              const isOpen = openCharts.includes(metric.key);
              return (
                <Tbody key={metric.key} isExpanded={isOpen}>
                  <Tr>
                    <Td
                      expand={{
                        rowIndex: index,
                        isExpanded: isOpen,
                        onToggle: () => {
                          toggleChart(metric.key);
                        },
                        expandId: `metric-${metric.key}`,
                      }}
                    />
                    <Td dataLabel={t('Metric')} modifier="breakWord">
                      {metric.key}
                    </Td>
                    <Td dataLabel={t('Latest value')}>{formatMetricValue(metric.value)}</Td>
                    <Td dataLabel={t('Step')}>{metric.step}</Td>
                    <Td dataLabel={t('Logged')}>
                      <Timestamp timestamp={isoTime(metric.timestamp)} />
                    </Td>
                  </Tr>
                  <Tr isExpanded={isOpen}>
                    <Td colSpan={5}>
                      <ExpandableRowContent>
                        {isOpen ? (
                          <MetricHistoryPanel
                            namespace={namespace}
                            runId={run.info.run_id}
                            metricKey={metric.key}
                          />
                        ) : null}
                      </ExpandableRowContent>
                    </Td>
                  </Tr>
                </Tbody>
              );
            })}
          </Table>
        )}
      </StackItem>
      <StackItem>
        <Title headingLevel="h4">{t('Parameters')}</Title>
        <KeyValueTable rows={run.data.params} label={t('Parameters')} />
      </StackItem>
      <StackItem>
        <Title headingLevel="h4">{t('Tags')}</Title>
        <KeyValueTable rows={userTags} label={t('Tags')} />
        {systemTags.length > 0 ? (
          <ExpandableSection
            toggleText={t('MLflow system tags ({{number}})', { number: systemTags.length })}
          >
            <KeyValueTable rows={systemTags} label={t('MLflow system tags')} />
          </ExpandableSection>
        ) : null}
      </StackItem>
      <StackItem>
        <LazyRunArtifacts
          namespace={namespace}
          experimentId={run.info.experiment_id}
          runId={run.info.run_id}
          mlflowUrl={mlflowUrl}
        />
      </StackItem>
    </DetailsHeader>
  );
};
