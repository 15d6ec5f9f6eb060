import { describe, expect, it } from 'vitest';

import type { FrontpadStatus } from '@/utils/frontpad/types';
import { badgeState } from '@/utils/mapping/badge-state';
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

const ENTRIES: Record<string, DraftEntry> = {
  '1': { order_status_id: STATUS_NEW, notify: false },
  '10': { order_status_id: STATUS_DONE, notify: true },
  '11': { order_status_id: STATUS_CANCELLED, notify: true },
};

const REMOTE: MappingItem[] = [
  { frontpad_code: 1, frontpad_name: 'Новый', order_status_id: STATUS_NEW, notify: false },
  { frontpad_code: 10, frontpad_name: 'Выполнен', order_status_id: STATUS_DONE, notify: true },
  {
    frontpad_code: 11,
    frontpad_name: 'Отменен',
    order_status_id: STATUS_CANCELLED,
    notify: true,
  },
];

const IN_SYNC = { statuses: STATUSES, entries: ENTRIES, remoteItems: REMOTE, pending: null };

describe('badgeState', () => {
  it('is empty when in sync', () => {
    expect(badgeState(IN_SYNC)).toEqual({ text: '', reason: 'none', count: 0 });
  });

  const pendingCases = [
    ['failed', '!'],
    ['retrying', '↻'],
    ['sending', '…'],
  ] as const;

  it.each(pendingCases)('shows a %s write as «%s»', (pending, text) => {
    expect(badgeState({ ...IN_SYNC, pending })).toEqual({ text, reason: pending, count: 0 });
  });

  it('puts a waiting write above unmapped', () => {
    expect(badgeState({ ...IN_SYNC, entries: {}, pending: 'retrying' }).reason).toBe('retrying');
  });

  it('counts statuses without an entry', () => {
    expect(badgeState({ ...IN_SYNC, entries: {} })).toEqual({
      text: '3',
      reason: 'unmapped',
      count: 3,
    });
  });

  it('counts entries without a status', () => {
    const entries = { ...ENTRIES, '11': { order_status_id: null, notify: false } };

    expect(badgeState({ ...IN_SYNC, entries })).toEqual({
      text: '1',
      reason: 'unmapped',
      count: 1,
    });
  });

  it('ignores entries of unread codes', () => {
    const entries = { ...ENTRIES, '99': { order_status_id: null, notify: false } };

    expect(badgeState({ ...IN_SYNC, entries }).reason).toBe('none');
  });

  it('puts unmapped above stale', () => {
    const statuses = [...STATUSES, { code: 12, name: 'Произведен' }];

    expect(badgeState({ ...IN_SYNC, statuses }).reason).toBe('unmapped');
  });

  it('is empty without statuses', () => {
    expect(badgeState({ ...IN_SYNC, statuses: [] })).toEqual({
      text: '',
      reason: 'none',
      count: 0,
    });
  });

  it('is empty before Zenky is read', () => {
    expect(badgeState({ ...IN_SYNC, remoteItems: null }).reason).toBe('none');
  });

  it('shows «↑» for a renamed status', () => {
    const statuses = STATUSES.map((status) =>
      status.code === 10 ? { ...status, name: 'Заказ выполнен' } : status,
    );

    expect(badgeState({ ...IN_SYNC, statuses })).toEqual({ text: '↑', reason: 'stale', count: 1 });
  });

  it('counts added and removed statuses', () => {
    const statuses = [...STATUSES.slice(0, 2), { code: 12, name: 'Произведен' }];
    const entries = { ...ENTRIES, '12': { order_status_id: STATUS_DONE, notify: false } };

    expect(badgeState({ ...IN_SYNC, statuses, entries })).toEqual({
      text: '↑',
      reason: 'stale',
      count: 2,
    });
  });

  it('shows «↑» for unsynced edits', () => {
    const entries = { ...ENTRIES, '10': { order_status_id: STATUS_DONE, notify: false } };

    expect(badgeState({ ...IN_SYNC, entries })).toEqual({ text: '↑', reason: 'stale', count: 0 });
  });

  it('shows «↑» before the first save', () => {
    expect(badgeState({ ...IN_SYNC, remoteItems: [] })).toEqual({
      text: '↑',
      reason: 'stale',
      count: 3,
    });
  });
});
