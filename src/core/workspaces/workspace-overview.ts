/**
 * The workspaces overview's rows: filtered by name, sorted by name or by experiment count, with
 * counts still loading (or failed) always last whatever the direction.
 */
import type { ExperimentCount } from '@/core/mlflow';

export interface WorkspaceSort {
  field: 'name' | 'experiments';
  direction: 'asc' | 'desc';
}

/** "12", or "100+" when MLflow had more than the one page asked for. */
export const formatExperimentCount = ({ count, more }: ExperimentCount): string =>
  more ? `${String(count)}+` : String(count);

/** A count for sorting: "100+" sorts above 100. */
const countRank = (count: ExperimentCount): number => count.count + (count.more ? 0.5 : 0);

export const filterAndSortWorkspaces = <W extends { name: string }>(
  workspaces: readonly W[],
  nameFilter: string,
  sort: WorkspaceSort,
  countOf: (name: string) => ExperimentCount | undefined,
): W[] => {
  const needle = nameFilter.trim().toLowerCase();
  const sign = sort.direction === 'asc' ? 1 : -1;
  return workspaces
    .filter((workspace) => workspace.name.toLowerCase().includes(needle))
    .sort((a, b) => {
      if (sort.field === 'name') return sign * a.name.localeCompare(b.name);
      const countA = countOf(a.name);
      const countB = countOf(b.name);
      if (!countA || !countB) {
        if (countA) return -1;
        if (countB) return 1;
        return a.name.localeCompare(b.name);
      }
      return sign * (countRank(countA) - countRank(countB)) || a.name.localeCompare(b.name);
    });
};

/** Rows per page of the overview: counts are asked only for the rows of the page shown. */
export const WORKSPACE_PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_WORKSPACE_PAGE_SIZE = 50;

/**
 * The rows of one page (1-based), the page clamped to the last one when the list shrank (a filter
 * typed on page 7 of 10 shows the last page there is, not an empty table).
 */
export const pageOfRows = <T>(
  rows: readonly T[],
  page: number,
  perPage: number,
): { rows: T[]; page: number } => {
  const lastPage = Math.max(1, Math.ceil(rows.length / perPage));
  const shown = Math.min(Math.max(1, Math.floor(page)), lastPage);
  return { rows: rows.slice((shown - 1) * perPage, shown * perPage), page: shown };
};

/** How many of these workspaces have a known count: a sort by count orders only those. */
export const countsKnown = (
  names: readonly string[],
  countOf: (name: string) => ExperimentCount | undefined,
): number => names.filter((name) => countOf(name) !== undefined).length;
