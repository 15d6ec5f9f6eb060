import { readCellText } from './cell-text';
import { isMarkedAsHeader, matchHeader } from './match-header';
import { parseCode } from './parse-code';
import { cellAtColumn, cellsOf, ownRows } from './table-cells';

/** A table recognised as the statuses table, with the columns to read. */
export interface StatusesTable {
  table: Element;
  /** The table's own rows below the header that contain any text. */
  dataRows: Element[];
  nameColumn: number;
  codeColumn: number;
  /** Column of «Отображать» (Да/Нет), when the header names one. */
  visibleColumn?: number;
}

// How well a table matches. When several tables qualify, the highest rank wins, and among
// equal ranks the first in document order wins. A header with «Код API» ranks above a header
// with «Код», and both rank above a table without a header that only looks like a code list.
const RANK_API_CODE_HEADER = 3;
const RANK_CODE_HEADER = 2;
const RANK_NO_HEADER = 1;

// A title row may precede the header, so the header is looked for among this many rows.
const HEADER_SEARCH_ROWS = 3;

// A table without a header needs at least this many integer codes in its second column.
const MIN_HEADERLESS_CODES = 2;

/**
 * Finds the statuses table among the tables in `roots` (each root itself included when it is
 * a table), searching the roots in order. Returns undefined when no table qualifies.
 */
export function findStatusesTable(roots: readonly ParentNode[]): StatusesTable | undefined {
  let best: { table: StatusesTable; rank: number } | undefined;

  for (const root of roots) {
    for (const table of tablesIn(root)) {
      const candidate = classifyTable(table);
      if (!candidate || (best && candidate.rank <= best.rank)) continue;

      best = candidate;
      if (best.rank === RANK_API_CODE_HEADER) return best.table;
    }
  }

  return best?.table;
}

function tablesIn(root: ParentNode): Element[] {
  const tables: Element[] = Array.from(root.querySelectorAll('table'));
  if (isElement(root) && root.localName === 'table') tables.unshift(root);

  return tables;
}

function isElement(node: ParentNode): node is Element {
  return (node as Node).nodeType === 1;
}

function classifyTable(table: Element): { table: StatusesTable; rank: number } | undefined {
  const rows = ownRows(table).filter(hasText);

  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index++) {
    const header = matchHeader(rows[index] as Element);
    if (!header) continue;

    const { nameColumn, codeColumn, visibleColumn } = header;
    const dataRows = rows.slice(index + 1);
    const rank = header.apiCodeLabel ? RANK_API_CODE_HEADER : RANK_CODE_HEADER;

    return { table: { table, dataRows, nameColumn, codeColumn, visibleColumn }, rank };
  }

  const firstRow = rows[0];
  if (!firstRow || isMarkedAsHeader(firstRow) || !looksLikeCodeList(rows)) return undefined;

  return { table: { table, dataRows: rows, nameColumn: 0, codeColumn: 1 }, rank: RANK_NO_HEADER };
}

/**
 * Tells whether a table without a header reads as «name | code» rows. All of these must hold:
 * - the first row's second cell is an integer, so a header with labels other than the known
 *   ones (such as «Товар | Артикул | Цена») is not taken for data;
 * - more than half of the non-empty second cells are integers, so a few broken codes do not
 *   hide the table, and there are at least `MIN_HEADERLESS_CODES` of them;
 * - more than half of the rows have a first cell that is text and not a number, which rules
 *   out calendars and other grids of numbers;
 * - neither of the first two cells of any row contains a table, which rules out a layout table
 *   around the real one.
 */
function looksLikeCodeList(rows: Element[]): boolean {
  let filledCodes = 0;
  let integerCodes = 0;
  let textNames = 0;

  for (const [index, row] of rows.entries()) {
    const nameCell = cellAtColumn(row, 0);
    const codeCell = cellAtColumn(row, 1);
    if (containsTable(nameCell) || containsTable(codeCell)) return false;

    const codeText = codeCell ? readCellText(codeCell) : '';
    const isInteger = parseCode(codeText).kind === 'code';
    if (index === 0 && !isInteger) return false;

    if (codeText !== '') filledCodes += 1;
    if (isInteger) integerCodes += 1;

    const nameText = nameCell ? readCellText(nameCell) : '';
    if (nameText !== '' && parseCode(nameText).kind !== 'code') textNames += 1;
  }

  return (
    integerCodes >= MIN_HEADERLESS_CODES &&
    integerCodes * 2 > filledCodes &&
    textNames * 2 > rows.length
  );
}

function containsTable(cell: Element | undefined): boolean {
  if (!cell || cell.firstElementChild === null) return false;

  return cell.querySelector('table') !== null;
}

function hasText(row: Element): boolean {
  return cellsOf(row).some((cell) => /\S/.test(cell.textContent ?? ''));
}
