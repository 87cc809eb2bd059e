import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import { Label, LabelGroup } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { Link } from 'react-router';

import { ExternalLinkButton } from '@/components/ExternalLinkButton';
import { DESCRIPTION_MAX_CHARS, LongText } from '@/components/LongText';
import { PagedMlflowTable } from '@/components/PagedMlflowTable';
import { mlflowUiModelUrl } from '@/core/links/mlflow-links';
import { aliasesByVersion, withoutPrompts } from '@/core/mlflow';
import { isoTime } from '@/core/mlflow/search-filter';
import { modelPlace } from '@/core/place/tab-place';
import { useRegisteredModels } from '@/hooks/useMlflowData';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { useTokenPaging } from '@/views/project-tab/common/useTokenPaging';

interface RegisteredModelsTableProps {
  namespace: string;
  /** The MLflow UI's public URL (status.url), for each model's "Open in MLflow" link. */
  mlflowUrl?: string;
}

/** The workspace's registered models (not prompts), their latest versions, stages and aliases. */
export const RegisteredModelsTable = ({ namespace, mlflowUrl }: RegisteredModelsTableProps) => {
  const { t } = useMlflowTranslation();
  const { place, go, pathOf } = useTabPlace();
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
      <Table aria-label={t('Registered models')} variant="compact">
        <Thead>
          <Tr>
            <Th>{t('Name')}</Th>
            <Th>{t('Latest versions')}</Th>
            <Th>{t('Aliases')}</Th>
            <Th>{t('Last updated')}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {models.map((model) => {
            const aliases = aliasesByVersion(model);
            const modelUrl = mlflowUiModelUrl(mlflowUrl, namespace, model.name);
            return (
              <Tr key={model.name}>
                <Td dataLabel={t('Name')}>
                  <div>
                    <Link to={pathOf(modelPlace(place, model.name))}>
                      <LongText text={model.name} inControl />
                    </Link>
                    {modelUrl ? ' ' : null}
                    {modelUrl ? (
                      <ExternalLinkButton
                        href={modelUrl}
                        isInline
                        aria-label={t('Open {{name}} in MLflow', { name: model.name })}
                      />
                    ) : null}
                  </div>
                  {model.description ? (
                    <small>
                      <LongText text={model.description} maxChars={DESCRIPTION_MAX_CHARS} />
                    </small>
                  ) : null}
                </Td>
                <Td dataLabel={t('Latest versions')}>
                  <LabelGroup>
                    {model.latest_versions.map((version) => (
                      <Label key={version.version} isCompact>
                        {version.current_stage && version.current_stage !== 'None'
                          ? t('Version {{version}} ({{stage}})', {
                              version: version.version,
                              stage: version.current_stage,
                            })
                          : t('Version {{version}}', { version: version.version })}
                      </Label>
                    ))}
                  </LabelGroup>
                </Td>
                <Td dataLabel={t('Aliases')}>
                  {aliases.size === 0 ? (
                    '-'
                  ) : (
                    <LabelGroup>
                      {[...aliases.entries()].flatMap(([version, names]) =>
                        names.map((alias) => (
                          <Label key={alias} isCompact color="blue" textMaxWidth="24ch">
                            {`@${alias} → v${version}`}
                          </Label>
                        )),
                      )}
                    </LabelGroup>
                  )}
                </Td>
                <Td dataLabel={t('Last updated')}>
                  <Timestamp timestamp={isoTime(model.last_updated_timestamp)} />
                </Td>
              </Tr>
            );
          })}
        </Tbody>
      </Table>
    </PagedMlflowTable>
  );
};
