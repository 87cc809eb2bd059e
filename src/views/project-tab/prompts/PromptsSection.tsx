import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { MlflowResourceGate } from '@/views/project-tab/common/MlflowResourceGate';

import { PromptDetails } from './PromptDetails';
import { PromptsTable } from './PromptsTable';

interface PromptsSectionProps {
  namespace: string;
  mlflowUrl?: string;
}

/**
 * The workspace's prompts (MLflow's prompt registry lives in the model registry, so reading them
 * takes registeredmodels access), and one prompt when the URL names it. Its own chunk.
 */
const PromptsSection = ({ namespace, mlflowUrl }: PromptsSectionProps) => {
  const { t } = useMlflowTranslation();
  const { place } = useTabPlace();
  return (
    <MlflowResourceGate namespace={namespace} resource="registeredmodels" what={t('prompts')}>
      {place.promptName ? (
        <PromptDetails
          key={place.promptName}
          namespace={namespace}
          name={place.promptName}
          mlflowUrl={mlflowUrl}
        />
      ) : (
        <PromptsTable namespace={namespace} />
      )}
    </MlflowResourceGate>
  );
};

export default PromptsSection;
