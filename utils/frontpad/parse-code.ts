/** An API code cell read as a number, or the reason it is not one. */
export type ParsedCode = { kind: 'code'; code: number } | { kind: 'blank' } | { kind: 'invalid' };

/**
 * Parses the normalized text of an API code cell. A code is ASCII digits only, so signs,
 * decimals, digit groups and non-ASCII digits (such as Arabic-Indic «١٢») are invalid, and
 * so is a number above `Number.MAX_SAFE_INTEGER`. Leading zeros are accepted: «07» is 7.
 */
export function parseCode(text: string): ParsedCode {
  if (text === '') return { kind: 'blank' };
  if (!/^[0-9]+$/.test(text)) return { kind: 'invalid' };

  const code = Number(text);
  if (!Number.isSafeInteger(code)) return { kind: 'invalid' };

  return { kind: 'code', code };
}
