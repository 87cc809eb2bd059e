import {
  Alert,
  ClipboardCopy,
  ClipboardCopyVariant,
  Content,
  Stack,
  StackItem,
  Title,
} from '@patternfly/react-core';

import { CERT_PATH_VARIABLE, connectionSnippets, SERVICE_CA_PATH } from '@/core/links/mlflow-links';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

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
  const snippets = connectionSnippets({ namespace, externalUrl, inClusterUrl });
  const copyProps = {
    isReadOnly: true,
    isCode: true,
    hoverTip: t('Copy'),
    clickTip: t('Copied'),
  };
  return (
    <Stack hasGutter>
      {snippets.refused.map(({ which, url, characters }) => (
        <StackItem key={which}>
          <Alert
            variant="warning"
            isInline
            isPlain
            title={
              which === 'inCluster'
                ? t('The in-cluster MLflow address is left out')
                : t('The MLflow URL is left out')
            }
          >
            {t(
              'The MLflow status gives {{url}}, which contains characters a shell would run as commands ({{characters}}). Ask a cluster administrator to check the MLflow instance.',
              { url, characters: characters.join(' ') },
            )}
          </Alert>
        </StackItem>
      ))}
      <StackItem>
        <Title headingLevel="h2" size="md">
          {t('Install the client')}
        </Title>
        <ClipboardCopy {...copyProps} textAriaLabel={t('Install command')}>
          {snippets.install}
        </ClipboardCopy>
      </StackItem>
      <StackItem>
        <Title headingLevel="h2" size="md">
          {t('In a pod of this project')}
        </Title>
        <Content component="p">
          {t(
            "The pod's service account token is used; the service account needs MLflow access (see Access).",
          )}
        </Content>
        {snippets.inClusterUsesService ? (
          <Content component="p">
            {t(
              "The Service's certificate is signed by the cluster's service CA, which OpenShift mounts in every pod at {{path}}; {{variable}} tells the client to trust it.",
              { path: SERVICE_CA_PATH, variable: CERT_PATH_VARIABLE },
            )}
          </Content>
        ) : null}
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
        <Title headingLevel="h2" size="md">
          {t('On a workstation')}
        </Title>
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
  );
};
