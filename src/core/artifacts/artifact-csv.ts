/**
 * The first rows of a CSV (RFC 4180: quoted fields with "" for a quote, commas and line breaks
 * inside quotes, CRLF or LF) from the start of a file that may be cut off at the byte limit: a
 * record the cut runs through is left out rather than shown half.
 */

export interface CsvHead {
  header: string[];
  rows: string[][];
  /** Whether the file has rows after the ones returned (row limit reached, or the text cut off). */
  more: boolean;
}

interface CsvOptions {
  delimiter?: string;
  maxRows: number;
  /** Whether `text` is the whole file. */
  complete: boolean;
}

export const parseCsvHead = (
  text: string,
  { delimiter = ',', maxRows, complete }: CsvOptions,
): CsvHead => {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  let recordOpen = false;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
    recordOpen = false;
  };
  // header + maxRows, and one more to know whether there is more.
  while (index < text.length && records.length <= maxRows + 1) {
    const char = text[index];
    recordOpen = true;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      index += 1;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) endField();
    else if (char === '\n') endRecord();
    else if (char === '\r') {
      if (text[index + 1] === '\n') index += 1;
      endRecord();
    } else field += char;
    index += 1;
  }
  const textEnded = index >= text.length;
  // The last record without its line break is whole only when the file ended there.
  if (recordOpen && textEnded && complete && !quoted) endRecord();
  const [header = [], ...rows] = records;
  return {
    header,
    rows: rows.slice(0, maxRows),
    more: rows.length > maxRows || !textEnded || !complete,
  };
};
