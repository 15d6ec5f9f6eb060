import { normalizeText } from './normalize-text';
import { parseCode } from './parse-code';
import { MAX_TEXT_LENGTH, type FrontpadStatus } from './types';

/** A line of pasted text that could not be read as a status. */
export interface PastedLineError {
  line: number;
  text: string;
  reason: 'no_code' | 'no_name' | 'duplicate_code' | 'name_too_long';
}

// Separators between code and name: semicolon, tab, comma, colon or spaces.
const CODE_FIRST = /^(\S+?)\s*[;\t,:]\s*(.*)$|^(\S+)\s+(.*)$/;

/**
 * Reads statuses typed or pasted by the operator, one per line: `10 Выполнен`, `10;Выполнен`,
 * `10<tab>Выполнен`, or a row copied from Frontpad's table, where the name comes first and
 * the code second (`Выполнен<tab>10<tab>…`). Blank lines are skipped. Codes follow the same
 * rule as on the page: ASCII digits only. Each rejected line is reported with its number.
 */
export function parsePastedLines(text: string): {
  statuses: FrontpadStatus[];
  errors: PastedLineError[];
} {
  const statuses: FrontpadStatus[] = [];
  const errors: PastedLineError[] = [];
  const seen = new Set<number>();

  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '' || isHeaderLine(raw)) return;

    const parsed = readLine(raw);
    const shown = normalizeText(raw).slice(0, 80);
    if (!parsed) {
      errors.push({ line, text: shown, reason: 'no_code' });
      return;
    }
    if (parsed.name === '') {
      errors.push({ line, text: shown, reason: 'no_name' });
      return;
    }
    if (parsed.name.length > MAX_TEXT_LENGTH) {
      errors.push({ line, text: shown, reason: 'name_too_long' });
      return;
    }
    if (seen.has(parsed.code)) {
      errors.push({ line, text: shown, reason: 'duplicate_code' });
      return;
    }

    seen.add(parsed.code);
    statuses.push(parsed);
  });

  return { statuses, errors };
}

// A copied table often starts with its header row («Название	Код API	…»), which is skipped.
const HEADER_LINE = /^\s*(название|наименование|статус)\s*[\t;,]\s*код( api)?\b/i;

function isHeaderLine(raw: string): boolean {
  return HEADER_LINE.test(raw);
}

function readLine(raw: string): FrontpadStatus | undefined {
  const cells = raw.split(/\t|;/).map(normalizeText);
  if (cells.length >= 2) {
    const [first = '', second = ''] = cells;
    const codeFirst = parseCode(first);
    if (codeFirst.kind === 'code') return { code: codeFirst.code, name: second };

    const codeSecond = parseCode(second);
    if (codeSecond.kind === 'code') return { code: codeSecond.code, name: first };
  }

  // A line without a separator is a lone code («10») or a lone name («Выполнен»).
  const match = CODE_FIRST.exec(normalizeText(raw));
  const codeText = match?.[1] ?? match?.[3] ?? normalizeText(raw);
  const name = normalizeText(match?.[2] ?? match?.[4] ?? '');
  const code = parseCode(codeText);
  if (code.kind !== 'code') return undefined;

  return { code: code.code, name };
}
