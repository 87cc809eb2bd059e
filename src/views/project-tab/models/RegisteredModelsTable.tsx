import { ColumnsTable } from '@/components/ColumnsTable';
import { PagedMlflowTable } from '@/components/PagedMlflowTable';
import { withoutPrompts } from '@/core/mlflow';
import { useRegisteredModels } from '@/hooks/useMlflowData';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { useTokenPaging } from '@/views/project-tab/common/useTokenPaging';

import { useRegisteredModelsColumns } from './useRegisteredModelsColumns';

interface RegisteredModelsTableProps {
  namespace: string;
  /** The MLflow UI's public URL (status.url), for each model's "Open in MLflow" link. */
  mlflowUrl?: string;
}

/** The workspace's registered models (not prompts), their latest versions, stages and aliases. */
export const RegisteredModelsTable = ({ namespace, mlflowUrl }: RegisteredModelsTableProps) => {
  const { t } = useMlflowTranslation();
  const { place, go } = useTabPlace();
  const paging = useTokenPaging(place.modelsPage, (modelsPage) => {
    go({ ...place, modelsPage });
  });
  const query = useRegisteredModels(namespace, {
    maxResults: paging.pageSize,
    pageToken: paging.pageToken,
    orderBy: ['last_updated_timestamp DESC', 'name ASC'],
  });
  // MLflow's SQL store already leaves prompts out; a store that does not must not show them here.
  const models = withoutPrompts(query.data?.items ?? []);
  const columns = useRegisteredModelsColumns(namespace, mlflowUrl);

  return (
    <PagedMlflowTable
      query={query}
      pagination={paging.paginationProps(query)}
      paginationLabel={t('Registered models pagination')}
      what={t('registered models')}
      loadingLabel={t('Loading registered models')}
      emptyTitle={t('No registered models')}
      emptyBody={t('Models registered from runs of this workspace appear here.')}
    >
      <ColumnsTable
        ariaLabel={t('Registered models')}
        columns={columns}
        rows={models}
        rowKey={(model) => model.name}
      />
    </PagedMlflowTable>
  );
};
