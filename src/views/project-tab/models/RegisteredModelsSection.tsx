import { Spinner } from '@patternfly/react-core';
import { lazy, Suspense } from 'react';

import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';
import { useTabPlace } from '@/hooks/useTabPlace';
import { MlflowResourceGate } from '@/views/project-tab/common/MlflowResourceGate';

import { RegisteredModelsTable } from './RegisteredModelsTable';

// A model's versions are opened from the list: their code loads then, in its own chunk.
const ModelDetails = lazy(() => import('./ModelDetails'));

interface RegisteredModelsSectionProps {
  namespace: string;
  mlflowUrl?: string;
}

/** The registered models list, or one model's versions when the URL names it. */
export const RegisteredModelsSection = ({ namespace, mlflowUrl }: RegisteredModelsSectionProps) => {
  const { t } = useMlflowTranslation();
  const { place } = useTabPlace();
  return (
    <MlflowResourceGate
      namespace={namespace}
      resource="registeredmodels"
      what={t('registered models')}
    >
      {place.modelName ? (
        <Suspense fallback={<Spinner aria-label={t('Loading the registered model')} />}>
          <ModelDetails
            key={place.modelName}
            namespace={namespace}
            name={place.modelName}
            mlflowUrl={mlflowUrl}
          />
        </Suspense>
      ) : (
        <RegisteredModelsTable namespace={namespace} mlflowUrl={mlflowUrl} />
      )}
    </MlflowResourceGate>
  );
};
