import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Alert, Spinner } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { Link } from 'react-router';

import { MlflowErrorState } from '@/components/MlflowErrorState';
import { SectionQueryError } from '@/components/SectionQueryError';
import { TRACE_SEARCH_EXPERIMENTS_LIMIT } from '@/core/mlflow';
import { experimentPlace } from '@/core/place/tab-place';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';

import { usePromptTraces } from './usePrompts';

interface PromptTracesProps {
  namespace: string;
  name: string;
  version: string;
}

/** The traces MLflow linked to a prompt version, in the experiments they belong to. */
export const PromptTraces = ({ namespace, name, version }: PromptTracesProps) => {
  const { t } = useMlflowTranslation();
  const { place, pathOf } = useTabPlace();
  const { experiments, traces, partial } = usePromptTraces(namespace, name, version);
  if (experiments.error) {
    return (
      <MlflowErrorState
        error={experiments.error}
        title={t('experiments')}
        onRetry={experiments.retry}
      />
    );
  }
  if (traces.error) {
    return <SectionQueryError error={traces.error} what={t('traces')} onRetry={traces.retry} />;
  }
  if (!traces.data) return <Spinner size="md" aria-label={t('Loading traces')} />;
  const experimentName = (experimentId: string) =>
    experiments.data?.items.find((experiment) => experiment.experiment_id === experimentId)?.name ??
    experimentId;
  return (
    <>
      {partial ? (
        <Alert
          isInline
          isPlain
          variant="info"
          title={t('Searched the {{count}} most recently updated experiments.', {
            count: TRACE_SEARCH_EXPERIMENTS_LIMIT,
          })}
        />
      ) : null}
      {traces.data.items.length === 0 ? (
        <p>{t('No trace is linked to this version.')}</p>
      ) : (
        <Table aria-label={t('Traces that used this version')} variant="compact">
          <Thead>
            <Tr>
              <Th>{t('Trace')}</Th>
              <Th>{t('Experiment')}</Th>
              <Th>{t('State')}</Th>
              <Th>{t('Time')}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {traces.data.items.map((trace) => (
              <Tr key={trace.traceId}>
                <Td dataLabel={t('Trace')}>
                  {trace.name ? <div>{trace.name}</div> : null}
                  <small>{trace.traceId}</small>
                </Td>
                <Td dataLabel={t('Experiment')}>
                  <Link to={pathOf(experimentPlace(place, trace.experimentId))}>
                    {experimentName(trace.experimentId)}
                  </Link>
                </Td>
                <Td dataLabel={t('State')}>{trace.state ?? '-'}</Td>
                <Td dataLabel={t('Time')}>
                  <Timestamp timestamp={trace.requestTime} />
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </>
  );
};
