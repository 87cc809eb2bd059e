import { parseCsvHead } from './artifact-csv';

describe('parseCsvHead', () => {
  it('reads a header and rows, with quoted commas, quotes and line breaks in fields', () => {
    const text = 'id,name,note\r\n1,"Shop 1, Main St","said ""hi"""\r\n2,b,"two\nlines"\r\n';
    expect(parseCsvHead(text, { maxRows: 10, complete: true })).toEqual({
      header: ['id', 'name', 'note'],
      rows: [
        ['1', 'Shop 1, Main St', 'said "hi"'],
        ['2', 'b', 'two\nlines'],
      ],
      more: false,
    });
  });

  it('keeps the last row of a whole file without a final line break', () => {
    expect(parseCsvHead('a,b\n1,2', { maxRows: 10, complete: true }).rows).toEqual([['1', '2']]);
  });

  it('leaves out the row the byte limit cut through, and says there is more', () => {
    const cut = 'a,b\n1,2\n3,"unfinished';
    expect(parseCsvHead(cut, { maxRows: 10, complete: false })).toEqual({
      header: ['a', 'b'],
      rows: [['1', '2']],
      more: true,
    });
    expect(parseCsvHead('a,b\n1,2\n3,4', { maxRows: 10, complete: false }).rows).toEqual([
      ['1', '2'],
    ]);
  });

  it('stops at the row limit and says there is more', () => {
    const text = ['n', ...Array.from({ length: 50 }, (_, i) => String(i))].join('\n');
    const head = parseCsvHead(`${text}\n`, { maxRows: 3, complete: true });
    expect(head.rows).toEqual([['0'], ['1'], ['2']]);
    expect(head.more).toBe(true);
  });

  it('reads tab-separated values', () => {
    expect(
      parseCsvHead('a\tb\n1\t2\n', { delimiter: '\t', maxRows: 5, complete: true }).rows,
    ).toEqual([['1', '2']]);
  });
});
