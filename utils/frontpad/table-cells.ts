/**
 * Returns the rows that belong to `table` itself, in document order: its direct `tr` children
 * and those of its direct `thead`, `tbody` and `tfoot`. Rows of nested tables are never
 * included, unlike `querySelectorAll('tr')`.
 */
export function ownRows(table: Element): Element[] {
  const rows: Element[] = [];

  for (const child of table.children) {
    if (child.localName === 'tr') {
      rows.push(child);
      continue;
    }

    if (child.localName === 'thead' || child.localName === 'tbody' || child.localName === 'tfoot') {
      for (const row of child.children) {
        if (row.localName === 'tr') rows.push(row);
      }
    }
  }

  return rows;
}

/** Returns the `td` and `th` children of a row. */
export function cellsOf(row: Element): Element[] {
  const cells: Element[] = [];

  for (const child of row.children) {
    if (child.localName === 'td' || child.localName === 'th') cells.push(child);
  }

  return cells;
}

/**
 * Returns the cell of `row` that covers the 0-based `column`, counting `colspan`.
 * NOTE: `rowspan` from rows above is not counted, so a row below a cell with `rowspan`
 * is read as if its cells started at column 0.
 */
export function cellAtColumn(row: Element, column: number): Element | undefined {
  let start = 0;

  for (const cell of cellsOf(row)) {
    const end = start + columnSpan(cell);
    if (column < end) return cell;
    start = end;
  }

  return undefined;
}

/** Returns the 0-based column where each cell of `row` starts, counting `colspan`. */
export function cellColumns(row: Element): { cell: Element; column: number }[] {
  const result: { cell: Element; column: number }[] = [];
  let column = 0;

  for (const cell of cellsOf(row)) {
    result.push({ cell, column });
    column += columnSpan(cell);
  }

  return result;
}

// As in the HTML standard's algorithm for processing rows, an invalid or zero colspan counts
// as 1 and one above 1000 counts as 1000.
function columnSpan(cell: Element): number {
  const span = Number.parseInt(cell.getAttribute('colspan') ?? '', 10);
  if (!Number.isFinite(span) || span < 1) return 1;

  return Math.min(span, 1000);
}
