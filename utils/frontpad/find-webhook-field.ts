import { readCellText } from './cell-text';
import { normalizeText } from './normalize-text';

/** Input types that can contain a URL. An input without a `type` attribute is a text input. */
const TEXT_INPUT_TYPES = new Set(['', 'text', 'url']);

/** Maximum number of an input's ancestors that are searched for a label in front of them. */
const MAX_ANCESTOR_LEVELS = 3;

// Elements that a browser renders on their own line. One of them in front of a field is
// taken as the field's whole label, not joined with the text before it.
const BLOCK_ELEMENTS = new Set(['div', 'dt', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'th']);

// Node.TEXT_NODE and Node.ELEMENT_NODE. The global `Node` does not exist in Node.js tests.
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Finds Frontpad's «Webhook url» input under `root` by the text of its label, never by an id
 * or a name. The label may be a `<label>` (by `for` or around the input), an `aria-label`, the
 * text in front of the input in the same block («Webhook url:<br><input>»), or the cell or
 * block in front of the input's container (a table row «<td>Webhook url</td><td><input>»).
 * Case, spaces, hyphens and a trailing colon or asterisk do not matter. Returns the first match
 * in document order, or null.
 */
export function findWebhookField(root: Document | Element): HTMLInputElement | null {
  for (const input of root.querySelectorAll('input')) {
    const type = (input.getAttribute('type') ?? '').trim().toLowerCase();
    if (!TEXT_INPUT_TYPES.has(type)) continue;

    if (labelTextsOf(input).some(isWebhookUrlLabel)) return input;
  }

  return null;
}

/** Tells whether a label reads «Webhook url», ignoring case, spacing and a trailing «:» or «*». */
export function isWebhookUrlLabel(text: string): boolean {
  const label = normalizeText(text)
    .toLowerCase()
    .replace(/[\s:*]+$/, '');

  return /^webhook[\s_-]*url$/.test(label);
}

function labelTextsOf(input: HTMLInputElement): string[] {
  const texts: string[] = [];

  const ariaLabel = input.getAttribute('aria-label');
  if (ariaLabel) texts.push(ariaLabel);

  const wrappingLabel = input.closest('label');
  if (wrappingLabel) texts.push(readCellText(wrappingLabel));

  if (input.id) {
    const scope = input.getRootNode() as Document | ShadowRoot;
    for (const label of scope.querySelectorAll('label')) {
      if (label.getAttribute('for') === input.id) texts.push(readCellText(label));
    }
  }

  const before = textInFrontOf(input);
  if (before !== null) texts.push(before);

  return texts;
}

/**
 * Returns the text shown in front of `input`: first among its own preceding siblings, else
 * among those of its nearest ancestors. Returns null when nothing precedes it within
 * `MAX_ANCESTOR_LEVELS`, and '' when another field comes first, because a label in front of
 * that field is not this input's label.
 */
function textInFrontOf(input: Element): string | null {
  let node: Node = input;

  for (let level = 0; level <= MAX_ANCESTOR_LEVELS; level++) {
    const text = siblingTextBefore(node);
    if (text !== null) return text;

    const parent = node.parentNode;
    if (!parent || parent.nodeType !== ELEMENT_NODE) return null;
    node = parent;
  }

  return null;
}

/**
 * Reads the text of the siblings in front of `node` back to the previous line break, block
 * element or field. Returns null when no sibling in front of it shows text.
 */
function siblingTextBefore(node: Node): string | null {
  const parts: string[] = [];

  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
    if (sibling.nodeType === TEXT_NODE) {
      parts.unshift(sibling.nodeValue ?? '');
      continue;
    }
    if (sibling.nodeType !== ELEMENT_NODE) continue;

    const element = sibling as Element;
    const hasText = normalizeText(parts.join('')) !== '';

    if (element.localName === 'br') {
      if (hasText) break;
      continue;
    }
    if (containsField(element)) {
      if (hasText) break;
      return '';
    }
    if (BLOCK_ELEMENTS.has(element.localName)) {
      if (!hasText) parts.unshift(readCellText(element));
      break;
    }

    parts.unshift(readCellText(element));
  }

  const text = normalizeText(parts.join(''));
  return text === '' ? null : text;
}

function containsField(element: Element): boolean {
  const name = element.localName;
  if (name === 'input' || name === 'select' || name === 'textarea') return true;

  return element.querySelector('input, select, textarea') !== null;
}
