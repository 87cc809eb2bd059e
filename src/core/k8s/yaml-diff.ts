import { dump } from 'js-yaml';

/** YAML as the console's editor shows it, with sorted keys so that diffs line up. */
export const toYaml = (value: unknown): string =>
  value === undefined ? '' : dump(value, { sortKeys: true, lineWidth: -1, noRefs: true });

export interface DiffCell {
  /** 1-based line number in its side. */
  line: number;
  text: string;
}

export interface DiffRow {
  change: 'same' | 'removed' | 'added' | 'changed';
  before?: DiffCell;
  after?: DiffCell;
}

const linesOf = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

/**
 * A side-by-side line diff (longest common subsequence), with runs of removed and added lines
 * paired up as changed rows so the two columns stay aligned.
 */
export const sideBySideDiff = (beforeText: string, afterText: string): DiffRow[] => {
  const a = linesOf(beforeText);
  const b = linesOf(afterText);
  // lcs[i][j]: length of the LCS of a[i:] and b[j:]
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const rows: DiffRow[] = [];
  let removed: DiffCell[] = [];
  let added: DiffCell[] = [];
  const flush = () => {
    const paired = Math.max(removed.length, added.length);
    for (let k = 0; k < paired; k++) {
      const before = removed.at(k);
      const after = added.at(k);
      rows.push({
        change: before && after ? 'changed' : before ? 'removed' : 'added',
        before,
        after,
      });
    }
    removed = [];
    added = [];
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      rows.push({
        change: 'same',
        before: { line: i + 1, text: a[i] },
        after: { line: j + 1, text: b[j] },
      });
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      added.push({ line: j + 1, text: b[j] });
      j++;
    } else {
      removed.push({ line: i + 1, text: a[i] });
      i++;
    }
  }
  flush();
  return rows;
};
