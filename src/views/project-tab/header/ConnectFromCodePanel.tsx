import {
  ClipboardCopy,
  ClipboardCopyVariant,
  Content,
  ExpandableSection,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';
import { useState } from 'react';

import { connectionSnippets } from '../../../core/mlflow-links';
import { useMlflowTranslation } from '../../../hooks/useMlflowTranslation';

interface ConnectFromCodePanelProps {
  namespace: string;
  externalUrl?: string;
  inClusterUrl?: string;
}

/** Copyable environment for the MLflow Python client, in a pod of this project or on a laptop. */
export const ConnectFromCodePanel = ({
  namespace,
  externalUrl,
  inClusterUrl,
}: ConnectFromCodePanelProps) => {
  const { t } = useMlflowTranslation();
  const [isExpanded, setIsExpanded] = useState(false);
  const snippets = connectionSnippets({ namespace, externalUrl, inClusterUrl });
  const copyProps = {
    isReadOnly: true,
    isCode: true,
    hoverTip: t('Copy'),
    clickTip: t('Copied'),
  };
  return (
    <ExpandableSection
      toggleText={t('Connect from code')}
      isExpanded={isExpanded}
      onToggle={(_event, expanded) => {
        setIsExpanded(expanded);
      }}
    >
      <Stack hasGutter>
        <StackItem>
          <Title headingLevel="h4">{t('Install the client')}</Title>
          <ClipboardCopy {...copyProps} textAriaLabel={t('Install command')}>
            {snippets.install}
          </ClipboardCopy>
        </StackItem>
        <StackItem>
          <Title headingLevel="h4">{t('In a pod of this project')}</Title>
          <Content component="p">
            {t(
              "The pod's service account token is used; the service account needs MLflow access (see Access).",
            )}
          </Content>
          <ClipboardCopy
            {...copyProps}
            variant={ClipboardCopyVariant.expansion}
            isExpanded
            textAriaLabel={t('Environment for in-cluster code')}
          >
            {snippets.inCluster}
          </ClipboardCopy>
        </StackItem>
        <StackItem>
          <Title headingLevel="h4">{t('On a workstation')}</Title>
          <Content component="p">
            {t('Your own OpenShift token is used, from a logged-in oc.')}
          </Content>
          <ClipboardCopy
            {...copyProps}
            variant={ClipboardCopyVariant.expansion}
            isExpanded
            textAriaLabel={t('Environment for a workstation')}
          >
            {snippets.workstation}
          </ClipboardCopy>
        </StackItem>
        {!externalUrl ? (
          <StackItem>
            <Content component="small">
              {t(
                'The MLflow URL is not visible to you; ask a cluster administrator for it and replace <MLflow URL>.',
              )}
            </Content>
          </StackItem>
        ) : null}
      </Stack>
    </ExpandableSection>
  );
};
