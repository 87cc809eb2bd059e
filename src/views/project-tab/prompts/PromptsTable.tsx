import { ColumnsTable } from '@/components/ColumnsTable';
import { PagedMlflowTable } from '@/components/PagedMlflowTable';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { useTokenPaging } from '@/views/project-tab/common/useTokenPaging';

import { usePrompts } from './usePrompts';
import { usePromptsColumns } from './usePromptsColumns';

/** The workspace's prompts: name, newest version, aliases and tags. */
export const PromptsTable = ({ namespace }: { namespace: string }) => {
  const { t } = useMlflowTranslation();
  const { place, go } = useTabPlace();
  const paging = useTokenPaging(place.promptsPage, (promptsPage) => {
    go({ ...place, promptsPage });
  });
  const query = usePrompts(namespace, { maxResults: paging.pageSize, pageToken: paging.pageToken });
  const columns = usePromptsColumns();
  return (
    <PagedMlflowTable
      query={query}
      pagination={paging.paginationProps(query)}
      paginationLabel={t('Prompts pagination')}
      isSection
      what={t('prompts')}
      loadingLabel={t('Loading prompts')}
      emptyTitle={t('No prompts')}
      emptyBody={t(
        'Prompts registered with mlflow.genai.register_prompt in this workspace appear here.',
      )}
    >
      <ColumnsTable
        ariaLabel={t('Prompts')}
        columns={columns}
        rows={query.data?.items ?? []}
        rowKey={(prompt) => prompt.name}
      />
    </PagedMlflowTable>
  );
};
