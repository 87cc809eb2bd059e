import { Button, Modal, ModalBody, ModalFooter, ModalHeader } from '@patternfly/react-core';
import { CodeIcon } from '@patternfly/react-icons';
import { useState } from 'react';

import { pluginDomProps } from '@/components/pluginDom';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { ConnectFromCodePanel } from './ConnectFromCodePanel';

interface ConnectFromCodeButtonProps {
  namespace: string;
  externalUrl?: string;
  inClusterUrl?: string;
}

const TITLE_ID = 'mlflow-plugin-connect-from-code-title';

/** "Connect from code": the client's settings in a dialog, out of the way of the data. */
export const ConnectFromCodeButton = (props: ConnectFromCodeButtonProps) => {
  const { t } = useMlflowTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const close = () => {
    setIsOpen(false);
  };
  return (
    <>
      <Button
        variant="secondary"
        icon={<CodeIcon />}
        onClick={() => {
          setIsOpen(true);
        }}
      >
        {t('Connect from code')}
      </Button>
      {isOpen ? (
        <Modal
          {...pluginDomProps}
          isOpen
          variant="medium"
          onClose={close}
          aria-labelledby={TITLE_ID}
        >
          <ModalHeader
            title={t('Connect from code')}
            labelId={TITLE_ID}
            description={t(
              'Environment for the MLflow Python client, to log to this workspace as yourself or as a service account.',
            )}
          />
          <ModalBody>
            <ConnectFromCodePanel {...props} />
          </ModalBody>
          <ModalFooter>
            <Button variant="primary" onClick={close}>
              {t('Close')}
            </Button>
          </ModalFooter>
        </Modal>
      ) : null}
    </>
  );
};
