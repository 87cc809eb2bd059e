import type { ExperimentCount } from '@/core/mlflow';

import {
  countsKnown,
  filterAndSortWorkspaces,
  formatExperimentCount,
  pageOfRows,
} from './workspace-overview';

const workspaces = ['team-b', 'team-a', 'sandbox', 'ml-prod'].map((name) => ({ name }));
const counts: Record<string, ExperimentCount | undefined> = {
  'team-a': { count: 32, more: false },
  'team-b': { count: 100, more: true },
  sandbox: { count: 0, more: false },
};
const countOf = (name: string) => counts[name];

describe('workspaces overview rows', () => {
  it('formats counts as N or 100+', () => {
    expect(formatExperimentCount({ count: 7, more: false })).toBe('7');
    expect(formatExperimentCount({ count: 100, more: true })).toBe('100+');
  });

  it('sorts by name both ways', () => {
    const names = (direction: 'asc' | 'desc') =>
      filterAndSortWorkspaces(workspaces, '', { field: 'name', direction }, countOf).map(
        (w) => w.name,
      );
    expect(names('asc')).toEqual(['ml-prod', 'sandbox', 'team-a', 'team-b']);
    expect(names('desc')).toEqual(['team-b', 'team-a', 'sandbox', 'ml-prod']);
  });

  it('sorts by count with 100+ above 100 and unknown counts last either way', () => {
    const names = (direction: 'asc' | 'desc') =>
      filterAndSortWorkspaces(workspaces, '', { field: 'experiments', direction }, countOf).map(
        (w) => w.name,
      );
    expect(names('desc')).toEqual(['team-b', 'team-a', 'sandbox', 'ml-prod']);
    expect(names('asc')).toEqual(['sandbox', 'team-a', 'team-b', 'ml-prod']);
  });

  it('filters by a case-insensitive part of the name', () => {
    expect(
      filterAndSortWorkspaces(
        workspaces,
        ' TEAM ',
        { field: 'name', direction: 'asc' },
        countOf,
      ).map((w) => w.name),
    ).toEqual(['team-a', 'team-b']);
  });
});

describe('pageOfRows', () => {
  const rows = Array.from({ length: 120 }, (_, index) => index);
  it('cuts the page shown', () => {
    expect(pageOfRows(rows, 2, 50)).toEqual({ rows: rows.slice(50, 100), page: 2 });
    expect(pageOfRows(rows, 3, 50).rows).toEqual(rows.slice(100));
  });
  it('shows the last page there is when the list shrank under the page', () => {
    expect(pageOfRows(rows.slice(0, 30), 3, 20)).toEqual({ rows: rows.slice(20, 30), page: 2 });
    expect(pageOfRows([], 4, 20)).toEqual({ rows: [], page: 1 });
  });
});

describe('countsKnown', () => {
  it('counts the workspaces whose count is known', () => {
    const known: Record<string, ExperimentCount | undefined> = {
      a: { count: 3, more: false },
    };
    expect(countsKnown(['a', 'b', 'c'], (name) => known[name])).toBe(1);
  });
});
