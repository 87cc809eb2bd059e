import { Dropdown, DropdownItem, DropdownList, MenuToggle } from '@patternfly/react-core';
import type { MenuToggleProps } from '@patternfly/react-core';
import { useEffect, useRef } from 'react';

import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface WorkspaceActionsDropdownProps {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** The kebab's props, those of the one shown while this menu's code loaded. */
  kebab: MenuToggleProps;
  onArtifactStorage: () => void;
  onCopyLink: () => void;
}

/**
 * The kebab's menu; its own chunk, fetched on the first click of the kebab (see
 * WorkspaceActionsMenu).
 */
const WorkspaceActionsDropdown = ({
  isOpen,
  onOpenChange,
  kebab,
  onArtifactStorage,
  onCopyLink,
}: WorkspaceActionsDropdownProps) => {
  const { t } = useMlflowTranslation();
  const toggleRef = useRef<HTMLButtonElement>(null);
  // Mounted by a click on the kebab shown while this loaded, which it replaces: focus stays on it.
  useEffect(() => {
    toggleRef.current?.focus();
  }, []);
  return (
    <Dropdown
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      onSelect={() => {
        onOpenChange(false);
      }}
      popperProps={{ position: 'right' }}
      toggle={{ toggleNode: <MenuToggle ref={toggleRef} {...kebab} />, toggleRef }}
    >
      <DropdownList>
        <DropdownItem
          description={t("Where this workspace's artifacts are stored")}
          onClick={onArtifactStorage}
        >
          {t('Artifact storage…')}
        </DropdownItem>
        <DropdownItem description={t('A link to what is shown here')} onClick={onCopyLink}>
          {t('Copy link')}
        </DropdownItem>
      </DropdownList>
    </Dropdown>
  );
};

export default WorkspaceActionsDropdown;
