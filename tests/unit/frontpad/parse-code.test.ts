import { describe, expect, it } from 'vitest';

import { normalizeText, truncateText } from '@/utils/frontpad/normalize-text';
import { parseCode, type ParsedCode } from '@/utils/frontpad/parse-code';

describe('parseCode', () => {
  const cases: [string, ParsedCode][] = [
    ['0', { kind: 'code', code: 0 }],
    ['15', { kind: 'code', code: 15 }],
    ['007', { kind: 'code', code: 7 }],
    ['9007199254740991', { kind: 'code', code: Number.MAX_SAFE_INTEGER }],
    ['', { kind: 'blank' }],
    ['9007199254740992', { kind: 'invalid' }],
    ['-3', { kind: 'invalid' }],
    ['+3', { kind: 'invalid' }],
    ['1.5', { kind: 'invalid' }],
    ['1,5', { kind: 'invalid' }],
    ['1e3', { kind: 'invalid' }],
    ['0x1F', { kind: 'invalid' }],
    ['1 000', { kind: 'invalid' }],
    ['abc', { kind: 'invalid' }],
    ['١٢', { kind: 'invalid' }],
    ['１２', { kind: 'invalid' }],
  ];

  it.each(cases)('reads «%s»', (text, expected) => {
    expect(parseCode(text)).toEqual(expected);
  });
});

describe('normalizeText', () => {
  const cases: [string, string][] = [
    ['  Новый  ', 'Новый'],
    ['В\u00a0пути', 'В пути'],
    ['Передан\n\t  курьеру', 'Передан курьеру'],
    ['\u00a0\u00a0', ''],
  ];

  it.each(cases)('normalizes %j', (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });
});

describe('truncateText', () => {
  it('keeps short text', () => {
    expect(truncateText('Новый', 200)).toBe('Новый');
  });

  it('cuts to the limit', () => {
    expect(truncateText('абвгд', 3)).toBe('абв');
  });

  it('keeps surrogate pairs whole', () => {
    expect(truncateText('ab😀', 3)).toBe('ab');
  });
});
