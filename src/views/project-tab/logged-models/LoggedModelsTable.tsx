import { ColumnsTable } from '@/components/ColumnsTable';
import { PagedMlflowTable } from '@/components/PagedMlflowTable';
import { searchLoggedModels } from '@/core/mlflow';
import { useMlflowQuery } from '@/hooks/useMlflowApi';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { useTokenPaging } from '@/views/project-tab/common/useTokenPaging';

import { useLoggedModelsColumns } from './useLoggedModelsColumns';

interface LoggedModelsTableProps {
  namespace: string;
  experimentId: string;
  mlflowUrl?: string;
}

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
  const columns = useLoggedModelsColumns(namespace, experimentId, mlflowUrl);
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
      <ColumnsTable
        ariaLabel={t('Logged models')}
        columns={columns}
        rows={query.data?.items ?? []}
        rowKey={(model) => model.modelId}
      />
    </PagedMlflowTable>
  );
};

export default LoggedModelsTable;
