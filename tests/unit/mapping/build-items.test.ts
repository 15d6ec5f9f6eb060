import { describe, expect, it } from 'vitest';

import type { FrontpadStatus } from '@/utils/frontpad/types';
import {
  buildMappingItems,
  fillDraftFromRemote,
  sameMappingItems,
} from '@/utils/mapping/build-items';
import { summarizeMapping } from '@/utils/mapping/summary';
import type { DraftEntry } from '@/utils/storage/records';
import type { MappingItem } from '@/utils/zenky/schemas';

const STATUS_NEW = '5e3d0000-0000-4000-8000-0000000a0001';
const STATUS_DONE = '5e3d0000-0000-4000-8000-0000000a0010';
const STATUS_CANCELLED = '5e3d0000-0000-4000-8000-0000000a0012';

const STATUSES: FrontpadStatus[] = [
  { code: 1, name: 'Новый' },
  { code: 10, name: 'Выполнен' },
  { code: 11, name: 'Отменен' },
];

function item(code: number, name: string, statusId: string | null, notify = false): MappingItem {
  return { frontpad_code: code, frontpad_name: name, order_status_id: statusId, notify };
}

function entry(statusId: string | null, notify = false): DraftEntry {
  return { order_status_id: statusId, notify };
}

describe('buildMappingItems', () => {
  it('builds unmapped items without entries', () => {
    expect(buildMappingItems(STATUSES, {})).toEqual([
      item(1, 'Новый', null),
      item(10, 'Выполнен', null),
      item(11, 'Отменен', null),
    ]);
  });

  it('applies entries by code', () => {
    const entries = { '10': entry(STATUS_DONE, true), '1': entry(STATUS_NEW) };

    expect(buildMappingItems(STATUSES, entries)).toEqual([
      item(1, 'Новый', STATUS_NEW),
      item(10, 'Выполнен', STATUS_DONE, true),
      item(11, 'Отменен', null),
    ]);
  });

  it('keeps page order', () => {
    const reversed = [...STATUSES].reverse();
    const codes = buildMappingItems(reversed, {}).map((built) => built.frontpad_code);

    expect(codes).toEqual([11, 10, 1]);
  });

  it('drops entries of codes not on the page', () => {
    const entries = { '1': entry(STATUS_NEW), '99': entry(STATUS_CANCELLED, true) };
    const codes = buildMappingItems(STATUSES, entries).map((built) => built.frontpad_code);

    expect(codes).toEqual([1, 10, 11]);
  });

  it('returns nothing without statuses', () => {
    expect(buildMappingItems([], { '1': entry(STATUS_NEW) })).toEqual([]);
  });
});

describe('sameMappingItems', () => {
  const base = [item(1, 'Новый', STATUS_NEW), item(10, 'Выполнен', STATUS_DONE, true)];

  it('equal copies are the same', () => {
    expect(sameMappingItems(base, structuredClone(base))).toBe(true);
  });

  it('two empty lists are the same', () => {
    expect(sameMappingItems([], [])).toBe(true);
  });

  const differentCases: [string, MappingItem[]][] = [
    ['shorter', [item(1, 'Новый', STATUS_NEW)]],
    ['longer', [...base, item(11, 'Отменен', null)]],
    ['reordered', [base[1]!, base[0]!]],
    ['another code', [item(2, 'Новый', STATUS_NEW), base[1]!]],
    ['another name', [item(1, 'Новый заказ', STATUS_NEW), base[1]!]],
    ['another status', [item(1, 'Новый', STATUS_CANCELLED), base[1]!]],
    ['status removed', [item(1, 'Новый', null), base[1]!]],
    ['notify changed', [item(1, 'Новый', STATUS_NEW, true), base[1]!]],
  ];

  it.each(differentCases)('%s differs', (_name, other) => {
    expect(sameMappingItems(base, other)).toBe(false);
  });

  it('compares in both directions', () => {
    const other = [...base, item(11, 'Отменен', null)];

    expect(sameMappingItems(other, base)).toBe(false);
  });
});

describe('fillDraftFromRemote', () => {
  const remote = [item(1, 'Новый', STATUS_NEW), item(10, 'Выполнен', STATUS_DONE, true)];

  it('copies remote choices into an empty draft', () => {
    expect(fillDraftFromRemote({}, remote)).toEqual({
      '1': entry(STATUS_NEW),
      '10': entry(STATUS_DONE, true),
    });
  });

  it('keeps the draft choice for a code', () => {
    const filled = fillDraftFromRemote({ '10': entry(STATUS_CANCELLED) }, remote);

    expect(filled['10']).toEqual(entry(STATUS_CANCELLED));
  });

  it('keeps a draft choice of no status', () => {
    const filled = fillDraftFromRemote({ '1': entry(null) }, remote);

    expect(filled['1']).toEqual(entry(null));
  });

  it('keeps draft codes missing remotely', () => {
    const filled = fillDraftFromRemote({ '11': entry(STATUS_CANCELLED) }, remote);

    expect(Object.keys(filled).sort()).toEqual(['1', '10', '11']);
  });

  it('leaves the input draft unchanged', () => {
    const draft = { '11': entry(STATUS_CANCELLED) };
    fillDraftFromRemote(draft, remote);

    expect(draft).toEqual({ '11': entry(STATUS_CANCELLED) });
  });
});

describe('summarizeMapping', () => {
  it('counts nothing without entries', () => {
    expect(summarizeMapping(STATUSES, {})).toEqual({ read: 3, mapped: 0, notify: 0 });
  });

  it('counts mapped and marked statuses', () => {
    const entries = { '1': entry(STATUS_NEW), '10': entry(STATUS_DONE, true) };

    expect(summarizeMapping(STATUSES, entries)).toEqual({ read: 3, mapped: 2, notify: 1 });
  });

  it('ignores entries of codes not read', () => {
    const entries = { '1': entry(STATUS_NEW, true), '99': entry(STATUS_DONE, true) };

    expect(summarizeMapping(STATUSES, entries)).toEqual({ read: 3, mapped: 1, notify: 1 });
  });

  it('counts marked entry without status', () => {
    const entries = { '11': entry(null, true) };

    expect(summarizeMapping(STATUSES, entries)).toEqual({ read: 3, mapped: 0, notify: 1 });
  });

  it('counts no statuses read', () => {
    expect(summarizeMapping([], { '1': entry(STATUS_NEW) })).toEqual({
      read: 0,
      mapped: 0,
      notify: 0,
    });
  });
});
