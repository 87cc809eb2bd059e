import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  Alert,
  Label,
  LabelGroup,
  Spinner,
  Stack,
  StackItem,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { Link } from 'react-router';

import { ExternalLinkButton } from '@/components/ExternalLinkButton';
import { DESCRIPTION_MAX_CHARS, LongText } from '@/components/LongText';
import { MlflowQueryState } from '@/components/MlflowQueryState';
import { SectionQueryError } from '@/components/SectionQueryError';
import { TokenPagination } from '@/components/TokenPagination';
import { mlflowUiModelUrl, mlflowUiModelVersionUrl } from '@/core/links/mlflow-links';
import { aliasesByVersion, isPromptTagged } from '@/core/mlflow';
import { isoTime } from '@/core/mlflow/search-filter';
import { modelsListOf, promptPlace } from '@/core/place/tab-place';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { DetailsHeader } from '@/views/project-tab/common/DetailsHeader';
import { useTokenPaging } from '@/views/project-tab/common/useTokenPaging';

import { ModelVersionStatusLabel } from './ModelVersionStatusLabel';
import { SourceRunLink } from './SourceRunLink';
import { useModelVersions, useRegisteredModel } from './useModelVersions';

interface ModelDetailsProps {
  namespace: string;
  name: string;
  mlflowUrl?: string;
}

/** A registered model: its description, tags, and its versions with status, aliases, run, tags. */
const ModelDetails = ({ namespace, name, mlflowUrl }: ModelDetailsProps) => {
  const { t } = useMlflowTranslation();
  const { place, go, pathOf } = useTabPlace();
  const model = useRegisteredModel(namespace, name);
  const paging = useTokenPaging(place.modelVersionsPage, (modelVersionsPage) => {
    go({ ...place, modelVersionsPage });
  });
  const versions = useModelVersions(namespace, name, place.modelVersionsPage);
  const listPath = pathOf(modelsListOf(place));

  const body = () => {
    if (!model.data) return <Spinner aria-label={t('Loading the registered model')} />;
    if (isPromptTagged(model.data.tags)) {
      return (
        <Alert isInline variant="info" title={t('{{name}} is a prompt', { name })}>
          <Link to={pathOf(promptPlace(place, name))}>{t('Open the prompt')}</Link>
        </Alert>
      );
    }
    if (versions.error) {
      return (
        <SectionQueryError
          error={versions.error}
          what={t('model versions')}
          onRetry={versions.retry}
        />
      );
    }
    const aliases = aliasesByVersion(model.data);
    return (
      <Stack hasGutter>
        {model.data.description ? (
          <StackItem>
            <LongText text={model.data.description} maxChars={DESCRIPTION_MAX_CHARS} />
          </StackItem>
        ) : null}
        {model.data.tags.length > 0 ? (
          <StackItem>
            <LabelGroup categoryName={t('Tags')}>
              {model.data.tags.map(({ key, value }) => (
                <Label key={key} isCompact textMaxWidth="32ch">{`${key}=${value}`}</Label>
              ))}
            </LabelGroup>
          </StackItem>
        ) : null}
        <StackItem>
          <Toolbar>
            <ToolbarContent>
              <ToolbarItem variant="pagination">
                <TokenPagination
                  ariaLabel={t('Model versions pagination')}
                  {...paging.paginationProps(versions)}
                />
              </ToolbarItem>
            </ToolbarContent>
          </Toolbar>
          <MlflowQueryState
            query={versions}
            what={t('model versions')}
            loadingLabel={t('Loading model versions')}
            emptyTitle={t('No versions')}
            emptyBody={t('Versions registered for this model appear here.')}
          >
            <Table aria-label={t('Versions of {{name}}', { name })} variant="compact">
              <Thead>
                <Tr>
                  <Th>{t('Version')}</Th>
                  <Th>{t('Status')}</Th>
                  <Th>{t('Aliases')}</Th>
                  <Th>{t('Source run')}</Th>
                  <Th>{t('Tags')}</Th>
                  <Th>{t('Created')}</Th>
                </Tr>
              </Thead>
              <Tbody>
                {(versions.data?.items ?? []).map((version) => {
                  const versionUrl = mlflowUiModelVersionUrl(
                    mlflowUrl,
                    namespace,
                    name,
                    version.version,
                  );
                  return (
                    <Tr key={version.version}>
                      <Td dataLabel={t('Version')}>
                        {t('Version {{version}}', { version: version.version })}
                        {versionUrl ? ' ' : null}
                        {versionUrl ? (
                          <ExternalLinkButton
                            href={versionUrl}
                            isInline
                            aria-label={t('Open version {{version}} in MLflow', {
                              version: version.version,
                            })}
                          />
                        ) : null}
                        {version.current_stage && version.current_stage !== 'None' ? (
                          <div>
                            <small>{version.current_stage}</small>
                          </div>
                        ) : null}
                        {version.description ? (
                          <div>
                            <small>
                              <LongText text={version.description} />
                            </small>
                          </div>
                        ) : null}
                      </Td>
                      <Td dataLabel={t('Status')}>
                        <ModelVersionStatusLabel status={version.status} />
                      </Td>
                      <Td dataLabel={t('Aliases')}>
                        <LabelGroup>
                          {(aliases.get(version.version) ?? []).map((alias) => (
                            <Label key={alias} isCompact color="blue" textMaxWidth="24ch">
                              {`@${alias}`}
                            </Label>
                          ))}
                        </LabelGroup>
                      </Td>
                      <Td dataLabel={t('Source run')}>
                        {version.run_id ? (
                          <SourceRunLink namespace={namespace} runId={version.run_id} />
                        ) : (
                          '-'
                        )}
                      </Td>
                      <Td dataLabel={t('Tags')}>
                        <LabelGroup numLabels={3}>
                          {version.tags.map(({ key, value }) => (
                            <Label key={key} isCompact textMaxWidth="24ch">
                              {`${key}=${value}`}
                            </Label>
                          ))}
                        </LabelGroup>
                      </Td>
                      <Td dataLabel={t('Created')}>
                        <Timestamp timestamp={isoTime(version.creation_timestamp)} />
                      </Td>
                    </Tr>
                  );
                })}
              </Tbody>
            </Table>
          </MlflowQueryState>
        </StackItem>
      </Stack>
    );
  };

  return (
    <DetailsHeader
      crumbs={[{ text: t('Registered models'), to: listPath }]}
      title={name}
      mlflowUrl={mlflowUiModelUrl(mlflowUrl, namespace, name)}
      mlflowLabel={t('Open model in MLflow')}
      query={model}
      notShown={{
        what: t('the registered model'),
        notFoundTitle: t('Registered model {{name}} is not in this workspace', { name }),
      }}
    >
      {body()}
    </DetailsHeader>
  );
};

export default ModelDetails;
