import {
  Alert,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  StackItem,
  TextArea,
} from '@patternfly/react-core';
import { useId, useState } from 'react';

import { ConfirmModal } from '@/components/ConfirmModal';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { Namespace } from '@/core/k8s/types';
import {
  readWorkspaceDescription,
  WORKSPACE_DESCRIPTION_ANNOTATION,
} from '@/core/workspaces/workspace-description';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useWorkspaceDescriptionWrite } from '@/hooks/useWorkspaceDescription';

interface EditWorkspaceDescriptionModalProps {
  /** The namespace as shown when the dialog opened: its resourceVersion guards the write. */
  namespace: Namespace;
  onClose: () => void;
}

/** Edits the description MLflow shows for this workspace (a namespace annotation). */
export const EditWorkspaceDescriptionModal = ({
  namespace,
  onClose,
}: EditWorkspaceDescriptionModalProps) => {
  const { t } = useMlflowTranslation();
  const titleId = useId();
  const fieldId = useId();
  // Kept from the opening: a change made meanwhile is answered with a conflict, not overwritten.
  const [shown] = useState(namespace);
  const [text, setText] = useState(readWorkspaceDescription(namespace) ?? '');
  const write = useWorkspaceDescriptionWrite();
  const save = async () => {
    if (await write.save(shown, text)) onClose();
  };
  return (
    <ConfirmModal
      title={t('Edit workspace description')}
      titleId={titleId}
      variant="medium"
      confirmLabel={t('Save')}
      onConfirm={() => {
        void save();
      }}
      isPending={write.pending}
      onCancel={onClose}
      error={
        write.error?.kind === 'conflict' ? (
          <Alert isInline variant="danger" title={t('The namespace changed meanwhile')}>
            {t(
              'Someone changed it since this dialog opened; nothing was saved. Cancel and open the dialog again to see the current description.',
            )}
          </Alert>
        ) : write.error ? (
          <ErrorAlert title={t('Could not save the description')} error={write.error} />
        ) : undefined
      }
    >
      <StackItem>
        <Form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <FormGroup label={t('Description')} fieldId={fieldId}>
            <TextArea
              id={fieldId}
              value={text}
              onChange={(_event, value) => {
                setText(value);
              }}
              resizeOrientation="vertical"
            />
            <FormHelperText>
              <HelperText>
                <HelperTextItem>
                  {t(
                    'Shown as the workspace’s description in MLflow; kept in the namespace’s annotation {{annotation}}. Empty removes it.',
                    { annotation: WORKSPACE_DESCRIPTION_ANNOTATION },
                  )}
                </HelperTextItem>
              </HelperText>
            </FormHelperText>
          </FormGroup>
        </Form>
      </StackItem>
    </ConfirmModal>
  );
};
