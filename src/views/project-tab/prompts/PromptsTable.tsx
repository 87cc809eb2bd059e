import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Label, LabelGroup } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { Link } from 'react-router';

import { DESCRIPTION_MAX_CHARS, LongText } from '@/components/LongText';
import { PagedMlflowTable } from '@/components/PagedMlflowTable';
import { userTags } from '@/core/mlflow';
import { isoTime } from '@/core/mlflow/search-filter';
import { promptPlace } from '@/core/place/tab-place';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { useTokenPaging } from '@/views/project-tab/common/useTokenPaging';

import { usePrompts } from './usePrompts';

/** The workspace's prompts: name, newest version, aliases and tags. */
export const PromptsTable = ({ namespace }: { namespace: string }) => {
  const { t } = useMlflowTranslation();
  const { place, go, pathOf } = useTabPlace();
  const paging = useTokenPaging(place.promptsPage, (promptsPage) => {
    go({ ...place, promptsPage });
  });
  const query = usePrompts(namespace, { maxResults: paging.pageSize, pageToken: paging.pageToken });
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
      <Table aria-label={t('Prompts')} variant="compact">
        <Thead>
          <Tr>
            <Th>{t('Name')}</Th>
            <Th>{t('Latest version')}</Th>
            <Th>{t('Aliases')}</Th>
            <Th>{t('Tags')}</Th>
            <Th>{t('Last updated')}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {(query.data?.items ?? []).map((prompt) => {
            const latest = prompt.latest_versions.at(-1)?.version;
            return (
              <Tr key={prompt.name}>
                <Td dataLabel={t('Name')}>
                  <Link to={pathOf(promptPlace(place, prompt.name))}>
                    <LongText text={prompt.name} inControl />
                  </Link>
                  {prompt.description ? (
                    <div>
                      <small>
                        <LongText text={prompt.description} maxChars={DESCRIPTION_MAX_CHARS} />
                      </small>
                    </div>
                  ) : null}
                </Td>
                <Td dataLabel={t('Latest version')}>
                  {latest ? t('Version {{version}}', { version: latest }) : '-'}
                </Td>
                <Td dataLabel={t('Aliases')}>
                  <LabelGroup>
                    {prompt.aliases.map(({ alias, version }) => (
                      <Label key={alias} isCompact color="blue" textMaxWidth="24ch">
                        {`@${alias} → v${version}`}
                      </Label>
                    ))}
                  </LabelGroup>
                </Td>
                <Td dataLabel={t('Tags')}>
                  <LabelGroup numLabels={3}>
                    {userTags(prompt.tags).map(({ key, value }) => (
                      <Label key={key} isCompact textMaxWidth="24ch">
                        {`${key}=${value}`}
                      </Label>
                    ))}
                  </LabelGroup>
                </Td>
                <Td dataLabel={t('Last updated')}>
                  <Timestamp timestamp={isoTime(prompt.last_updated_timestamp)} />
                </Td>
              </Tr>
            );
          })}
        </Tbody>
      </Table>
    </PagedMlflowTable>
  );
};
