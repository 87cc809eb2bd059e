import { ActionGroup, Alert, Button, Stack, StackItem } from '@patternfly/react-core';
import type { ReactNode } from 'react';

import { SpecReviewModal } from '@/components/spec-review/SpecReviewModal';
import type { MlflowStorageSpec } from '@/core/instance/instance-types';
import type { GuardedSpecEditor } from '@/hooks/useGuardedSpecEditor';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface SpecEditorFrameProps {
  /** The editor's flow (useGuardedSpecEditor): what the buttons and the review dialog drive. */
  editor: Pick<
    GuardedSpecEditor<MlflowStorageSpec, unknown, unknown>,
    'noChanges' | 'review' | 'reviewing' | 'save'
  >;
  /** Settings the form refuses: the review stays closed and nothing is saved. */
  blocked: boolean;
  /** The review button's text; "Review changes" unless given. */
  reviewLabel?: string;
  /** The review dialog's wording; the storage editor's unless given. */
  reviewTitle?: string;
  reviewErrorTitle?: string;
  onCancel: () => void;
  /** Discard the edits and start again from the instance as it is now. */
  onReload: () => void;
  /** The settings form. */
  children: ReactNode;
}

/**
 * What the instance's spec editors show around their form: "No changes to save" once a review
 * found none, Review and Cancel, then the review dialog of the spec diff that saves.
 */
export const SpecEditorFrame = ({
  editor,
  blocked,
  reviewLabel,
  reviewTitle,
  reviewErrorTitle,
  onCancel,
  onReload,
  children,
}: SpecEditorFrameProps) => {
  const { t } = useMlflowTranslation();
  return (
    <Stack hasGutter>
      <StackItem>{children}</StackItem>
      {editor.noChanges ? (
        <StackItem>
          <Alert isInline variant="info" title={t('No changes to save')} />
        </StackItem>
      ) : null}
      <StackItem>
        <ActionGroup>
          <Button
            variant="primary"
            onClick={() => {
              editor.review(blocked);
            }}
          >
            {reviewLabel ?? t('Review changes')}
          </Button>
          <Button variant="link" onClick={onCancel}>
            {t('Cancel')}
          </Button>
        </ActionGroup>
      </StackItem>
      {editor.reviewing ? (
        <SpecReviewModal
          title={reviewTitle}
          errorTitle={reviewErrorTitle}
          {...editor.reviewing}
          onSave={() => void editor.save(blocked)}
          onReload={onReload}
        />
      ) : null}
    </Stack>
  );
};
