import { readCellText } from './cell-text';
import { cellColumns, cellsOf } from './table-cells';

// Header labels in order of preference, lowercase. A header cell matches when its whole
// normalized text equals a label, so «Код заказа» or «Статус оплаты» do not match.
const NAME_LABELS = ['название', 'наименование', 'статус'];
const CODE_LABELS = ['код api', 'код'];
const VISIBLE_LABELS = ['отображать', 'показывать', 'отображается', 'видимость'];

/** Columns named by a statuses-table header row. */
export interface HeaderColumns {
  nameColumn: number;
  codeColumn: number;
  /** Whether the code column is labelled «Код API» rather than the less specific «Код». */
  apiCodeLabel: boolean;
  /** Column that says whether Frontpad shows the status («Отображать»), when there is one. */
  visibleColumn?: number;
}

/**
 * Finds the status-name and API-code columns in a header row. Labels are compared
 * case-insensitively after whitespace is collapsed, and a trailing colon is ignored.
 * Returns undefined unless the row names both columns.
 */
export function matchHeader(row: Element): HeaderColumns | undefined {
  let name: { column: number; rank: number } | undefined;
  let code: { column: number; rank: number } | undefined;
  let visibleColumn: number | undefined;

  for (const { cell, column } of cellColumns(row)) {
    const label = headerLabel(cell);

    const nameRank = NAME_LABELS.indexOf(label);
    if (nameRank >= 0 && (!name || nameRank < name.rank)) name = { column, rank: nameRank };

    if (visibleColumn === undefined && VISIBLE_LABELS.includes(label)) visibleColumn = column;

    const codeRank = CODE_LABELS.indexOf(label);
    if (codeRank >= 0 && (!code || codeRank < code.rank)) code = { column, rank: codeRank };
  }

  if (!name || !code) return undefined;

  return {
    nameColumn: name.column,
    codeColumn: code.column,
    apiCodeLabel: code.rank === 0,
    visibleColumn,
  };
}

/** Tells whether a row is marked up as a header: it is in `thead` or all its cells are `th`. */
export function isMarkedAsHeader(row: Element): boolean {
  if (row.parentElement?.localName === 'thead') return true;

  const cells = cellsOf(row);
  return cells.length > 0 && cells.every((cell) => cell.localName === 'th');
}

function headerLabel(cell: Element): string {
  return readCellText(cell).toLowerCase().replace(/\s*:$/, '');
}
