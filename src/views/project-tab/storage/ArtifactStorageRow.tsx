import {
  Alert,
  AlertActionLink,
  Button,
  ClipboardCopy,
  Content,
  Flex,
  FlexItem,
  Spinner,
} from '@patternfly/react-core';
import { lazy, Suspense, useState } from 'react';

import type { MlflowStorageSpec } from '@/core/instance/instance-types';
import { BUCKET_KEY, effectiveArtifactRoot, effectiveRootText } from '@/core/storage/mlflowconfig';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import {
  useArtifactStorageAccess,
  useProjectMlflowConfig,
} from '@/hooks/useProjectArtifactStorage';

// The form, its review and the removal confirmation are only needed once someone edits.
const ArtifactStorageModal = lazy(() => import('./ArtifactStorageModal'));

interface ArtifactStorageRowProps {
  namespace: string;
  /** The MLflow instance's spec; undefined when the viewer may not read it. */
  instanceSpec?: MlflowStorageSpec;
  /** Open the editor as soon as it can be (asked from the header's menu); for who may edit. */
  openEditor?: boolean;
  /** The editor asked for with `openEditor` was closed. */
  onEditorClosed?: () => void;
}

/** Where this workspace's artifacts go, and for who may edit it, the project's override. */
const ArtifactStorageRow = ({
  namespace,
  instanceSpec,
  openEditor = false,
  onEditorClosed,
}: ArtifactStorageRowProps) => {
  const { t } = useMlflowTranslation();
  const access = useArtifactStorageAccess(namespace);
  const project = useProjectMlflowConfig(namespace, access === 'edit' || access === 'read');
  const [open, setOpen] = useState<'edit' | 'remove'>();
  const settled = access === 'none' || (access !== 'checking' && project.loaded);
  // Asked from the menu, the editor opens once it can; who may not edit sees why instead.
  const editorAsked = openEditor && settled && access === 'edit' && !project.error;
  const shown = open ?? (editorAsked ? 'edit' : undefined);
  const close = () => {
    setOpen(undefined);
    onEditorClosed?.();
  };

  if (!settled) {
    return <Spinner size="sm" aria-label={t('Loading artifact storage')} />;
  }
  if (access === 'none') {
    return (
      <Content component="small">
        {t(
          "You may not view this project's MLflowConfig; the project's admins can see and change where its artifacts are stored.",
        )}
      </Content>
    );
  }
  if (project.error) {
    return (
      <Alert
        isInline
        variant={project.error.severity}
        title={t("Could not read the project's MLflowConfig")}
        actionLinks={<AlertActionLink onClick={project.reload}>{t('Retry')}</AlertActionLink>}
      >
        {project.error.status ? `${String(project.error.status)}: ` : ''}
        {project.error.message}
      </Alert>
    );
  }
  const root = effectiveArtifactRoot(namespace, project.config, instanceSpec);
  const bucket = t('<{{bucketKey}} of {{secret}}>', {
    bucketKey: BUCKET_KEY,
    secret: root.source === 'override' ? root.secretName : '',
  });
  const text = effectiveRootText(root, bucket);
  const closeAndReload = () => {
    close();
    project.reload();
  };
  return (
    <Flex direction={{ default: 'column' }} spaceItems={{ default: 'spaceItemsSm' }}>
      <FlexItem>
        {text ? (
          <ClipboardCopy
            isReadOnly
            hoverTip={t('Copy')}
            clickTip={t('Copied')}
            variant="inline-compact"
          >
            {text}
          </ClipboardCopy>
        ) : (
          t("The MLflow instance's default root, under {{path}} (you cannot view the instance).", {
            path: root.source === 'default' ? root.workspacePath : '',
          })
        )}
      </FlexItem>
      <FlexItem>
        <Content component="small">
          {root.source === 'override'
            ? t(
                "This project's own storage: the bucket named in the Secret {{secret}}, set by the project's MLflowConfig.",
                { secret: root.secretName },
              )
            : t("The MLflow instance's default storage, in this workspace's own folder.")}
          {access === 'read' ? ` ${t("Only the project's admins and editors can change it.")}` : ''}
        </Content>
      </FlexItem>
      {access === 'edit' ? (
        <FlexItem>
          <Flex spaceItems={{ default: 'spaceItemsSm' }}>
            <FlexItem>
              <Button
                variant="secondary"
                size="sm"
                onClick={() => {
                  setOpen('edit');
                }}
              >
                {project.config ? t('Edit artifact storage') : t('Use the project’s own storage')}
              </Button>
            </FlexItem>
            {project.config ? (
              <FlexItem>
                <Button
                  variant="link"
                  size="sm"
                  isDanger
                  onClick={() => {
                    setOpen('remove');
                  }}
                >
                  {t('Remove override')}
                </Button>
              </FlexItem>
            ) : null}
          </Flex>
        </FlexItem>
      ) : null}
      {shown ? (
        <Suspense fallback={<Spinner size="sm" aria-label={t('Loading the form')} />}>
          <ArtifactStorageModal
            mode={shown}
            namespace={namespace}
            existing={project.config}
            instanceSpec={instanceSpec}
            onDone={closeAndReload}
            onCancel={close}
            onReload={closeAndReload}
          />
        </Suspense>
      ) : null}
    </Flex>
  );
};

export default ArtifactStorageRow;
