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

/**
 * The Applications-menu links that lead to MLflow: each one's text, its ConsoleLink (the console's
 * ResourceLink, in a cell of its own: the console draws it with the kind's name and badge, so it
 * does not belong in running text), who made it, its section and its address.
 */
export const ConsoleLinkList = ({ links }: { links: readonly ConsoleLink[] }) => {
  const { t } = useMlflowTranslation();
  const origin = (link: ConsoleLink) => {
    if (isPluginConsoleLink(link)) {
      return pluginLinkManager(link).kind === 'helm'
        ? t('Installed with the plugin’s Helm chart')
        : t('Added by this plugin');
    }
    const ownedByMlflow = link.metadata && 'ownerReferences' in link.metadata;
    if (link.metadata?.name === OPERATOR_CONSOLE_LINK_NAME || ownedByMlflow) {
      return t('Created by the MLflow operator');
    }
    return t('Created by someone else');
  };
  return (
    <DataList aria-label={t('Applications menu links to MLflow')} isCompact>
      {links.map((link) => (
        <DataListItem key={link.metadata?.name}>
          <DataListItemRow>
            <DataListItemCells
              dataListCells={[
                <DataListCell key="text">
                  <strong>{link.spec.text}</strong>
                </DataListCell>,
                <DataListCell key="object">
                  <K8sResourceLink model={ConsoleLinkModel} name={link.metadata?.name ?? ''} />
                </DataListCell>,
                <DataListCell key="origin">{origin(link)}</DataListCell>,
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
