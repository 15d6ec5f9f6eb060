/** The parts of a `MutationRecord` that `mutationsTouchTables` reads. */
export interface TableMutation {
  target: Node;
  addedNodes: Iterable<Node>;
  removedNodes: Iterable<Node>;
}

/**
 * Tells whether any of the mutations may have changed a table: a change inside a table, or
 * an added or removed node that is or contains a table. Mutations inside `ignore` (the
 * extension's own control) are skipped. The content script re-reads the page only then, so
 * that text ticking elsewhere on the page costs it a few `closest` calls and no parsing.
 */
export function mutationsTouchTables(
  records: Iterable<TableMutation>,
  ignore: Node | null,
): boolean {
  for (const record of records) {
    if (ignore?.contains(record.target)) continue;
    if (isInsideTable(record.target)) return true;

    for (const node of record.addedNodes) {
      if (containsTable(node)) return true;
    }
    for (const node of record.removedNodes) {
      if (containsTable(node)) return true;
    }
  }

  return false;
}

function isInsideTable(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;

  return element?.closest('table') != null;
}

function containsTable(node: Node): boolean {
  if (node.nodeType !== Node.ELEMENT_NODE) return false;

  const element = node as Element;
  return element.localName === 'table' || element.getElementsByTagName('table').length > 0;
}
