import type { StatusesTable } from './find-statuses-table';
import { readCellText } from './cell-text';
import { MAX_TEXT_LENGTH } from './max-text-length';
import { truncateText } from './normalize-text';
import { parseCode } from './parse-code';
import { cellAtColumn } from './table-cells';
import type { FrontpadStatus, StatusesRead, StatusWarning } from './types';

/**
 * Reads the statuses from the data rows of a recognised statuses table, in page order.
 * A row is left out with a warning when its name is blank or its code is blank, invalid or
 * already taken by an earlier row, so the first row with a given code is kept. Rows are
 * numbered from 1 among the rows that have a name or a code. A row with neither, or whose
 * one cell spans both columns (a caption or a group title), is skipped silently.
 */
export function readStatusRows({
  dataRows,
  nameColumn,
  codeColumn,
  visibleColumn,
}: StatusesTable): StatusesRead {
  const statuses: FrontpadStatus[] = [];
  const warnings: StatusWarning[] = [];
  const seenCodes = new Set<number>();
  let rowNumber = 0;

  for (const row of dataRows) {
    const nameCell = cellAtColumn(row, nameColumn);
    const codeCell = cellAtColumn(row, codeColumn);
    if (nameCell && nameCell === codeCell) continue;

    const name = truncateText(nameCell ? readCellText(nameCell) : '', MAX_TEXT_LENGTH);
    const codeText = codeCell ? readCellText(codeCell) : '';
    if (name === '' && codeText === '') continue;

    rowNumber += 1;
    const value = truncateText(codeText, MAX_TEXT_LENGTH);
    const parsed = parseCode(codeText);

    if (name === '') {
      warnings.push({ kind: 'blank_name', row: rowNumber, value });
    } else if (parsed.kind === 'blank') {
      warnings.push({ kind: 'blank_code', row: rowNumber, name });
    } else if (parsed.kind === 'invalid') {
      warnings.push({ kind: 'invalid_code', row: rowNumber, name, value });
    } else if (seenCodes.has(parsed.code)) {
      warnings.push({ kind: 'duplicate_code', row: rowNumber, name, value });
    } else {
      seenCodes.add(parsed.code);
      statuses.push(withVisibility({ code: parsed.code, name }, row, visibleColumn));
    }
  }

  if (rowNumber === 0) warnings.push({ kind: 'no_rows' });

  return { statuses, warnings };
}

// Frontpad writes «Да»/«Нет» in the «Отображать» column; other values leave `hidden` unset.
const HIDDEN_VALUES = new Set(['нет', 'no', 'скрыт', 'скрыто']);
const SHOWN_VALUES = new Set(['да', 'yes']);

function withVisibility(
  status: FrontpadStatus,
  row: Element,
  visibleColumn: number | undefined,
): FrontpadStatus {
  if (visibleColumn === undefined) return status;

  const cell = cellAtColumn(row, visibleColumn);
  const text = cell ? readCellText(cell).toLowerCase() : '';
  if (HIDDEN_VALUES.has(text)) return { ...status, hidden: true };
  if (SHOWN_VALUES.has(text)) return { ...status, hidden: false };

  return status;
}
