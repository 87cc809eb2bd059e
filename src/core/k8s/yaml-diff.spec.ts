import { sideBySideDiff, toYaml } from './yaml-diff';

describe('toYaml', () => {
  it('writes sorted keys so that before and after line up', () => {
    expect(
      toYaml({ storage: { size: '5Gi' }, backendStoreUri: 'sqlite:////mlflow/mlflow.db' }),
    ).toBe('backendStoreUri: sqlite:////mlflow/mlflow.db\nstorage:\n  size: 5Gi\n');
    expect(toYaml(undefined)).toBe('');
  });
});

describe('sideBySideDiff', () => {
  it('pairs a changed line and keeps unchanged ones aligned', () => {
    const before = toYaml({ a: 1, size: '5Gi', z: true });
    const after = toYaml({ a: 1, size: '20Gi', z: true });
    expect(sideBySideDiff(before, after)).toEqual([
      { change: 'same', before: { line: 1, text: 'a: 1' }, after: { line: 1, text: 'a: 1' } },
      {
        change: 'changed',
        before: { line: 2, text: 'size: 5Gi' },
        after: { line: 2, text: 'size: 20Gi' },
      },
      { change: 'same', before: { line: 3, text: 'z: true' }, after: { line: 3, text: 'z: true' } },
    ]);
  });

  it('shows added and removed lines on their side only', () => {
    const rows = sideBySideDiff('a: 1\nb: 2\n', 'a: 1\nb: 2\nc: 3\n');
    expect(rows.at(-1)).toEqual({
      change: 'added',
      before: undefined,
      after: { line: 3, text: 'c: 3' },
    });
    const removed = sideBySideDiff('a: 1\nb: 2\n', 'a: 1\n');
    expect(removed.at(-1)).toEqual({
      change: 'removed',
      before: { line: 2, text: 'b: 2' },
      after: undefined,
    });
  });

  it('shows a creation as all added', () => {
    expect(sideBySideDiff('', 'a: 1\n')).toEqual([
      { change: 'added', before: undefined, after: { line: 1, text: 'a: 1' } },
    ]);
  });
});
