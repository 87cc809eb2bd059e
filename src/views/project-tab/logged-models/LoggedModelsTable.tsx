import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Label, LabelGroup } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';

import { ExternalLinkButton } from '@/components/ExternalLinkButton';
import { LongText } from '@/components/LongText';
import { PagedMlflowTable } from '@/components/PagedMlflowTable';
import { mlflowUiLoggedModelUrl } from '@/core/links/mlflow-links';
import { searchLoggedModels } from '@/core/mlflow';
import type { LoggedModel, LoggedModelStatus } from '@/core/mlflow';
import { isoTime } from '@/core/mlflow/search-filter';
import { useMlflowQuery } from '@/hooks/useMlflowApi';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { useTokenPaging } from '@/views/project-tab/common/useTokenPaging';
import { SourceRunLink } from '@/views/project-tab/models/SourceRunLink';

interface LoggedModelsTableProps {
  namespace: string;
  experimentId: string;
  mlflowUrl?: string;
}

const STATUS_COLORS: Record<LoggedModelStatus, 'green' | 'blue' | 'red' | 'grey'> = {
  READY: 'green',
  PENDING: 'blue',
  UPLOAD_FAILED: 'red',
  UNSPECIFIED: 'grey',
};

/** A metric of a logged model as "key: value", the value at most 4 significant digits. */
const metricText = ({ key, value }: LoggedModel['metrics'][number]) =>
  `${key}: ${Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value)}`;

/** An experiment's logged models (MLflow 3): status, source run, metrics and params. */
const LoggedModelsTable = ({ namespace, experimentId, mlflowUrl }: LoggedModelsTableProps) => {
  const { t } = useMlflowTranslation();
  const { place, go } = useTabPlace();
  // The page lives in the URL (loggedSize, loggedPage), so Back returns to it and links keep it.
  const paging = useTokenPaging(place.loggedModelsPage, (loggedModelsPage) => {
    go({ ...place, loggedModelsPage });
  });
  const params = {
    experimentIds: [experimentId],
    maxResults: paging.pageSize,
    pageToken: paging.pageToken,
  };
  const query = useMlflowQuery(['mlflow', namespace, 'logged-models', params], (client, signal) =>
    searchLoggedModels(client, namespace, params, { signal }),
  );
  const statusText: Record<LoggedModelStatus, string> = {
    READY: t('Ready'),
    PENDING: t('Pending'),
    UPLOAD_FAILED: t('Upload failed'),
    UNSPECIFIED: t('Unknown'),
  };
  return (
    <PagedMlflowTable
      query={query}
      pagination={paging.paginationProps(query)}
      paginationLabel={t('Logged models pagination')}
      isSection
      what={t('logged models')}
      loadingLabel={t('Loading logged models')}
      emptyTitle={t('No logged models')}
      emptyBody={t(
        'Models logged from this experiment with mlflow.<flavor>.log_model or mlflow.initialize_logged_model appear here.',
      )}
    >
      <Table aria-label={t('Logged models')} variant="compact">
        <Thead>
          <Tr>
            <Th>{t('Name')}</Th>
            <Th>{t('Status')}</Th>
            <Th>{t('Source run')}</Th>
            <Th>{t('Metrics')}</Th>
            <Th>{t('Parameters')}</Th>
            <Th>{t('Created')}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {(query.data?.items ?? []).map((model) => {
            const modelUrl = mlflowUiLoggedModelUrl(
              mlflowUrl,
              namespace,
              experimentId,
              model.modelId,
            );
            return (
              <Tr key={model.modelId}>
                <Td dataLabel={t('Name')}>
                  <div>
                    <LongText text={model.name || model.modelId} />
                    {modelUrl ? ' ' : null}
                    {modelUrl ? (
                      <ExternalLinkButton
                        href={modelUrl}
                        isInline
                        aria-label={t('Open {{name}} in MLflow', { name: model.name })}
                      />
                    ) : null}
                  </div>
                  <small>
                    {model.modelType ? `${model.modelType} · ` : ''}
                    {model.modelId}
                  </small>
                </Td>
                <Td dataLabel={t('Status')}>
                  <Label isCompact color={STATUS_COLORS[model.status]}>
                    {statusText[model.status]}
                  </Label>
                  {model.statusMessage ? (
                    <div>
                      <small>
                        <LongText text={model.statusMessage} />
                      </small>
                    </div>
                  ) : null}
                </Td>
                <Td dataLabel={t('Source run')}>
                  {model.sourceRunId ? (
                    <SourceRunLink
                      namespace={namespace}
                      runId={model.sourceRunId}
                      experimentId={experimentId}
                    />
                  ) : (
                    '-'
                  )}
                </Td>
                <Td dataLabel={t('Metrics')}>
                  <LabelGroup numLabels={4}>
                    {model.metrics.map((metric) => (
                      <Label key={`${metric.key}@${String(metric.step)}`} isCompact>
                        {metricText(metric)}
                      </Label>
                    ))}
                  </LabelGroup>
                </Td>
                <Td dataLabel={t('Parameters')}>
                  <LabelGroup numLabels={4}>
                    {model.params.map((param) => (
                      <Label key={param.key} isCompact color="purple" textMaxWidth="24ch">
                        {`${param.key}=${param.value}`}
                      </Label>
                    ))}
                  </LabelGroup>
                </Td>
                <Td dataLabel={t('Created')}>
                  <Timestamp timestamp={isoTime(model.creationTime)} />
                </Td>
              </Tr>
            );
          })}
        </Tbody>
      </Table>
    </PagedMlflowTable>
  );
};

export default LoggedModelsTable;
