import { afterEach, describe, expect, it, vi } from 'vitest';

import { jsonValueLines, lineOfOffset } from '@/utils/mapping/json-positions';
import {
  MAPPING_FILE_FORMAT,
  MAPPING_FILE_VERSION,
  readMappingFile,
  writeMappingFile,
  type MappingFileError,
} from '@/utils/mapping/mapping-file';
import type { MappingItem } from '@/utils/zenky/schemas';

const STATUS_NEW = '5e3d0000-0000-4000-8000-0000000a0001';
const STATUS_DONE = '5e3d0000-0000-4000-8000-0000000a0010';

const ITEMS: MappingItem[] = [
  { frontpad_code: 1, frontpad_name: 'Новый', order_status_id: STATUS_NEW, notify: false },
  { frontpad_code: 10, frontpad_name: 'Выполнен', order_status_id: STATUS_DONE, notify: true },
  { frontpad_code: 11, frontpad_name: 'Отменён «клиентом»', order_status_id: null, notify: false },
];

const EXPORTED_AT = new Date('2026-12-04T12:30:00.000Z');

/** An exported file with one line edited; `line` is 1-based, as an editor shows it. */
function editLine(line: number, edit: (text: string) => string): string {
  const lines = writeMappingFile(ITEMS, EXPORTED_AT).split('\n');
  lines[line - 1] = edit(lines[line - 1] ?? '');
  return lines.join('\n');
}

/** Returns the 1-based line of the first line containing `fragment` in an exported file. */
function lineWith(fragment: string): number {
  const lines = writeMappingFile(ITEMS, EXPORTED_AT).split('\n');
  return lines.findIndex((line) => line.includes(fragment)) + 1;
}

function readError(text: string): MappingFileError | undefined {
  const result = readMappingFile(text);
  return result.ok ? undefined : result.error;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('writeMappingFile', () => {
  it('round-trips through readMappingFile', () => {
    const result = readMappingFile(writeMappingFile(ITEMS, EXPORTED_AT));

    expect(result).toEqual({
      ok: true,
      file: {
        format: MAPPING_FILE_FORMAT,
        version: MAPPING_FILE_VERSION,
        exported_at: '2026-12-04T12:30:00.000Z',
        items: ITEMS,
      },
    });
  });

  it('round-trips an empty mapping', () => {
    const result = readMappingFile(writeMappingFile([], EXPORTED_AT));

    expect(result.ok && result.file.items).toEqual([]);
  });

  it('writes one field per line', () => {
    const text = writeMappingFile(ITEMS, EXPORTED_AT);

    expect(text.split('\n')[1]).toBe(`  "format": "${MAPPING_FILE_FORMAT}",`);
  });

  it('ends with a newline', () => {
    expect(writeMappingFile(ITEMS, EXPORTED_AT).endsWith('}\n')).toBe(true);
  });
});

describe('readMappingFile', () => {
  it('reads a file with CRLF line breaks', () => {
    const text = writeMappingFile(ITEMS, EXPORTED_AT).replace(/\n/g, '\r\n');

    expect(readMappingFile(text).ok).toBe(true);
  });

  it('rejects text that is not JSON', () => {
    expect(readError('Новый;1\nВыполнен;10')?.reason).toBe('not_json');
  });

  it('names the line of an unexpected token', () => {
    expect(readError('{\n  "format": 1,\n  "items": [\n    {"notify": tru}\n  ]\n}')?.line).toBe(4);
  });

  it('names the line of a syntax error', () => {
    // A trailing comma after the last field of the second item.
    const line = lineWith('"notify": true');
    const text = editLine(line, (current) => `${current},`);

    expect(readError(text)).toMatchObject({ reason: 'not_json', line: line + 1, field: null });
  });

  it('names the line of a missing comma', () => {
    const line = lineWith('"version"');
    const text = editLine(line, (current) => current.replace(/,$/, ''));

    expect(readError(text)?.line).toBe(line + 1);
  });

  it('names the last line of a cut file', () => {
    const line = lineWith('"notify": false');
    const lines = writeMappingFile(ITEMS, EXPORTED_AT).split('\n').slice(0, line);
    const text = lines.join('\n').replace(/false$/, 'fal');

    expect(readError(text)?.line).toBe(line);
  });

  it('names line 1 of a blank file', () => {
    expect(readError('\n\n')?.line).toBe(1);
  });

  it('reads the line from a Firefox message', () => {
    const message =
      'JSON.parse: expected double-quoted property name at line 7 column 5 of the JSON data';
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new SyntaxError(message);
    });

    expect(readError('{}')?.line).toBe(7);
  });

  it('leaves the line out when unknown', () => {
    vi.spyOn(JSON, 'parse').mockImplementationOnce(() => {
      throw new SyntaxError('Unexpected token');
    });

    expect(readError('{}')?.line).toBeNull();
  });

  it('keeps the parser message', () => {
    expect(readError('{"format": }')?.detail).toMatch(/JSON/);
  });

  const wrongFormatCases: [string, string][] = [
    ['another format', JSON.stringify({ format: 'other/app', version: 1, items: [] })],
    ['no format', JSON.stringify({ version: 1, items: [] })],
    ['a list', JSON.stringify(ITEMS)],
    ['a string', '"mapping"'],
    ['null', 'null'],
  ];

  it.each(wrongFormatCases)('rejects %s as a wrong format', (_case, text) => {
    expect(readError(text)?.reason).toBe('wrong_format');
  });

  it('names the line of the format', () => {
    const text = editLine(2, () => '  "format": "other/app",');

    expect(readError(text)).toEqual({
      line: 2,
      field: 'format',
      reason: 'wrong_format',
      detail: 'other/app',
    });
  });

  const versionCases: [string, string][] = [
    ['a newer version', '  "version": 2,'],
    ['version 0', '  "version": 0,'],
    ['a version as text', '  "version": "1",'],
  ];

  it.each(versionCases)('rejects %s', (_case, line) => {
    const text = editLine(lineWith('"version"'), () => line);

    expect(readError(text)).toMatchObject({
      line: 3,
      field: 'version',
      reason: 'unsupported_version',
    });
  });

  it('names the unsupported version', () => {
    const text = editLine(lineWith('"version"'), () => '  "version": 2,');

    expect(readError(text)?.detail).toBe('2');
  });

  const invalidFieldCases: [string, string, string, (line: string) => string][] = [
    [
      'a notify as text',
      '"notify": true',
      'items.1.notify',
      (line) => line.replace('true', '"да"'),
    ],
    [
      'a negative code',
      '"frontpad_code": 10',
      'items.1.frontpad_code',
      (line) => line.replace('10', '-10'),
    ],
    [
      'a decimal code',
      '"frontpad_code": 10',
      'items.1.frontpad_code',
      (line) => line.replace('10', '10.5'),
    ],
    [
      'an empty status id',
      `"order_status_id": "${STATUS_DONE}"`,
      'items.1.order_status_id',
      (line) => line.replace(STATUS_DONE, ''),
    ],
    [
      'a name as a number',
      '"frontpad_name": "Новый"',
      'items.0.frontpad_name',
      (line) => line.replace('"Новый"', '1'),
    ],
    [
      'a date as a number',
      '"exported_at"',
      'exported_at',
      (line) => line.replace(/"2026[^"]*"/, '0'),
    ],
  ];

  it.each(invalidFieldCases)('names the field of %s', (_case, fragment, field, edit) => {
    const text = editLine(lineWith(fragment), edit);

    expect(readError(text)).toMatchObject({ reason: 'invalid_field', field });
  });

  it.each(invalidFieldCases)('names the line of %s', (_case, fragment, _field, edit) => {
    const line = lineWith(fragment);
    const text = editLine(line, edit);

    expect(readError(text)?.line).toBe(line);
  });

  it('names the row of a missing field', () => {
    const line = lineWith('"notify": true');
    const lines = writeMappingFile(ITEMS, EXPORTED_AT).split('\n');
    lines.splice(line - 1, 1);
    lines[line - 2] = (lines[line - 2] ?? '').replace(/,$/, '');
    const itemLine = lineWith('"frontpad_code": 10') - 1;

    expect(readError(lines.join('\n'))).toMatchObject({
      reason: 'invalid_field',
      field: 'items.1.notify',
      line: itemLine,
    });
  });

  it('names the first line without items', () => {
    const text = JSON.stringify(
      { format: MAPPING_FILE_FORMAT, version: MAPPING_FILE_VERSION, exported_at: 'now' },
      null,
      2,
    );

    expect(readError(text)).toMatchObject({ reason: 'invalid_field', field: 'items', line: 1 });
  });
});

describe('jsonValueLines', () => {
  it('maps nested paths to lines', () => {
    const text = '{\n  "a": 1,\n  "b": {\n    "c": [\n      true,\n      "x"\n    ]\n  }\n}';

    expect(Object.fromEntries(jsonValueLines(text))).toEqual({
      '': 1,
      a: 2,
      b: 3,
      'b.c': 4,
      'b.c.0': 5,
      'b.c.1': 6,
    });
  });

  it('puts compact JSON on line 1', () => {
    const lines = jsonValueLines('{"items":[{"notify":true}]}');

    expect(lines.get('items.0.notify')).toBe(1);
  });

  it('names the line of the value, not the key', () => {
    expect(jsonValueLines('{\n  "a":\n    1\n}').get('a')).toBe(3);
  });

  it('numbers a top-level list', () => {
    expect(jsonValueLines('[\n  1,\n  2\n]').get('1')).toBe(3);
  });

  it('skips braces inside strings', () => {
    const text = '{\n  "a": "} ] \\" {",\n  "b": 2\n}';

    expect(jsonValueLines(text).get('b')).toBe(3);
  });

  it('reads escaped keys', () => {
    expect(jsonValueLines('{\n  "a\\"b": 1\n}').get('a"b')).toBe(2);
  });

  it('reads empty containers', () => {
    const lines = jsonValueLines('{\n  "a": { },\n  "b": [ ],\n  "c": null\n}');

    expect(lines.get('c')).toBe(4);
  });

  it('counts CRLF line breaks', () => {
    expect(jsonValueLines('{\r\n  "a": 1,\r\n  "b": 2\r\n}').get('b')).toBe(3);
  });
});

describe('lineOfOffset', () => {
  const cases: [number, number][] = [
    [0, 1],
    [3, 1],
    [4, 2],
    [7, 3],
    [100, 3],
  ];

  it.each(cases)('puts offset %i on line %i', (offset, line) => {
    expect(lineOfOffset('abc\nde\nf', offset)).toBe(line);
  });
});
