import {
  Alert,
  AlertActionCloseButton,
  AlertGroup,
  Dropdown,
  DropdownItem,
  DropdownList,
  MenuToggle,
} from '@patternfly/react-core';
import { EllipsisVIcon } from '@patternfly/react-icons';
import { useState } from 'react';

import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface WorkspaceActionsMenuProps {
  /** The full console URL of what is shown. */
  currentUrl: string;
  /** Shows the artifact storage settings and opens their editor. */
  onArtifactStorage: () => void;
}

// Long enough to read; the toast can be closed sooner.
const FEEDBACK_MS = 8000;

/** The workspace's less frequent actions, behind a kebab: its settings and a link to share. */
export const WorkspaceActionsMenu = ({
  currentUrl,
  onArtifactStorage,
}: WorkspaceActionsMenuProps) => {
  const { t } = useMlflowTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [copied, setCopied] = useState<'yes' | 'refused' | undefined>();
  // Each copy shows its own toast, with its own time to go.
  const [round, setRound] = useState(0);
  const copyLink = () => {
    const shown = (outcome: 'yes' | 'refused') => () => {
      setCopied(outcome);
      setRound((previous) => previous + 1);
    };
    navigator.clipboard.writeText(currentUrl).then(shown('yes'), shown('refused'));
  };
  return (
    <>
      <Dropdown
        isOpen={isOpen}
        onOpenChange={setIsOpen}
        onSelect={() => {
          setIsOpen(false);
        }}
        popperProps={{ position: 'right' }}
        toggle={(toggleRef) => (
          <MenuToggle
            ref={toggleRef}
            variant="plain"
            aria-label={t('Workspace actions')}
            isExpanded={isOpen}
            onClick={() => {
              setIsOpen(!isOpen);
            }}
            icon={<EllipsisVIcon />}
          />
        )}
      >
        <DropdownList>
          <DropdownItem
            description={t("Where this workspace's artifacts are stored")}
            onClick={onArtifactStorage}
          >
            {t('Artifact storage…')}
          </DropdownItem>
          <DropdownItem description={t('A link to what is shown here')} onClick={copyLink}>
            {t('Copy link')}
          </DropdownItem>
        </DropdownList>
      </Dropdown>
      <AlertGroup isToast isLiveRegion>
        {copied ? (
          <Alert
            key={round}
            variant={copied === 'yes' ? 'success' : 'warning'}
            title={
              copied === 'yes'
                ? t('Link copied')
                : t('The browser refused to copy; copy the address bar instead.')
            }
            timeout={FEEDBACK_MS}
            onTimeout={() => {
              setCopied(undefined);
            }}
            actionClose={
              <AlertActionCloseButton
                onClose={() => {
                  setCopied(undefined);
                }}
              />
            }
          />
        ) : null}
      </AlertGroup>
    </>
  );
};
