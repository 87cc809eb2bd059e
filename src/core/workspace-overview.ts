/**
 * The workspaces overview's rows: filtered by name, sorted by name or by experiment count, with
 * counts still loading (or failed) always last whatever the direction.
 */
import type { ExperimentCount } from './mlflow';

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
