import { Spinner } from '@patternfly/react-core';
import { lazy, Suspense } from 'react';

import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

// Its own chunk: the tab's first load does not carry the artifact browser.
const RunArtifacts = lazy(() => import(/* webpackChunkName: "run-artifacts" */ './RunArtifacts'));

interface LazyRunArtifactsProps {
  namespace: string;
  experimentId: string;
  runId: string;
  mlflowUrl?: string;
}

export const LazyRunArtifacts = (props: LazyRunArtifactsProps) => {
  const { t } = useMlflowTranslation();
  return (
    <Suspense fallback={<Spinner size="md" aria-label={t('Loading artifacts')} />}>
      <RunArtifacts {...props} />
    </Suspense>
  );
};
