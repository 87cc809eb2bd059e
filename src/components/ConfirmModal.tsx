import {
  Button,
  Modal,
  ModalBody,
  ModalFooter,
  ModalHeader,
  Stack,
  StackItem,
} from '@patternfly/react-core';
import type { ModalHeaderProps, ModalProps } from '@patternfly/react-core';
import type { ReactNode } from 'react';

import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { pluginDomProps } from './pluginDom';

export interface ConfirmModalProps {
  title: string;
  /** The id of the title, which names the dialog. */
  titleId: string;
  titleIconVariant?: ModalHeaderProps['titleIconVariant'];
  description?: ReactNode;
  variant?: ModalProps['variant'];
  /**
   * What the action destroys. Given, the action is destructive: this is said first, before the
   * rest of the body, and the confirm button is a danger button.
   */
  destroys?: ReactNode;
  /** The rest of the body. */
  children?: ReactNode;
  /** Shown last in the body, where the user looks after a failed confirm. */
  error?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  /** The write runs: the confirm button spins and is disabled. */
  isPending?: boolean;
  /** Another reason not to confirm now (nothing to do, a conflict to resolve first). */
  isConfirmDisabled?: boolean;
  onCancel: () => void;
  isCancelDisabled?: boolean;
  /** Buttons between confirm and Cancel (Back). */
  extraActions?: ReactNode;
  /** A body that may be taller than the window: it scrolls and takes focus, so keys scroll it. */
  isBodyScrollable?: boolean;
}

/** A dialog that says what an action does and asks for it: the body, then confirm and Cancel. */
export const ConfirmModal = ({
  title,
  titleId,
  titleIconVariant,
  description,
  variant = 'small',
  destroys,
  children,
  error,
  confirmLabel,
  onConfirm,
  isPending = false,
  isConfirmDisabled = false,
  onCancel,
  isCancelDisabled = false,
  extraActions,
  isBodyScrollable = false,
}: ConfirmModalProps) => {
  const { t } = useMlflowTranslation();
  const destructive = destroys !== undefined;
  return (
    <Modal
      {...pluginDomProps}
      isOpen
      variant={variant}
      onClose={onCancel}
      aria-labelledby={titleId}
    >
      <ModalHeader
        title={title}
        titleIconVariant={titleIconVariant}
        labelId={titleId}
        description={description}
      />
      <ModalBody
        {...(isBodyScrollable ? { tabIndex: 0, role: 'region', 'aria-labelledby': titleId } : {})}
      >
        <Stack hasGutter>
          {destructive ? <StackItem>{destroys}</StackItem> : null}
          {children}
          {error ? <StackItem>{error}</StackItem> : null}
        </Stack>
      </ModalBody>
      <ModalFooter>
        <Button
          variant={destructive ? 'danger' : 'primary'}
          onClick={onConfirm}
          isLoading={isPending}
          isDisabled={isPending || isConfirmDisabled}
        >
          {confirmLabel}
        </Button>
        {extraActions}
        <Button variant="link" onClick={onCancel} isDisabled={isCancelDisabled}>
          {t('Cancel')}
        </Button>
      </ModalFooter>
    </Modal>
  );
};
