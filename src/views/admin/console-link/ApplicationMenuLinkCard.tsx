import {
  Alert,
  Card,
  CardBody,
  CardTitle,
  Flex,
  FlexItem,
  FormGroup,
  Spinner,
  Stack,
  StackItem,
  TextInput,
} from '@patternfly/react-core';
import { useState } from 'react';

import { ErrorAlert } from '@/components/ErrorAlert';
import { GuardedButton } from '@/components/GuardedButton';
import type { MLflowOperatorComponentWithSpec } from '@/core/instance/instance-types';
import type { ConsoleLink } from '@/core/k8s/types';
import {
  buildConsoleLink,
  defaultApplicationMenuSection,
  deriveConsoleLinkAction,
  MLFLOW_ICON_DATA_URI,
  PLUGIN_CONSOLE_LINK_NAME,
  pluginLinkManager,
} from '@/core/links/console-links';
import type { AdminAccess } from '@/hooks/useAdminAccess';
import { useConsoleLinks } from '@/hooks/useAdminResources';
import { useCreateConsoleLink, useDeleteConsoleLink } from '@/hooks/useAdminWrites';
import { useDeniedReason } from '@/hooks/useDeniedReason';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useResourceWrite } from '@/hooks/useResourceWrite';

import { ConsoleLinkList } from './ConsoleLinkList';
import { RemoveConsoleLinkModal } from './RemoveConsoleLinkModal';

interface ApplicationMenuLinkCardProps {
  mlflowUrl: string | undefined;
  operatorComponent: MLflowOperatorComponentWithSpec | undefined;
  access: AdminAccess;
}

/**
 * Whether the console's Applications menu leads to MLflow; adds the plugin's own link when
 * nothing does (never a duplicate of the operator's), and removes only the plugin's own.
 */
export const ApplicationMenuLinkCard = ({
  mlflowUrl,
  operatorComponent,
  access,
}: ApplicationMenuLinkCardProps) => {
  const { t } = useMlflowTranslation();
  const links = useConsoleLinks();
  const createLink = useCreateConsoleLink();
  const deleteLink = useDeleteConsoleLink();
  const createReason = useDeniedReason(access.createConsoleLink);
  const deleteReason = useDeniedReason(access.deleteConsoleLink);
  const [section, setSection] = useState(() => defaultApplicationMenuSection(operatorComponent));
  const { run, pending, error, clearError } = useResourceWrite();
  const [removing, setRemoving] = useState<ConsoleLink>();

  const action = deriveConsoleLinkAction(links.items, mlflowUrl);

  const remove = async (link: ConsoleLink) => {
    const outcome = await run(() => deleteLink(link));
    if (outcome.status !== 'ignored') setRemoving(undefined);
  };

  /** The chart's link is Helm's: deleted here, the next `helm upgrade` would bring it back. */
  const removeReason = (link: ConsoleLink) => {
    const manager = pluginLinkManager(link);
    if (manager.kind === 'page') return deleteReason;
    return manager.release
      ? t(
          'The Helm release {{release}} installed this link; remove it there: helm upgrade {{release}} --reuse-values --set consoleLink.enabled=false',
          { release: manager.release },
        )
      : t(
          'The Helm chart installed this link; remove it there by setting consoleLink.enabled=false.',
        );
  };

  const removeButton = (link: ConsoleLink) => (
    <GuardedButton
      variant="secondary"
      isDanger
      disabledReason={removeReason(link)}
      onClick={() => {
        clearError();
        setRemoving(link);
      }}
    >
      {t('Remove from Applications menu')}
    </GuardedButton>
  );

  const body = () => {
    if (links.error) {
      return (
        <Stack hasGutter>
          <StackItem>
            <ErrorAlert title={t('Could not read the console links')} error={links.error} />
          </StackItem>
          <StackItem>
            <GuardedButton
              variant="primary"
              disabledReason={
                createReason ??
                t(
                  'The existing links could not be read, so a new one could duplicate the operator’s.',
                )
              }
            >
              {t('Add to Applications menu')}
            </GuardedButton>
          </StackItem>
        </Stack>
      );
    }
    if (!links.loaded) return <Spinner size="lg" aria-label={t('Loading console links')} />;
    switch (action.kind) {
      case 'present':
        return (
          <Stack hasGutter>
            <StackItem>
              {t('MLflow is in the Applications menu. The plugin adds no duplicate.')}
            </StackItem>
            <StackItem>
              <ConsoleLinkList
                links={action.plugin ? [...action.links, action.plugin] : action.links}
              />
            </StackItem>
            {action.plugin ? (
              <StackItem>
                <Alert isInline variant="info" title={t('The plugin’s own link duplicates it')}>
                  {removeButton(action.plugin)}
                </Alert>
              </StackItem>
            ) : null}
          </Stack>
        );
      case 'ours':
        return (
          <Stack hasGutter>
            <StackItem>{t('The plugin’s link puts MLflow in the Applications menu.')}</StackItem>
            <StackItem>
              <ConsoleLinkList links={[action.link]} />
            </StackItem>
            <StackItem>{removeButton(action.link)}</StackItem>
          </Stack>
        );
      case 'can-add':
      case 'no-url':
        return (
          <Stack hasGutter>
            <StackItem>
              {action.kind === 'can-add'
                ? t('No Applications-menu link leads to MLflow yet.')
                : t(
                    'No Applications-menu link leads to MLflow, and MLflow reports no https URL (status.url) to link to yet.',
                  )}
            </StackItem>
            <StackItem>
              <FormGroup label={t('Section')} fieldId="mlflow-plugin-link-section">
                <TextInput
                  id="mlflow-plugin-link-section"
                  value={section}
                  onChange={(_event, next) => {
                    setSection(next);
                  }}
                />
              </FormGroup>
            </StackItem>
            <StackItem>
              <Flex alignItems={{ default: 'alignItemsCenter' }}>
                <FlexItem>
                  <img src={MLFLOW_ICON_DATA_URI} width={24} height={24} alt="" />
                </FlexItem>
                <FlexItem>
                  {action.kind === 'can-add'
                    ? t('MLflow → {{href}}', { href: action.href })
                    : t('MLflow → (no URL yet)')}
                </FlexItem>
              </Flex>
            </StackItem>
            <StackItem>
              <GuardedButton
                variant="primary"
                isLoading={pending}
                isDisabled={pending}
                disabledReason={
                  action.kind === 'no-url'
                    ? t('MLflow has no https URL to link to yet.')
                    : createReason
                }
                onClick={() => {
                  if (action.kind !== 'can-add') return;
                  void run(() => createLink(buildConsoleLink({ href: action.href, section })));
                }}
              >
                {t('Add to Applications menu')}
              </GuardedButton>
            </StackItem>
          </Stack>
        );
    }
  };

  return (
    <Card>
      <CardTitle>{t('Applications menu')}</CardTitle>
      <CardBody>
        <Stack hasGutter>
          {error ? (
            <StackItem>
              {error.kind === 'conflict' ? (
                <Alert isInline variant="danger" title={t('The link changed meanwhile')}>
                  {t(
                    'A ConsoleLink named {{name}} already exists or was changed by someone else. Nothing was overwritten.',
                    { name: PLUGIN_CONSOLE_LINK_NAME },
                  )}
                </Alert>
              ) : (
                <ErrorAlert
                  title={t('Could not change the Applications menu link')}
                  error={error}
                />
              )}
            </StackItem>
          ) : null}
          <StackItem>{body()}</StackItem>
        </Stack>
        {removing ? (
          <RemoveConsoleLinkModal
            name={removing.metadata?.name ?? ''}
            isPending={pending}
            onConfirm={() => void remove(removing)}
            onCancel={() => {
              setRemoving(undefined);
            }}
          />
        ) : null}
      </CardBody>
    </Card>
  );
};
