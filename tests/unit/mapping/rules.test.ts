import { describe, expect, it } from 'vitest';

import {
  canMarkAnother,
  countMapped,
  countNotify,
  findMappingProblems,
  type MappingProblem,
} from '@/utils/mapping/rules';
import { MAX_NOTIFY_STATUSES, type MappingItem } from '@/utils/zenky/schemas';

const STATUS_NEW = '5e3d0000-0000-4000-8000-0000000a0001';
const STATUS_DONE = '5e3d0000-0000-4000-8000-0000000a0010';
const STATUS_MISSING = '5e3d0000-0000-4000-8000-00000000dead';
const KNOWN_IDS: ReadonlySet<string> = new Set([STATUS_NEW, STATUS_DONE]);

function item(code: number, statusId: string | null, notify = false): MappingItem {
  return {
    frontpad_code: code,
    frontpad_name: `Статус ${code}`,
    order_status_id: statusId,
    notify,
  };
}

/** Returns `count` mapped items with codes 1…count, all marked for webhooks. */
function notifyItems(count: number): MappingItem[] {
  return Array.from({ length: count }, (_, index) => item(index + 1, STATUS_NEW, true));
}

describe('findMappingProblems', () => {
  it('accepts an empty mapping', () => {
    expect(findMappingProblems([], KNOWN_IDS)).toEqual([]);
  });

  it('accepts unmapped items', () => {
    const items = [item(1, null), item(3, null)];

    expect(findMappingProblems(items, KNOWN_IDS)).toEqual([]);
  });

  it('accepts five notify items', () => {
    expect(findMappingProblems(notifyItems(5), KNOWN_IDS)).toEqual([]);
  });

  it('rejects six notify items', () => {
    const problems = findMappingProblems(notifyItems(6), KNOWN_IDS);

    expect(problems).toEqual([{ kind: 'too_many_notify', field: 'items', count: 6 }]);
  });

  it('ignores unmarked items in the limit', () => {
    const items = [...notifyItems(5), item(20, STATUS_DONE), item(21, null)];

    expect(findMappingProblems(items, KNOWN_IDS)).toEqual([]);
  });

  const singleProblemCases: [string, MappingItem[], MappingProblem][] = [
    [
      'duplicate code',
      [item(1, STATUS_NEW), item(10, STATUS_DONE), item(1, null)],
      { kind: 'duplicate_code', field: 'items.2.frontpad_code', code: 1 },
    ],
    [
      'notify without status',
      [item(1, STATUS_NEW), item(4, STATUS_NEW), item(10, STATUS_DONE), item(11, null, true)],
      { kind: 'notify_without_status', field: 'items.3.notify', code: 11 },
    ],
    [
      'unknown status id',
      [item(1, STATUS_NEW), item(12, STATUS_MISSING)],
      {
        kind: 'unknown_status',
        field: 'items.1.order_status_id',
        code: 12,
        statusId: STATUS_MISSING,
      },
    ],
  ];

  it.each(singleProblemCases)('reports %s', (_name, items, expected) => {
    expect(findMappingProblems(items, KNOWN_IDS)).toEqual([expected]);
  });

  it('reports every repeat of a code', () => {
    const items = [item(5, null), item(5, null), item(5, null)];
    const fields = findMappingProblems(items, KNOWN_IDS).map((problem) => problem.field);

    expect(fields).toEqual(['items.1.frontpad_code', 'items.2.frontpad_code']);
  });

  it('reports problems of different kinds together', () => {
    const items = [...notifyItems(5), item(5, STATUS_MISSING, true), item(7, null, true)];
    const kinds = findMappingProblems(items, KNOWN_IDS).map((problem) => problem.kind);

    expect(kinds).toEqual([
      'duplicate_code',
      'unknown_status',
      'notify_without_status',
      'too_many_notify',
    ]);
  });

  it('treats every status as unknown without known ids', () => {
    const problems = findMappingProblems([item(1, STATUS_NEW)], new Set());

    expect(problems.map((problem) => problem.kind)).toEqual(['unknown_status']);
  });
});

describe('countNotify', () => {
  const cases: [string, MappingItem[], number][] = [
    ['none', [], 0],
    ['unmarked only', [item(1, STATUS_NEW), item(2, null)], 0],
    ['mixed', [item(1, STATUS_NEW, true), item(2, null), item(3, null, true)], 2],
  ];

  it.each(cases)('counts %s', (_name, items, expected) => {
    expect(countNotify(items)).toBe(expected);
  });
});

describe('countMapped', () => {
  const cases: [string, MappingItem[], number][] = [
    ['none', [], 0],
    ['unmapped only', [item(1, null), item(2, null, true)], 0],
    ['mixed', [item(1, STATUS_NEW), item(2, null), item(3, STATUS_MISSING)], 2],
  ];

  it.each(cases)('counts %s', (_name, items, expected) => {
    expect(countMapped(items)).toBe(expected);
  });
});

describe('canMarkAnother', () => {
  it('limit is five', () => {
    expect(MAX_NOTIFY_STATUSES).toBe(5);
  });

  const cases: [number, boolean][] = [
    [0, true],
    [4, true],
    [5, false],
    [6, false],
  ];

  it.each(cases)('with %i marked returns %s', (marked, expected) => {
    expect(canMarkAnother(notifyItems(marked))).toBe(expected);
  });

  it('ignores unmarked items', () => {
    const items = [...notifyItems(4), item(30, STATUS_NEW), item(31, null)];

    expect(canMarkAnother(items)).toBe(true);
  });
});
