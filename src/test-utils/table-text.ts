/** Test-only: what a table shows, as text, the way a user reads it. */
import { within } from '@testing-library/react';

/** The texts of a table's column headers (or of one header row). */
export const headerTexts = (element: HTMLElement) =>
  within(element)
    .getAllByRole('columnheader')
    .map((header) => header.textContent);

/** The texts of a row's cells, in column order. */
export const cellTexts = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((cell) => cell.textContent);
