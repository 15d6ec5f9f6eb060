import { normalizeText } from './normalize-text';

// Node.TEXT_NODE and Node.ELEMENT_NODE. The global `Node` does not exist in Node.js, where
// the parser runs on happy-dom documents.
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

// Elements that a browser renders on their own line, so their text is separated by a space.
const BLOCK_ELEMENTS = new Set([
  'address',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

// Elements whose content is never shown as text.
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Reads the text of a table cell, normalized by `normalizeText`. It is `textContent`, except
 * that `<br>` and block elements separate words (so «Передан<br>курьеру» reads as «Передан
 * курьеру») and the content of `<script>`, `<style>` and `<noscript>` is left out. No layout is
 * read, so text hidden by CSS is still included.
 */
export function readCellText(cell: Element): string {
  // Most cells contain only text, and textContent is much cheaper than the walk below.
  if (cell.firstElementChild === null) return normalizeText(cell.textContent ?? '');

  const parts: string[] = [];

  // Strings on the stack are separators to emit once an element's children are done.
  const pending: (Node | string)[] = [cell];

  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }

    if (item.nodeType === TEXT_NODE) {
      parts.push(item.nodeValue ?? '');
      continue;
    }

    if (item.nodeType !== ELEMENT_NODE) continue;

    const name = (item as Element).localName;
    if (SKIPPED_ELEMENTS.has(name)) continue;

    const separated = name === 'br' || BLOCK_ELEMENTS.has(name);
    if (separated) parts.push(' ');
    if (separated) pending.push(' ');

    // Children are pushed in reverse, so they are popped in document order.
    const children = item.childNodes;
    for (let index = children.length - 1; index >= 0; index--) {
      pending.push(children[index] as Node);
    }
  }

  return normalizeText(parts.join(''));
}
