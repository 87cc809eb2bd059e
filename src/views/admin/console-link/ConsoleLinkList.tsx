import {
  DataList,
  DataListCell,
  DataListItem,
  DataListItemCells,
  DataListItemRow,
} from '@patternfly/react-core';

import { K8sResourceLink } from '@/components/K8sResourceLink';
import { ConsoleLinkModel } from '@/core/k8s/models';
import type { ConsoleLink } from '@/core/k8s/types';
import {
  isHttpsUrl,
  isPluginConsoleLink,
  OPERATOR_CONSOLE_LINK_NAME,
  pluginLinkManager,
} from '@/core/links/console-links';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

/** The Applications-menu links that lead to MLflow, with who made each. */
export const ConsoleLinkList = ({ links }: { links: readonly ConsoleLink[] }) => {
  const { t } = useMlflowTranslation();
  const origin = (link: ConsoleLink) => {
    if (isPluginConsoleLink(link)) {
      return pluginLinkManager(link).kind === 'helm'
        ? t('installed with the plugin’s Helm chart')
        : t('added by this plugin');
    }
    const ownedByMlflow = link.metadata && 'ownerReferences' in link.metadata;
    if (link.metadata?.name === OPERATOR_CONSOLE_LINK_NAME || ownedByMlflow) {
      return t('created by the MLflow operator');
    }
    return t('created by someone else');
  };
  return (
    <DataList aria-label={t('Applications menu links to MLflow')} isCompact>
      {links.map((link) => (
        <DataListItem key={link.metadata?.name}>
          <DataListItemRow>
            <DataListItemCells
              dataListCells={[
                <DataListCell key="name">
                  <strong>{link.spec.text}</strong> (
                  <K8sResourceLink
                    model={ConsoleLinkModel}
                    name={link.metadata?.name ?? ''}
                  />, {origin(link)})
                </DataListCell>,
                <DataListCell key="section">
                  {t('Section: {{section}}', {
                    section: link.spec.applicationMenu?.section ?? '-',
                  })}
                </DataListCell>,
                <DataListCell key="href">
                  {isHttpsUrl(link.spec.href) ? (
                    <a href={link.spec.href} target="_blank" rel="noopener noreferrer">
                      {link.spec.href}
                    </a>
                  ) : (
                    link.spec.href
                  )}
                </DataListCell>,
              ]}
            />
          </DataListItemRow>
        </DataListItem>
      ))}
    </DataList>
  );
};
