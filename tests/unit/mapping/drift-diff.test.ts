import { describe, expect, it } from 'vitest';

import type { FrontpadStatus } from '@/utils/frontpad/types';
import { diffMappings, summarizeDiff, type RowChange } from '@/utils/mapping/diff';
import { findDrift, hasDrift } from '@/utils/mapping/drift';
import type { MappingItem } from '@/utils/zenky/schemas';

const STATUS_NEW = '5e3d0000-0000-4000-8000-0000000a0001';
const STATUS_DONE = '5e3d0000-0000-4000-8000-0000000a0010';
const STATUS_CANCELLED = '5e3d0000-0000-4000-8000-0000000a0012';

function item(code: number, name: string, statusId: string | null, notify = false): MappingItem {
  return { frontpad_code: code, frontpad_name: name, order_status_id: statusId, notify };
}

const REMOTE: MappingItem[] = [
  item(1, 'Новый', STATUS_NEW),
  item(10, 'Выполнен', STATUS_DONE, true),
  item(11, 'Отменен', STATUS_CANCELLED, true),
];

const READ: FrontpadStatus[] = [
  { code: 1, name: 'Новый' },
  { code: 10, name: 'Выполнен' },
  { code: 11, name: 'Отменен' },
];

describe('findDrift', () => {
  it('finds nothing when in sync', () => {
    expect(findDrift(READ, REMOTE)).toEqual({ added: [], removed: [], renamed: [] });
  });

  it('ignores page order', () => {
    const drift = findDrift([...READ].reverse(), REMOTE);

    expect(hasDrift(drift)).toBe(false);
  });

  it('finds an added status', () => {
    const added = { code: 12, name: 'Произведен' };
    const drift = findDrift([...READ, added], REMOTE);

    expect(drift.added).toEqual([added]);
  });

  it('finds a removed status', () => {
    const drift = findDrift(READ.slice(0, 2), REMOTE);

    expect(drift.removed).toEqual([REMOTE[2]]);
  });

  it('finds a renamed status', () => {
    const read = READ.map((status) =>
      status.code === 10 ? { ...status, name: 'Заказ выполнен' } : status,
    );
    const drift = findDrift(read, REMOTE);

    expect(drift.renamed).toEqual([{ code: 10, from: 'Выполнен', to: 'Заказ выполнен' }]);
  });

  it('treats a changed letter as a rename', () => {
    const read = READ.map((status) =>
      status.code === 11 ? { ...status, name: 'Отменён' } : status,
    );
    const drift = findDrift(read, REMOTE);

    expect(drift.renamed).toEqual([{ code: 11, from: 'Отменен', to: 'Отменён' }]);
  });

  it('reports a new code, not a rename', () => {
    const read: FrontpadStatus[] = [...READ.slice(0, 2), { code: 13, name: 'Отменен' }];
    const drift = findDrift(read, REMOTE);

    expect(drift).toEqual({
      added: [{ code: 13, name: 'Отменен' }],
      removed: [REMOTE[2]],
      renamed: [],
    });
  });

  it('lists everything as added before the first save', () => {
    expect(findDrift(READ, []).added).toEqual(READ);
  });

  it('lists everything as removed without statuses', () => {
    expect(findDrift([], REMOTE).removed).toEqual(REMOTE);
  });

  it('ignores the choices in the mapping', () => {
    const changed = REMOTE.map((row) => ({ ...row, order_status_id: null, notify: false }));

    expect(hasDrift(findDrift(READ, changed))).toBe(false);
  });
});

describe('hasDrift', () => {
  const cases: [string, Parameters<typeof hasDrift>[0], boolean][] = [
    ['nothing', { added: [], removed: [], renamed: [] }, false],
    ['an added status', { added: [READ[0]!], removed: [], renamed: [] }, true],
    ['a removed row', { added: [], removed: [REMOTE[0]!], renamed: [] }, true],
    ['a rename', { added: [], removed: [], renamed: [{ code: 1, from: 'a', to: 'b' }] }, true],
  ];

  it.each(cases)('with %s', (_name, drift, expected) => {
    expect(hasDrift(drift)).toBe(expected);
  });
});

describe('diffMappings', () => {
  it('finds nothing for equal mappings', () => {
    expect(diffMappings(REMOTE, structuredClone(REMOTE))).toEqual([]);
  });

  it('ignores row order', () => {
    expect(diffMappings(REMOTE, [...REMOTE].reverse())).toEqual([]);
  });

  it('lists every row as added on the first save', () => {
    const kinds = diffMappings([], REMOTE).map((change) => change.kind);

    expect(kinds).toEqual(['added', 'added', 'added']);
  });

  it('carries the added row', () => {
    const added = item(12, 'Произведен', null);
    const changes = diffMappings(REMOTE, [...REMOTE, added]);

    expect(changes).toEqual([{ kind: 'added', code: 12, after: added }]);
  });

  it('carries the removed row', () => {
    const changes = diffMappings(REMOTE, REMOTE.slice(1));

    expect(changes).toEqual([{ kind: 'removed', code: 1, before: REMOTE[0] }]);
  });

  type ChangeFlags = { status: boolean; name: boolean; notify: boolean };
  const changedCases: [string, MappingItem, ChangeFlags][] = [
    [
      'a new status',
      item(10, 'Выполнен', STATUS_NEW, true),
      { status: true, name: false, notify: false },
    ],
    [
      'a cleared status',
      item(10, 'Выполнен', null, true),
      { status: true, name: false, notify: false },
    ],
    [
      'a new name',
      item(10, 'Заказ выполнен', STATUS_DONE, true),
      { status: false, name: true, notify: false },
    ],
    [
      'a notify toggle',
      item(10, 'Выполнен', STATUS_DONE, false),
      { status: false, name: false, notify: true },
    ],
    ['every field', item(10, 'Закрыт', null, false), { status: true, name: true, notify: true }],
  ];

  it.each(changedCases)('flags %s', (_name, after, flags) => {
    const next = REMOTE.map((row) => (row.frontpad_code === 10 ? after : row));
    const changes = diffMappings(REMOTE, next);

    expect(changes).toEqual([{ kind: 'changed', code: 10, before: REMOTE[1], after, ...flags }]);
  });

  it('orders by the new mapping, removed last', () => {
    const next = [
      item(12, 'Произведен', null),
      item(11, 'Отменен', null),
      item(10, 'Выполнен', STATUS_DONE, true),
    ];
    const order = diffMappings(REMOTE, next).map((change) => `${change.kind} ${change.code}`);

    expect(order).toEqual(['added 12', 'changed 11', 'removed 1']);
  });
});

describe('summarizeDiff', () => {
  it('groups codes by change', () => {
    const changes: RowChange[] = [
      { kind: 'added', code: 12, after: item(12, 'Произведен', null) },
      { kind: 'removed', code: 1, before: REMOTE[0]! },
      {
        kind: 'changed',
        code: 10,
        before: REMOTE[1]!,
        after: item(10, 'Выполнен', null),
        status: true,
        name: false,
        notify: true,
      },
      { kind: 'added', code: 13, after: item(13, 'Выдан', null) },
    ];

    expect(summarizeDiff(changes)).toEqual({ added: [12, 13], removed: [1], changed: [10] });
  });

  it('returns empty lists for no changes', () => {
    expect(summarizeDiff([])).toEqual({ added: [], removed: [], changed: [] });
  });

  it('summarizes a real diff', () => {
    const next = [item(1, 'Новый', null), ...REMOTE.slice(1, 2), item(14, 'Выдан', null)];

    expect(summarizeDiff(diffMappings(REMOTE, next))).toEqual({
      added: [14],
      removed: [11],
      changed: [1],
    });
  });
});
