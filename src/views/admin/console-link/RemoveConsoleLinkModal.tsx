import { ConfirmModal } from '@/components/ConfirmModal';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

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
  return (
    <ConfirmModal
      title={t('Remove MLflow from the Applications menu?')}
      titleIconVariant="warning"
      titleId="mlflow-plugin-remove-link-title"
      destroys={t(
        'This deletes the ConsoleLink {{name}}, which this plugin created. The MLflow entry disappears from the Applications menu for everyone; MLflow itself is not affected.',
        { name },
      )}
      confirmLabel={t('Remove')}
      onConfirm={onConfirm}
      isPending={isPending}
      onCancel={onCancel}
      isCancelDisabled={isPending}
    />
  );
};
