import { Button, Content, Flex, FlexItem, Spinner } from '@patternfly/react-core';
import { DownloadIcon } from '@patternfly/react-icons';

import { MlflowErrorState } from '@/components/MlflowErrorState';
import { useMetricCsvExport } from '@/hooks/useMetricHistoryWindow';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface MetricHistoryExportProps {
  namespace: string;
  runId: string;
  metricKey: string;
}

/**
 * Every value of a metric as a CSV file, fetched only when asked: progress while the pages come,
 * Cancel to stop them, the file offered only once it holds every value (or says where it was cut).
 */
export const MetricHistoryExport = ({ namespace, runId, metricKey }: MetricHistoryExportProps) => {
  const { t } = useMlflowTranslation();
  const { state, start, cancel } = useMetricCsvExport(namespace, runId, metricKey);

  if (state.phase === 'fetching') {
    return (
      <Flex alignItems={{ default: 'alignItemsCenter' }}>
        <FlexItem>
          <Spinner size="md" aria-hidden />
        </FlexItem>
        <FlexItem>
          <Content component="small" aria-live="polite">
            {t(
              'Fetching every value of {{metric}} for the CSV: {{loaded}} values ({{pages}} pages) so far.',
              {
                metric: metricKey,
                loaded: state.loaded.toLocaleString(),
                pages: state.pages,
              },
            )}
          </Content>
        </FlexItem>
        <FlexItem>
          <Button variant="link" onClick={cancel}>
            {t('Cancel download')}
          </Button>
        </FlexItem>
      </Flex>
    );
  }
  const download = (
    <Button variant="secondary" icon={<DownloadIcon />} onClick={start}>
      {t('Download CSV')}
    </Button>
  );
  if (state.phase === 'failed') {
    return (
      <MlflowErrorState
        error={state.error}
        title={t('every value of {{metric}} for the CSV', { metric: metricKey })}
        onRetry={start}
      />
    );
  }
  if (state.phase === 'ready') {
    return (
      <Flex alignItems={{ default: 'alignItemsCenter' }}>
        <FlexItem>{download}</FlexItem>
        <FlexItem>
          <Content component="small" aria-live="polite">
            {state.truncated
              ? t('{{file}} holds the first {{number}} values only: the history is longer.', {
                  file: state.fileName,
                  number: state.values.toLocaleString(),
                })
              : t('{{file}} holds all {{number}} values.', {
                  file: state.fileName,
                  number: state.values.toLocaleString(),
                })}{' '}
            <a href={state.url} download={state.fileName}>
              {t('Save it again')}
            </a>
          </Content>
        </FlexItem>
      </Flex>
    );
  }
  return download;
};
