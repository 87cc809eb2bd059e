import { Content } from '@patternfly/react-core';
import { Table, Tbody, Td, Th, Thead, Tr } from '@patternfly/react-table';

import { parseCsvHead } from '@/core/artifacts/artifact-csv';
import { CSV_PREVIEW_ROWS } from '@/core/artifacts/artifact-kind';
import { useMlflowTranslation } from '@/hooks/useMlflowTranslation';

interface CsvPreviewProps {
  text: string;
  complete: boolean;
  delimiter: string;
  name: string;
}

/** The first rows of a CSV as a table; every cell is text. */
export const CsvPreview = ({ text, complete, delimiter, name }: CsvPreviewProps) => {
  const { t } = useMlflowTranslation();
  const { header, rows, more } = parseCsvHead(text, {
    delimiter,
    maxRows: CSV_PREVIEW_ROWS,
    complete,
  });
  const width = Math.max(header.length, ...rows.map((row) => row.length));
  const columns = Array.from({ length: width }, (_, index) => index);
  return (
    <>
      <div className="mlflow-plugin__artifact-scroll">
        <Table aria-label={t('First rows of {{name}}', { name })} variant="compact">
          <Thead>
            <Tr>
              {columns.map((index) => (
                <Th key={index} modifier="nowrap">
                  {header[index] ?? ''}
                </Th>
              ))}
            </Tr>
          </Thead>
          <Tbody>
            {rows.map((row, rowIndex) => (
              <Tr key={rowIndex}>
                {columns.map((index) => (
                  <Td key={index}>{row[index] ?? ''}</Td>
                ))}
              </Tr>
            ))}
          </Tbody>
        </Table>
      </div>
      <Content component="small">
        {more
          ? t('The first {{count}} rows are shown.', {
              count: rows.length,
              defaultValue_one: 'The first row is shown.',
            })
          : t('All {{count}} rows are shown.', {
              count: rows.length,
              defaultValue_one: 'The one row is shown.',
            })}
      </Content>
    </>
  );
};
