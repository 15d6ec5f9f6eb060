import { beforeEach, describe, expect, it } from 'vitest';

import { closeAssistantDb, DB_NAME } from '@/utils/storage/db';
import { forgetStoreData, isOtherStore } from '@/utils/storage/forget-store';
import { readRecord, writeRecord } from '@/utils/storage/kv';
import type { Connection } from '@/utils/storage/records';

const STORE_A: Connection = {
  baseUrl: 'https://api.zenky.io',
  storeId: 'store-a',
  token: 'token-a',
};

async function resetDatabase(): Promise<void> {
  await closeAssistantDb();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

describe('isOtherStore', () => {
  it('is false without a previous connection', () => {
    expect(isOtherStore(null, STORE_A)).toBe(false);
  });

  it('is false for a new token only', () => {
    expect(isOtherStore(STORE_A, { ...STORE_A, token: 'token-b' })).toBe(false);
  });

  it('is true for another store id', () => {
    expect(isOtherStore(STORE_A, { ...STORE_A, storeId: 'store-b' })).toBe(true);
  });

  it('is true for another API address', () => {
    expect(isOtherStore(STORE_A, { ...STORE_A, baseUrl: 'https://zenky.example' })).toBe(true);
  });
});

describe('forgetStoreData', () => {
  beforeEach(resetDatabase);

  it('deletes the draft of the previous store', async () => {
    await writeRecord('draft', {
      entries: { '10': { order_status_id: 'status-of-a', notify: true } },
      baseRevision: 3,
      updatedAt: '2026-12-04T12:00:00.000Z',
    });

    await forgetStoreData();

    expect(await readRecord('draft')).toBeNull();
  });

  it('keeps the statuses read from Frontpad', async () => {
    await writeRecord('catalog', {
      statuses: [{ code: 10, name: 'Выполнен' }],
      warnings: [],
      readAt: '2026-12-04T12:00:00.000Z',
      pageUrl: 'https://app.frontpad.ru/',
    });

    await forgetStoreData();

    expect((await readRecord('catalog'))?.statuses).toEqual([{ code: 10, name: 'Выполнен' }]);
  });
});
