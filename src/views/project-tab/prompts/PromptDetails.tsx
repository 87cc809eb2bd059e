import { Alert, Grid, GridItem, Spinner } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';
import { Link } from 'react-router';

import { SectionQueryError } from '@/components/SectionQueryError';
import { mlflowUiPromptUrl } from '@/core/links/mlflow-links';
import { aliasesByVersion, isPromptTagged } from '@/core/mlflow';
import { modelPlace, promptPlace, promptsListOf } from '@/core/place/tab-place';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { DetailsHeader } from '@/views/project-tab/common/DetailsHeader';

import { PromptVersionPanel } from './PromptVersionPanel';
import { usePrompt, usePromptVersions } from './usePrompts';

interface PromptDetailsProps {
  namespace: string;
  name: string;
  mlflowUrl?: string;
}

/** A prompt: its versions on the left, the chosen one (the URL's, else the newest) beside them. */
export const PromptDetails = ({ namespace, name, mlflowUrl }: PromptDetailsProps) => {
  const { t } = useMlflowTranslation();
  const { place, pathOf } = useTabPlace();
  const prompt = usePrompt(namespace, name);
  const versions = usePromptVersions(namespace, name);
  const listPath = pathOf(promptsListOf(place));

  const body = () => {
    if (versions.error) {
      return (
        <SectionQueryError
          error={versions.error}
          what={t('prompt versions')}
          onRetry={versions.retry}
        />
      );
    }
    if (!prompt.data || !versions.data) return <Spinner aria-label={t('Loading the prompt')} />;
    if (!isPromptTagged(prompt.data.tags)) {
      return (
        <Alert
          isInline
          variant="warning"
          title={t('{{name}} is a registered model, not a prompt', { name })}
        >
          <Link to={pathOf(modelPlace(place, name))}>{t('Open its versions')}</Link>
        </Alert>
      );
    }
    const all = versions.data.items;
    const chosen = place.promptVersion
      ? all.find((version) => version.version === place.promptVersion)
      : all.at(0);
    const aliases = aliasesByVersion(prompt.data);
    return (
      <Grid hasGutter>
        <GridItem md={3}>
          <Table aria-label={t('Versions of {{name}}', { name })} variant="compact">
            <Thead>
              <Tr>
                <Th>{t('Version')}</Th>
                <Th>{t('Aliases')}</Th>
              </Tr>
            </Thead>
            <Tbody>
              {all.map((version) => (
                <Tr key={version.version} isRowSelected={version === chosen}>
                  <Td dataLabel={t('Version')}>
                    <Link
                      to={pathOf(promptPlace(place, name, version.version))}
                      aria-current={version === chosen ? 'page' : undefined}
                    >
                      {t('Version {{version}}', { version: version.version })}
                    </Link>
                  </Td>
                  <Td dataLabel={t('Aliases')}>
                    {(aliases.get(version.version) ?? []).map((alias) => `@${alias}`).join(' ')}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </GridItem>
        <GridItem md={9}>
          {chosen ? (
            <PromptVersionPanel
              key={chosen.version}
              namespace={namespace}
              version={chosen}
              aliases={aliases.get(chosen.version) ?? []}
            />
          ) : (
            <Alert
              isInline
              variant="warning"
              title={
                place.promptVersion
                  ? t('Version {{version}} of {{name}} does not exist', {
                      version: place.promptVersion,
                      name,
                    })
                  : t('{{name}} has no versions', { name })
              }
            >
              {t('Choose one of the versions listed.')}
            </Alert>
          )}
        </GridItem>
      </Grid>
    );
  };

  return (
    <DetailsHeader
      crumbs={[{ text: t('Prompts'), to: listPath }]}
      title={name}
      mlflowUrl={mlflowUiPromptUrl(mlflowUrl, namespace, name)}
      mlflowLabel={t('Open prompt in MLflow')}
      query={prompt}
      notShown={{
        what: t('the prompt'),
        notFoundTitle: t('Prompt {{name}} is not in this workspace', { name }),
      }}
    >
      {body()}
    </DetailsHeader>
  );
};
