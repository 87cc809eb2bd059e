import { Spinner } from '@patternfly/react-core';
import { Link } from 'react-router';

import { LongText } from '@/components/LongText';
import { experimentPlace } from '@/core/place/tab-place';
import { useMlflowExperiment } from '@/hooks/useMlflowData';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';

import { useDatasetExperimentIds } from './useEvaluationDatasets';

const ExperimentLink = ({
  namespace,
  experimentId,
}: {
  namespace: string;
  experimentId: string;
}) => {
  const { place, pathOf } = useTabPlace();
  const experiment = useMlflowExperiment(namespace, experimentId);
  // Until (or unless) the experiment answers, its id stands for it.
  return (
    <Link to={pathOf(experimentPlace(place, experimentId))}>
      <LongText text={experiment.data?.name ?? experimentId} inControl />
    </Link>
  );
};

/** The experiments a dataset is linked to, each opening its runs; MLflow lists them apart. */
export const LinkedExperiments = ({
  namespace,
  datasetId,
}: {
  namespace: string;
  datasetId: string;
}) => {
  const { t } = useMlflowTranslation();
  const ids = useDatasetExperimentIds(namespace, datasetId);
  if (ids.error) return <>{t('Not known: {{reason}}', { reason: ids.error.message })}</>;
  if (!ids.data) return <Spinner size="sm" aria-label={t('Loading linked experiments')} />;
  if (ids.data.length === 0) return <>-</>;
  return (
    <>
      {ids.data.map((id, index) => (
        <span key={id}>
          {index > 0 ? ', ' : null}
          <ExperimentLink namespace={namespace} experimentId={id} />
        </span>
      ))}
    </>
  );
};
