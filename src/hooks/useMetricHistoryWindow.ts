/**
 * What a run's metric chart asks MLflow: a sample of the whole history, or of the step window the
 * user zoomed to (every value when it is narrow enough), each one get-history-bulk-interval
 * request cached per window; and, only when asked, every value for a CSV file.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

import { metricCsvFileName, metricHistoryCsv } from '@/core/metrics/metric-csv';
import { isEveryValue, isNarrowWindow, maxResultsFor } from '@/core/metrics/metric-window';
import type { StepWindow } from '@/core/metrics/metric-window';
import {
  getFullMetricHistory,
  getSampledMetricHistory,
  METRIC_HISTORY_PAGE_SIZE,
} from '@/core/mlflow';
import type { Metric } from '@/core/mlflow';

import { useDescribeError } from './useDescribeError';
import type { ShownError } from './useDescribeError';
import { consoleMlflowClient, useMlflowQuery } from './useMlflowApi';
import type { MlflowQuery } from './useMlflowApi';

export interface WindowValues {
  points: Metric[];
  /** The steps asked (undefined: the whole history). */
  window?: StepWindow;
  /** Every value logged in what was asked, or (false) MLflow's sample of them. */
  everyValue: boolean;
}

const useWindowQuery = (
  workspace: string,
  runId: string,
  metricKey: string,
  window: StepWindow | undefined,
  enabled = true,
): MlflowQuery<WindowValues> => {
  const maxResults = maxResultsFor(window);
  return useMlflowQuery(
    enabled
      ? [
          'mlflow',
          workspace,
          'history-window',
          runId,
          metricKey,
          window?.from,
          window?.to,
          maxResults,
        ]
      : null,
    async (client, signal) => {
      const sample = await getSampledMetricHistory(
        client,
        workspace,
        runId,
        metricKey,
        maxResults,
        {
          signal,
          steps: window && { startStep: window.from, endStep: window.to },
        },
      );
      return {
        points: sample.points,
        window,
        everyValue: isEveryValue(sample.points.length, maxResults),
      };
    },
  );
};

/**
 * The values to draw for `window` (undefined: the whole history). A whole history sampled by
 * MLflow whose steps span EXACT_WINDOW_STEPS or fewer is asked again as that window, which
 * brings every value: one more small request instead of a sample of a short history.
 */
export const useMetricWindowValues = (
  workspace: string,
  runId: string,
  metricKey: string,
  window: StepWindow | undefined,
): MlflowQuery<WindowValues> => {
  const first = useWindowQuery(workspace, runId, metricKey, window);
  const sampled = first.data && !first.data.everyValue ? first.data.points : undefined;
  const span: StepWindow | undefined =
    !window && sampled && sampled.length > 0
      ? { from: sampled[0].step, to: sampled[sampled.length - 1].step }
      : undefined;
  const narrowSpan = span && isNarrowWindow(span) ? span : undefined;
  const exact = useWindowQuery(workspace, runId, metricKey, narrowSpan, narrowSpan !== undefined);
  if (!narrowSpan) return first;
  // The sample stays on screen until the exact values arrive; a failure of those is shown.
  return exact.data ? exact : { ...first, error: exact.error, retry: exact.retry };
};

/** Hands a finished file to the browser's download, as a click on a link to it would. */
const saveFile = (url: string, fileName: string) => {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
};

/** Stops after this many pages of get-history (2,000,000 values) and says the file was cut. */
export const METRIC_EXPORT_MAX_PAGES = 400;

export type CsvExportState =
  | { phase: 'idle' }
  | { phase: 'fetching'; loaded: number; pages: number }
  | { phase: 'ready'; url: string; fileName: string; values: number; truncated: boolean }
  | { phase: 'failed'; error: ShownError };

/**
 * The CSV of every value of a metric, fetched page by page only when `start` is called; `cancel`
 * aborts the requests in flight and drops what had arrived, so no partial file is ever offered.
 */
export const useMetricCsvExport = (workspace: string, runId: string, metricKey: string) => {
  const describe = useDescribeError();
  const [state, setState] = useState<CsvExportState>({ phase: 'idle' });
  const controller = useRef<AbortController | undefined>(undefined);
  const objectUrl = useRef<string | undefined>(undefined);

  const release = useCallback(() => {
    controller.current?.abort();
    controller.current = undefined;
    if (objectUrl.current) URL.revokeObjectURL(objectUrl.current);
    objectUrl.current = undefined;
  }, []);
  // Leaving the chart stops the download and frees the file.
  useEffect(() => release, [release]);

  const start = useCallback(() => {
    release();
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: 'fetching', loaded: 0, pages: 0 });
    getFullMetricHistory(consoleMlflowClient, workspace, runId, metricKey, {
      pageSize: METRIC_HISTORY_PAGE_SIZE,
      maxPages: METRIC_EXPORT_MAX_PAGES,
      signal: abort.signal,
      onProgress: (loaded, pages) => {
        if (!abort.signal.aborted) setState({ phase: 'fetching', loaded, pages });
      },
    }).then(
      ({ points, truncated }) => {
        if (abort.signal.aborted) return;
        const blob = new Blob([metricHistoryCsv(points)], { type: 'text/csv;charset=utf-8' });
        const url = URL.createObjectURL(blob);
        objectUrl.current = url;
        controller.current = undefined;
        const fileName = metricCsvFileName(runId, metricKey);
        saveFile(url, fileName);
        setState({ phase: 'ready', url, fileName, values: points.length, truncated });
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        controller.current = undefined;
        setState({ phase: 'failed', error: describe(error) });
      },
    );
  }, [describe, metricKey, release, runId, workspace]);

  const cancel = useCallback(() => {
    release();
    setState({ phase: 'idle' });
  }, [release]);

  return { state, start, cancel };
};
