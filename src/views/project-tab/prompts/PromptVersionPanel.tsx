import { Timestamp } from '@openshift-console/dynamic-plugin-sdk';
import {
  CodeBlock,
  CodeBlockCode,
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  Label,
  LabelGroup,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';

import type { PromptVersion } from '@/core/mlflow';
import { templateText } from '@/core/mlflow';
import { isoTime } from '@/core/mlflow/search-filter';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { PromptTraces } from './PromptTraces';

interface PromptVersionPanelProps {
  namespace: string;
  version: PromptVersion;
  aliases: string[];
}

/** One prompt version: its template as text, commit message, aliases, tags and the traces. */
export const PromptVersionPanel = ({ namespace, version, aliases }: PromptVersionPanelProps) => {
  const { t } = useMlflowTranslation();
  return (
    <Stack hasGutter>
      <StackItem>
        <Title headingLevel="h3">{t('Version {{version}}', { version: version.version })}</Title>
      </StackItem>
      <StackItem>
        <DescriptionList isCompact isHorizontal>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Aliases')}</DescriptionListTerm>
            <DescriptionListDescription>
              {aliases.length === 0 ? (
                '-'
              ) : (
                <LabelGroup>
                  {aliases.map((alias) => (
                    <Label key={alias} isCompact color="blue">{`@${alias}`}</Label>
                  ))}
                </LabelGroup>
              )}
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Commit message')}</DescriptionListTerm>
            <DescriptionListDescription>{version.commitMessage ?? '-'}</DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Created')}</DescriptionListTerm>
            <DescriptionListDescription>
              <Timestamp timestamp={isoTime(version.creationTime)} />
            </DescriptionListDescription>
          </DescriptionListGroup>
          <DescriptionListGroup>
            <DescriptionListTerm>{t('Tags')}</DescriptionListTerm>
            <DescriptionListDescription>
              {version.tags.length === 0
                ? '-'
                : version.tags.map(({ key, value }) => `${key}=${value}`).join(', ')}
            </DescriptionListDescription>
          </DescriptionListGroup>
        </DescriptionList>
      </StackItem>
      <StackItem>
        <Title headingLevel="h4">
          {version.type === 'chat' ? t('Template (chat messages)') : t('Template')}
        </Title>
        {/* The template is text from MLflow: shown as text, never rendered or run. */}
        <CodeBlock aria-label={t('Template of version {{version}}', { version: version.version })}>
          <CodeBlockCode>{templateText(version)}</CodeBlockCode>
        </CodeBlock>
      </StackItem>
      <StackItem>
        <Title headingLevel="h4">{t('Traces that used this version')}</Title>
        <PromptTraces namespace={namespace} name={version.name} version={version.version} />
      </StackItem>
    </Stack>
  );
};
