import { Alert, Button } from '@patternfly/react-core';
import { useState } from 'react';

import { useDescribeError } from '@/hooks/useDescribeError';
import type { ShownError } from '@/hooks/useDescribeError';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

import { downloadArtifact } from './downloadArtifact';

interface DownloadArtifactButtonProps {
  namespace: string;
  runId: string;
  path: string;
}

/** Download, with the failure said next to the button. */
export const DownloadArtifactButton = ({ namespace, runId, path }: DownloadArtifactButtonProps) => {
  const { t } = useMlflowTranslation();
  const describe = useDescribeError();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ShownError>();
  return (
    <>
      <Button
        variant="secondary"
        isLoading={busy}
        isDisabled={busy}
        onClick={() => {
          setBusy(true);
          setError(undefined);
          downloadArtifact(namespace, runId, path)
            .catch((failure: unknown) => {
              setError(describe(failure));
            })
            .finally(() => {
              setBusy(false);
            });
        }}
      >
        {t('Download')}
      </Button>
      {error ? (
        <Alert isInline isPlain variant="danger" title={t('The download failed')}>
          {error.message}
        </Alert>
      ) : null}
    </>
  );
};
