import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';

import { pluginDomProps } from '../../../components/pluginDom';
import { useMlflowTranslation } from '../../../hooks/useMlflowTranslation';

interface RemoveConsoleLinkModalProps {
  name: string;
  isPending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Says what removing the plugin's link does before it is deleted. */
export const RemoveConsoleLinkModal = ({
  name,
  isPending,
  onConfirm,
  onCancel,
}: RemoveConsoleLinkModalProps) => {
  const { t } = useMlflowTranslation();
  const titleId = 'mlflow-plugin-remove-link-title';
  return (
    <Modal {...pluginDomProps} isOpen variant="small" onClose={onCancel} aria-labelledby={titleId}>
      <ModalHeader
        title={t('Remove MLflow from the Applications menu?')}
        titleIconVariant="warning"
        labelId={titleId}
      />
      <ModalBody>
        {t(
          'This deletes the ConsoleLink {{name}}, which this plugin created. The MLflow entry disappears from the Applications menu for everyone; MLflow itself is not affected.',
          { name },
        )}
      </ModalBody>
      <ModalFooter>
        <Button variant="danger" onClick={onConfirm} isLoading={isPending} isDisabled={isPending}>
          {t('Remove')}
        </Button>
        <Button variant="link" onClick={onCancel} isDisabled={isPending}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
