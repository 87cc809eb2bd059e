import { Spinner } from '@patternfly/react-core';
import type { ComponentProps } from 'react';
import { lazy, Suspense } from 'react';

import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

// The diff brings js-yaml (14 KB gzip): its own chunk, fetched when a review first opens.
const SpecDiff = lazy(() => import('./SpecDiff').then((module) => ({ default: module.SpecDiff })));

/** SpecDiff, loaded on first use. */
export const LazySpecDiff = (props: ComponentProps<typeof SpecDiff>) => {
  const { t } = useMlflowTranslation();
  return (
    <Suspense fallback={<Spinner size="md" aria-label={t('Loading the changes')} />}>
      <SpecDiff {...props} />
    </Suspense>
  );
};
