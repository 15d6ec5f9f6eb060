import { describe, expect, it } from 'vitest';

import type { FrontpadStatus } from '@/utils/frontpad/types';
import { addManualStatuses, mergeReadWithManual } from '@/utils/mapping/merge-catalog';

const READ: FrontpadStatus[] = [
  { code: 1, name: 'Новый' },
  { code: 10, name: 'Выполнен' },
];

const MANUAL_14: FrontpadStatus = { code: 14, name: 'Самовывоз' };
const MANUAL_15: FrontpadStatus = { code: 15, name: 'Ожидает курьера' };

describe('mergeReadWithManual', () => {
  it('keeps a read without manual statuses', () => {
    expect(mergeReadWithManual(READ, [], [])).toEqual({ statuses: READ, manualCodes: [] });
  });

  it('puts manual statuses after the page', () => {
    const previous = [...READ, MANUAL_14, MANUAL_15];
    const merged = mergeReadWithManual(READ, previous, [14, 15]);

    expect(merged.statuses).toEqual([...READ, MANUAL_14, MANUAL_15]);
  });

  it('keeps the manual codes', () => {
    const previous = [...READ, MANUAL_14];

    expect(mergeReadWithManual(READ, previous, [14]).manualCodes).toEqual([14]);
  });

  it('lets the page replace a manual status', () => {
    const read = [...READ, { code: 14, name: 'Самовывоз (зал)' }];
    const merged = mergeReadWithManual(read, [...READ, MANUAL_14], [14]);

    expect(merged.statuses).toEqual(read);
  });

  it('drops a code the page now lists', () => {
    const read = [...READ, { code: 14, name: 'Самовывоз' }];

    expect(mergeReadWithManual(read, [...READ, MANUAL_14], [14]).manualCodes).toEqual([]);
  });

  it('drops read statuses gone from the page', () => {
    const previous = [...READ, { code: 11, name: 'Отменен' }];

    expect(mergeReadWithManual(READ, previous, []).statuses).toEqual(READ);
  });

  it('drops a manual code without a status', () => {
    expect(mergeReadWithManual(READ, READ, [14]).manualCodes).toEqual([]);
  });

  it('keeps manual statuses on an empty read', () => {
    const merged = mergeReadWithManual([], [...READ, MANUAL_14], [14]);

    expect(merged).toEqual({ statuses: [MANUAL_14], manualCodes: [14] });
  });
});

describe('addManualStatuses', () => {
  it('appends a new code', () => {
    const added = addManualStatuses(READ, [], [MANUAL_14]);

    expect(added).toEqual({ statuses: [...READ, MANUAL_14], manualCodes: [14], rejected: [] });
  });

  it('adds to an empty catalog', () => {
    expect(addManualStatuses([], [], [MANUAL_14, MANUAL_15]).statuses).toEqual([
      MANUAL_14,
      MANUAL_15,
    ]);
  });

  it('rejects a code read from the page', () => {
    const added = addManualStatuses(READ, [], [{ code: 10, name: 'Закрыт' }]);

    expect(added.rejected).toEqual([10]);
  });

  it('keeps the page status on rejection', () => {
    const added = addManualStatuses(READ, [], [{ code: 10, name: 'Закрыт' }]);

    expect(added.statuses).toEqual(READ);
  });

  it('does not mark a rejected code manual', () => {
    const added = addManualStatuses(READ, [], [{ code: 10, name: 'Закрыт' }]);

    expect(added.manualCodes).toEqual([]);
  });

  it('replaces a manual status in place', () => {
    const current = [...READ, MANUAL_14, MANUAL_15];
    const renamed = { code: 14, name: 'Выдан в зале' };
    const added = addManualStatuses(current, [14, 15], [renamed]);

    expect(added.statuses).toEqual([...READ, renamed, MANUAL_15]);
  });

  it('keeps each manual code once', () => {
    const current = [...READ, MANUAL_14];
    const added = addManualStatuses(current, [14], [{ code: 14, name: 'Выдан в зале' }]);

    expect(added.manualCodes).toEqual([14]);
  });

  it('lets a later line win within one batch', () => {
    const added = addManualStatuses(READ, [], [MANUAL_14, { code: 14, name: 'Выдан' }]);

    expect(added.statuses).toEqual([...READ, { code: 14, name: 'Выдан' }]);
  });

  it('adds the rest of a batch with a rejection', () => {
    const added = addManualStatuses(READ, [], [{ code: 1, name: 'Новый' }, MANUAL_14]);

    expect(added).toEqual({ statuses: [...READ, MANUAL_14], manualCodes: [14], rejected: [1] });
  });

  it('does not change its input', () => {
    const current = [...READ, MANUAL_14];
    const codes = [14];
    addManualStatuses(current, codes, [{ code: 14, name: 'Выдан' }, MANUAL_15]);

    expect({ current, codes }).toEqual({ current: [...READ, MANUAL_14], codes: [14] });
  });
});
