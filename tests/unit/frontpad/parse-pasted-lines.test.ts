import { describe, expect, it } from 'vitest';

import { parsePastedLines, type PastedLineError } from '@/utils/frontpad/parse-pasted-lines';
import { MAX_TEXT_LENGTH, type FrontpadStatus } from '@/utils/frontpad/types';

describe('parsePastedLines', () => {
  const lineCases: [string, FrontpadStatus][] = [
    ['10 Выполнен', { code: 10, name: 'Выполнен' }],
    ['10;Выполнен', { code: 10, name: 'Выполнен' }],
    ['10 ; Выполнен', { code: 10, name: 'Выполнен' }],
    ['10\tВыполнен', { code: 10, name: 'Выполнен' }],
    ['10, Выполнен', { code: 10, name: 'Выполнен' }],
    ['10: Выполнен', { code: 10, name: 'Выполнен' }],
    ['10   Выполнен  ', { code: 10, name: 'Выполнен' }],
    ['  4 В пути', { code: 4, name: 'В пути' }],
    ['4 Передан курьеру Ивану', { code: 4, name: 'Передан курьеру Ивану' }],
    ['11 Отменен, клиент отказался', { code: 11, name: 'Отменен, клиент отказался' }],
    ['11,Отменен, клиент', { code: 11, name: 'Отменен, клиент' }],
    ['07 Готов', { code: 7, name: 'Готов' }],
    ['0 Черновик', { code: 0, name: 'Черновик' }],
    ['12\u00a0Произведен', { code: 12, name: 'Произведен' }],
    ['Выполнен\t10\t\tДа\t✎', { code: 10, name: 'Выполнен' }],
    ['Выполнен;10', { code: 10, name: 'Выполнен' }],
    ['10\tВыполнен\tДа', { code: 10, name: 'Выполнен' }],
  ];

  it.each(lineCases)('reads %j', (text, status) => {
    expect(parsePastedLines(text)).toEqual({ statuses: [status], errors: [] });
  });

  it('reads lines in order', () => {
    const { statuses } = parsePastedLines('1 Новый\n3 В производстве\n10 Выполнен');

    expect(statuses.map((status) => status.code)).toEqual([1, 3, 10]);
  });

  it('reads CRLF line breaks', () => {
    const { statuses } = parsePastedLines('1 Новый\r\n10 Выполнен\r\n');

    expect(statuses).toEqual([
      { code: 1, name: 'Новый' },
      { code: 10, name: 'Выполнен' },
    ]);
  });

  it('reads old Mac line breaks', () => {
    expect(parsePastedLines('1 Новый\r10 Выполнен').statuses).toHaveLength(2);
  });

  it('reads rows copied from Frontpad', () => {
    const copied = ['Новый\t1\t\tДа\t✎', 'В пути\t4\t\tДа\t✎', 'Выполнен\t10\t\tНет\t✎'].join(
      '\r\n',
    );

    expect(parsePastedLines(copied).statuses).toEqual([
      { code: 1, name: 'Новый' },
      { code: 4, name: 'В пути' },
      { code: 10, name: 'Выполнен' },
    ]);
  });

  it('skips a copied header row', () => {
    const text = 'Название\tКод API\tЦвет\tОтображать\nВыполнен\t10\t\tДа';

    expect(parsePastedLines(text)).toEqual({
      statuses: [{ code: 10, name: 'Выполнен' }],
      errors: [],
    });
  });

  it('skips blank lines', () => {
    expect(parsePastedLines('\n1 Новый\n\n   \n\t\n10 Выполнен\n\n')).toEqual({
      statuses: [
        { code: 1, name: 'Новый' },
        { code: 10, name: 'Выполнен' },
      ],
      errors: [],
    });
  });

  it('returns nothing for empty text', () => {
    expect(parsePastedLines('')).toEqual({ statuses: [], errors: [] });
  });

  const errorCases: [string, string, PastedLineError['reason']][] = [
    ['a name alone', 'Выполнен', 'no_code'],
    ['a name before spaces and a code', 'Выполнен 10', 'no_code'],
    ['a negative code', '-3 Отменен', 'no_code'],
    ['a decimal code', '1.5 Отменен', 'no_code'],
    ['Arabic-Indic digits', '١٢ Выполнен', 'no_code'],
    ['a code alone', '10', 'no_name'],
    ['a code and a semicolon', '10;', 'no_name'],
    ['a code and a tab', '10\t', 'no_name'],
    ['a long name', `10 ${'я'.repeat(MAX_TEXT_LENGTH + 1)}`, 'name_too_long'],
  ];

  it.each(errorCases)('rejects %s', (_case, text, reason) => {
    expect(parsePastedLines(text).errors.map((error) => error.reason)).toEqual([reason]);
  });

  it('accepts a name of the maximum length', () => {
    const name = 'я'.repeat(MAX_TEXT_LENGTH);

    expect(parsePastedLines(`10 ${name}`).statuses).toEqual([{ code: 10, name }]);
  });

  it('rejects a repeated code', () => {
    const { errors } = parsePastedLines('10 Выполнен\n10 Закрыт');

    expect(errors).toEqual([{ line: 2, text: '10 Закрыт', reason: 'duplicate_code' }]);
  });

  it('keeps the first of a repeated code', () => {
    const { statuses } = parsePastedLines('10 Выполнен\n10 Закрыт');

    expect(statuses).toEqual([{ code: 10, name: 'Выполнен' }]);
  });

  it('counts leading zeros as the same code', () => {
    const { errors } = parsePastedLines('7 Готов\n007 Собран');

    expect(errors.map((error) => error.reason)).toEqual(['duplicate_code']);
  });

  it('numbers lines across blank ones', () => {
    const text = '1 Новый\n\nВыполнен\r\n\r\n-3 Отменен\n10;';

    expect(parsePastedLines(text).errors.map((error) => error.line)).toEqual([3, 5, 6]);
  });

  it('keeps good lines beside bad ones', () => {
    const { statuses } = parsePastedLines('1 Новый\nВыполнен\n11 Отменен');

    expect(statuses.map((status) => status.code)).toEqual([1, 11]);
  });

  it('shows the line text collapsed', () => {
    const [error] = parsePastedLines('  Выполнен \t  без кода ').errors;

    expect(error?.text).toBe('Выполнен без кода');
  });

  it('shortens the shown text', () => {
    const [error] = parsePastedLines(`10 ${'я'.repeat(MAX_TEXT_LENGTH + 1)}`).errors;

    expect(error?.text).toHaveLength(80);
  });
});
