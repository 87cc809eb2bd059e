import { Alert, AlertActionCloseButton, AlertGroup, MenuToggle } from '@patternfly/react-core';
import type { MenuToggleProps } from '@patternfly/react-core';
import { EllipsisVIcon } from '@patternfly/react-icons';
import { lazy, Suspense, useState } from 'react';

import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface WorkspaceActionsMenuProps {
  /** The full console URL of what is shown. */
  currentUrl: string;
  /** Shows the artifact storage settings and opens their editor. */
  onArtifactStorage: () => void;
}

// Dropdown (with its Menu, Popper and their styles) is PatternFly the console does not share: its
// code is fetched on the first click of the kebab, not with the tab.
const WorkspaceActionsDropdown = lazy(() => import('./WorkspaceActionsDropdown'));

// Long enough to read; the toast can be closed sooner.
const FEEDBACK_MS = 8000;

/** The workspace's less frequent actions, behind a kebab: its settings and a link to share. */
export const WorkspaceActionsMenu = ({
  currentUrl,
  onArtifactStorage,
}: WorkspaceActionsMenuProps) => {
  const { t } = useMlflowTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [menuWanted, setMenuWanted] = useState(false);
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
  const kebab: MenuToggleProps = {
    variant: 'plain',
    'aria-label': t('Workspace actions'),
    isExpanded: isOpen,
    onClick: () => {
      setMenuWanted(true);
      setIsOpen(!isOpen);
    },
    icon: <EllipsisVIcon />,
  };
  return (
    <>
      {menuWanted ? (
        <Suspense fallback={<MenuToggle {...kebab} />}>
          <WorkspaceActionsDropdown
            isOpen={isOpen}
            onOpenChange={setIsOpen}
            kebab={kebab}
            onArtifactStorage={onArtifactStorage}
            onCopyLink={copyLink}
          />
        </Suspense>
      ) : (
        <MenuToggle {...kebab} />
      )}
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
