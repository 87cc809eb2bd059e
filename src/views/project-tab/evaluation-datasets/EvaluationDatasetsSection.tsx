import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { MlflowResourceGate } from '@/views/project-tab/common/MlflowResourceGate';

import { EvaluationDatasetDetails } from './EvaluationDatasetDetails';
import { EvaluationDatasetsTable } from './EvaluationDatasetsTable';

/**
 * The workspace's evaluation datasets (MLflow's GenAI datasets, guarded by the `datasets`
 * permission), and one dataset with its records when the URL names it. Read-only; its own chunk.
 */
const EvaluationDatasetsSection = ({ namespace }: { namespace: string }) => {
  const { t } = useMlflowTranslation();
  const { place } = useTabPlace();
  return (
    <MlflowResourceGate namespace={namespace} resource="datasets" what={t('evaluation datasets')}>
      {place.datasetId ? (
        <EvaluationDatasetDetails
          key={place.datasetId}
          namespace={namespace}
          datasetId={place.datasetId}
        />
      ) : (
        <EvaluationDatasetsTable namespace={namespace} />
      )}
    </MlflowResourceGate>
  );
};

export default EvaluationDatasetsSection;
