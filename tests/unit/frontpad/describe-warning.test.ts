import { describe, expect, it } from 'vitest';

import enCatalog from '@/public/_locales/en/messages.json';
import ruCatalog from '@/public/_locales/ru/messages.json';
import { describeWarning } from '@/utils/frontpad/describe-warning';
import type { StatusWarning } from '@/utils/frontpad/types';
import { translatorFromCatalog } from '@/utils/i18n/catalog';

const ru = translatorFromCatalog(ruCatalog);
const en = translatorFromCatalog(enCatalog);

describe('describeWarning in Russian', () => {
  const cases: [StatusWarning, string][] = [
    [
      { kind: 'duplicate_code', row: 2, name: 'Принят', value: '1' },
      'Строка 2 («Принят»): код API 1 уже встречался выше, строка пропущена. Сделайте коды уникальными в справочнике статусов Frontpad.',
    ],
    [
      { kind: 'blank_code', row: 3, name: 'В производстве' },
      'Строка 3 («В производстве»): не указан код API, строка пропущена. Укажите код в справочнике статусов Frontpad.',
    ],
    [
      { kind: 'invalid_code', row: 4, name: 'Произведен', value: 'abc' },
      'Строка 4 («Произведен»): код API «abc» не целое неотрицательное число, строка пропущена. Исправьте его в справочнике статусов Frontpad.',
    ],
    [
      { kind: 'blank_name', row: 5, value: '7' },
      'Строка 5: у статуса с кодом API «7» нет названия, строка пропущена. Укажите название в справочнике статусов Frontpad.',
    ],
    [{ kind: 'no_rows' }, 'Таблица статусов найдена, но в ней нет ни одной строки.'],
  ];

  it.each(cases)('describes $kind', (warning, expected) => {
    expect(describeWarning(warning, ru)).toBe(expected);
  });
});

describe('describeWarning in English', () => {
  const warnings: StatusWarning[] = [
    { kind: 'duplicate_code', row: 2, name: 'Принят', value: '1' },
    { kind: 'blank_code', row: 3, name: 'В производстве' },
    { kind: 'invalid_code', row: 4, name: 'Произведен', value: 'abc' },
    { kind: 'blank_name', row: 5, value: '7' },
    { kind: 'no_rows' },
  ];

  it.each(warnings)('substitutes every placeholder for $kind', (warning) => {
    expect(describeWarning(warning, en)).not.toMatch(/\$\d/);
  });

  it.each(warnings)('has a catalog entry for $kind', (warning) => {
    expect(describeWarning(warning, en)).not.toMatch(/^warning[A-Z]/);
  });
});
