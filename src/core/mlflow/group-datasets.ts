/**
 * An experiment's datasets as the table shows them: each summary MLflow gave, with the source and
 * the runs that used it from the runs' inputs. Pure, for the unit tests.
 */
import { datasetKey, datasetSourceText } from '.';
import type { DatasetSummary, DatasetUse } from '.';

export interface DatasetRow {
  key: string;
  name: string;
  digest: string;
  contexts: string[];
  sourceType?: string;
  source?: string;
  runs: { runId: string; runName?: string }[];
}

export const groupDatasets = (
  summaries: readonly DatasetSummary[],
  uses: readonly DatasetUse[],
): DatasetRow[] => {
  const rows = new Map<string, DatasetRow>();
  const rowOf = (dataset: { name: string; digest: string }) => {
    const key = datasetKey(dataset);
    const row = rows.get(key) ?? {
      key,
      name: dataset.name,
      digest: dataset.digest,
      contexts: [],
      runs: [],
    };
    rows.set(key, row);
    return row;
  };
  const addContext = (row: DatasetRow, context: string | undefined) => {
    if (context && !row.contexts.includes(context)) row.contexts.push(context);
  };
  summaries.forEach((summary) => {
    addContext(rowOf(summary), summary.context);
  });
  uses.forEach((use) => {
    const row = rowOf(use);
    addContext(row, use.context);
    row.sourceType ??= use.sourceType;
    row.source ??= datasetSourceText(use.source);
    if (!row.runs.some((run) => run.runId === use.runId)) {
      row.runs.push({ runId: use.runId, runName: use.runName });
    }
  });
  return [...rows.values()];
};
