import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  EmptyState,
  EmptyStateBody,
  Spinner,
  Stack,
  StackItem,
} from '@patternfly/react-core';

import { ColumnsTable } from '@/components/ColumnsTable';
import type { ColumnDefinition } from '@/components/ColumnsTable';
import { LongText } from '@/components/LongText';
import { SectionQueryError } from '@/components/SectionQueryError';
import { listScorers, listScorerVersions } from '@/core/mlflow';
import type { RegisteredScorer, ScorerKind } from '@/core/mlflow';
import { isoTime } from '@/core/mlflow/search-filter';
import { useMlflowQuery } from '@/hooks/useMlflowApi';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { JsonBlock } from '@/views/project-tab/traces/JsonBlock';

import './ScorersTable.css';

interface ScorersTableProps {
  namespace: string;
  experimentId: string;
}

/** How many versions a scorer has: MLflow lists them per scorer. */
const VersionCount = ({ namespace, experimentId, name }: ScorersTableProps & { name: string }) => {
  const { t } = useMlflowTranslation();
  const versions = useMlflowQuery(
    ['mlflow', namespace, 'scorer-versions', experimentId, name],
    (client, signal) => listScorerVersions(client, namespace, experimentId, name, { signal }),
  );
  if (versions.error) return <>{t('Not known: {{reason}}', { reason: versions.error.message })}</>;
  if (!versions.data) return <Spinner size="sm" aria-label={t('Loading versions')} />;
  return <>{String(versions.data.length)}</>;
};

/**
 * The scorers registered on an experiment, read-only: name, newest version, kind and definition.
 * Online scoring is not offered: OpenShift AI runs no MLflow server jobs.
 */
const ScorersTable = ({ namespace, experimentId }: ScorersTableProps) => {
  const { t } = useMlflowTranslation();
  const scorers = useMlflowQuery(['mlflow', namespace, 'scorers', experimentId], (client, signal) =>
    listScorers(client, namespace, experimentId, { signal }),
  );
  const kinds: Record<ScorerKind, string> = {
    builtin: t('Built-in judge'),
    'llm-judge': t('LLM judge'),
    code: t('Code'),
    unknown: t('Unknown'),
  };
  const columns: ColumnDefinition<RegisteredScorer>[] = [
    {
      id: 'name',
      title: t('Name'),
      modifier: 'nowrap',
      cell: (scorer) => <LongText text={scorer.name} />,
    },
    {
      id: 'version',
      title: t('Version'),
      modifier: 'fitContent',
      cell: (scorer) => (scorer.version === undefined ? '-' : String(scorer.version)),
    },
    {
      id: 'versions',
      title: t('Versions'),
      modifier: 'fitContent',
      cell: (scorer) => (
        <VersionCount namespace={namespace} experimentId={experimentId} name={scorer.name} />
      ),
    },
    {
      id: 'kind',
      title: t('Kind'),
      modifier: 'nowrap',
      cell: (scorer) => kinds[scorer.kind],
    },
    {
      id: 'registered',
      title: t('Registered'),
      modifier: 'fitContent',
      cell: (scorer) => <Timestamp timestamp={isoTime(scorer.creationTime)} />,
    },
    {
      id: 'definition',
      title: t('Definition'),
      width: 50,
      cell: (scorer) => (
        <div className="mlflow-plugin__scorer-definition">
          <JsonBlock
            value={scorer.definition}
            label={t('Definition of {{name}}', { name: scorer.name })}
          />
        </div>
      ),
    },
  ];
  const body = () => {
    if (scorers.error) {
      return (
        <SectionQueryError error={scorers.error} what={t('scorers')} onRetry={scorers.retry} />
      );
    }
    if (!scorers.data) return <Spinner aria-label={t('Loading scorers')} />;
    if (scorers.data.length === 0) {
      return (
        <EmptyState titleText={t('No scorers')} headingLevel="h3">
          <EmptyStateBody>
            {t('Scorers registered on this experiment with Scorer.register appear here.')}
          </EmptyStateBody>
        </EmptyState>
      );
    }
    return (
      <ColumnsTable
        ariaLabel={t('Scorers')}
        columns={columns}
        rows={scorers.data}
        rowKey={(scorer) => scorer.name}
      />
    );
  };
  return (
    <Stack hasGutter>
      <StackItem>
        <Alert
          isInline
          isPlain
          variant="info"
          title={t('Online scoring is disabled in OpenShift AI')}
        >
          {t(
            'MLflow runs no scoring jobs here: scorers score traces when mlflow.genai.evaluate calls them.',
          )}
        </Alert>
      </StackItem>
      <StackItem>{body()}</StackItem>
    </Stack>
  );
};

export default ScorersTable;
