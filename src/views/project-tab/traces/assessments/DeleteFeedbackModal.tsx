import { ConfirmModal } from '@/components/ConfirmModal';
import { ErrorAlert } from '@/components/ErrorAlert';
import type { DescribedError } from '@/core/k8s/errors';
import type { Assessment } from '@/core/mlflow';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface DeleteFeedbackModalProps {
  feedback: Assessment;
  isPending: boolean;
  error?: DescribedError;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Says what deleting a person's feedback removes before it is deleted. */
export const DeleteFeedbackModal = ({
  feedback,
  isPending,
  error,
  onConfirm,
  onCancel,
}: DeleteFeedbackModalProps) => {
  const { t } = useMlflowTranslation();
  return (
    <ConfirmModal
      title={t('Delete feedback {{name}}?', { name: feedback.name })}
      titleIconVariant="warning"
      titleId="mlflow-plugin-delete-feedback-title"
      destroys={t(
        'This deletes your feedback {{name}}, its value and its rationale, from the trace in MLflow for everyone. It cannot be undone.',
        { name: feedback.name },
      )}
      confirmLabel={t('Delete')}
      onConfirm={onConfirm}
      isPending={isPending}
      onCancel={onCancel}
      isCancelDisabled={isPending}
      error={
        error ? <ErrorAlert title={t('MLflow did not delete the feedback')} error={error} /> : null
      }
    />
  );
};
