import {
  Alert,
  AlertActionLink,
  Content,
  Flex,
  FlexItem,
  Label,
  LabelGroup,
  Spinner,
} from '@patternfly/react-core';

import { ErrorAlert } from '@/components/ErrorAlert';
import type { WorkspacePreview as Preview } from '@/hooks/useInstanceSettingsData';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface WorkspacePreviewProps {
  preview: Preview;
  /** Why the namespaces cannot be listed for this user, if so. */
  deniedReason?: string;
}

/** Which namespaces the new selector adds to and takes out of MLflow's workspaces. */
export const WorkspacePreview = ({ preview, deniedReason }: WorkspacePreviewProps) => {
  const { t } = useMlflowTranslation();
  if (deniedReason) {
    return (
      <Alert isInline isPlain variant="info" title={t('No preview of the workspaces')}>
        {deniedReason}
      </Alert>
    );
  }
  if (preview.error) {
    return (
      <ErrorAlert
        title={t('Could not list the namespaces for the preview')}
        error={preview.error}
        actions={<AlertActionLink onClick={preview.retry}>{t('Try again')}</AlertActionLink>}
      />
    );
  }
  const { change } = preview;
  if (!change) return <Spinner size="md" aria-label={t('Listing the namespaces')} />;
  const names = (list: string[], color: 'green' | 'orange', label: string) => (
    <FlexItem>
      <LabelGroup categoryName={label} numLabels={12} aria-label={label}>
        {list.map((name) => (
          <Label key={name} color={color}>
            {name}
          </Label>
        ))}
      </LabelGroup>
    </FlexItem>
  );
  return (
    <section aria-label={t('Workspace preview')}>
      <Flex direction={{ default: 'column' }} spaceItems={{ default: 'spaceItemsSm' }}>
        {change.joining.length === 0 && change.leaving.length === 0 ? (
          <Content component="p">
            {t('No namespace changes: the same {{count}} workspaces.', {
              count: change.staying,
              defaultValue_one: 'No namespace changes: the same {{count}} workspace.',
            })}
          </Content>
        ) : (
          <Content component="p">
            {t('{{count}} workspaces stay.', {
              count: change.staying,
              defaultValue_one: '{{count}} workspace stays.',
            })}
          </Content>
        )}
        {change.joining.length > 0
          ? names(
              change.joining,
              'green',
              t('Become workspaces ({{number}})', { number: change.joining.length }),
            )
          : null}
        {change.leaving.length > 0
          ? names(
              change.leaving,
              'orange',
              t('Stop being workspaces ({{number}})', { number: change.leaving.length }),
            )
          : null}
        {change.leaving.length > 0 ? (
          <Content component="small">
            {t(
              'Their experiments are kept, but MLflow no longer shows them until a selector includes the namespace again.',
            )}
          </Content>
        ) : null}
      </Flex>
    </section>
  );
};
