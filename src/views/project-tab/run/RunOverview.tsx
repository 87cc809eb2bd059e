import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  ExpandableSection,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { useState } from 'react';

import type { Run } from '@/core/mlflow';
import {
  formatDuration,
  formatMetricValue,
  isoTime,
  runDurationMs,
  runUser,
} from '@/core/mlflow/search-filter';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { KeyValueTable } from './KeyValueTable';

interface RunOverviewProps {
  run: Run;
  experimentName: string;
}

/** A run's Overview section: its facts, its metrics' latest values, its params and tags. */
export const RunOverview = ({ run, experimentName }: RunOverviewProps) => {
  const { t } = useMlflowTranslation();
  const [now] = useState(Date.now);
  const duration = runDurationMs(run, now);
  const userTags = run.data.tags.filter((tag) => !tag.key.startsWith('mlflow.'));
  const systemTags = run.data.tags.filter((tag) => tag.key.startsWith('mlflow.'));
  const metrics = [...run.data.metrics].sort((a, b) => a.key.localeCompare(b.key));
  return (
    <Stack hasGutter>
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
        <Title headingLevel="h3">{t('Metrics')}</Title>
        {metrics.length === 0 ? (
          <p>{t('None')}</p>
        ) : (
          <Table aria-label={t('Metrics')} variant="compact">
            <Thead>
              <Tr>
                <Th>{t('Metric')}</Th>
                <Th>{t('Latest value')}</Th>
                <Th>{t('Step')}</Th>
                <Th>{t('Logged')}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {metrics.map((metric) => (
                <Tr key={metric.key}>
                  <Td dataLabel={t('Metric')} modifier="breakWord">
                    {metric.key}
                  </Td>
                  <Td dataLabel={t('Latest value')}>{formatMetricValue(metric.value)}</Td>
                  <Td dataLabel={t('Step')}>{metric.step}</Td>
                  <Td dataLabel={t('Logged')}>
                    <Timestamp timestamp={isoTime(metric.timestamp)} />
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </StackItem>
      <StackItem>
        <Title headingLevel="h3">{t('Parameters')}</Title>
        <KeyValueTable rows={run.data.params} label={t('Parameters')} />
      </StackItem>
      <StackItem>
        <Title headingLevel="h3">{t('Tags')}</Title>
        <KeyValueTable rows={userTags} label={t('Tags')} />
        {systemTags.length > 0 ? (
          <ExpandableSection
            toggleText={t('MLflow system tags ({{number}})', { number: systemTags.length })}
          >
            <KeyValueTable rows={systemTags} label={t('MLflow system tags')} />
          </ExpandableSection>
        ) : null}
      </StackItem>
    </Stack>
  );
};
