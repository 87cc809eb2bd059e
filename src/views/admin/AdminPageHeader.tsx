import { Content, Flex, FlexItem, PageSection, Title } from '@patternfly/react-core';
import type { ReactNode } from 'react';

import { ExternalLinkButton } from '@/components/ExternalLinkButton';
import { pluginDomProps } from '@/components/pluginDom';
import { isHttpsUrl } from '@/core/links/console-links';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface AdminPageHeaderProps {
  /** The rolled-up status, beside the title; absent while loading or to a user who may not read it. */
  statusLabel?: ReactNode;
  /** The MLflow server's version, where the instance reports it. */
  version?: string;
  /** MLflow's own UI, offered as the primary action while MLflow is on. */
  mlflowUrl?: string;
}

/** The details page's head: "MLflow", its status and version, and the way into MLflow itself. */
export const AdminPageHeader = ({ statusLabel, version, mlflowUrl }: AdminPageHeaderProps) => {
  const { t } = useMlflowTranslation();
  return (
    <PageSection {...pluginDomProps}>
      <Flex
        justifyContent={{ default: 'justifyContentSpaceBetween' }}
        alignItems={{ default: 'alignItemsCenter' }}
      >
        <Flex alignItems={{ default: 'alignItemsCenter' }} spaceItems={{ default: 'spaceItemsMd' }}>
          <FlexItem>
            <Title headingLevel="h1">{t('MLflow')}</Title>
          </FlexItem>
          {statusLabel ? <FlexItem>{statusLabel}</FlexItem> : null}
          {version ? (
            <FlexItem>
              <Content component="small">{t('Version {{version}}', { version })}</Content>
            </FlexItem>
          ) : null}
        </Flex>
        {mlflowUrl && isHttpsUrl(mlflowUrl) ? (
          <FlexItem>
            <ExternalLinkButton href={mlflowUrl} variant="primary">
              {t('Open MLflow')}
            </ExternalLinkButton>
          </FlexItem>
        ) : null}
      </Flex>
    </PageSection>
  );
};
