import { afterEach, describe, expect, it, vi } from 'vitest';

import { closeAssistantDb, DB_NAME, openAssistantDb } from '@/utils/storage/db';
import type { UpgradeStep } from '@/utils/storage/migrations/upgrade-step';

// The second step reads a record and then fails, as a migration with a bug would.
vi.mock('@/utils/storage/migrations', async () => {
  const { upgradeV0ToV1 } = await import('@/utils/storage/migrations/v000-to-v001');
  const failingStep: UpgradeStep = async (_db, transaction) => {
    await transaction.objectStore('kv').put({ half: true }, 'half-migrated');
    throw new Error('step failed');
  };
  return { UPGRADE_STEPS: [upgradeV0ToV1, failingStep] };
});

function request<T>(idbRequest: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    idbRequest.onsuccess = () => resolve(idbRequest.result);
    idbRequest.onerror = () => reject(idbRequest.error);
  });
}

async function createVersion1(): Promise<void> {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore('kv');
    open.result.createObjectStore('syncLog', { autoIncrement: true });
    open.transaction?.objectStore('kv').put({ firstMappingSyncAt: null }, 'notices');
  };
  (await request(open)).close();
}

afterEach(async () => {
  await closeAssistantDb();
  await request(indexedDB.deleteDatabase(DB_NAME));
});

describe('failed upgrade step', () => {
  it('rejects the open', async () => {
    await createVersion1();

    await expect(openAssistantDb()).rejects.toThrow();
  });

  it('keeps version 1 and its records', async () => {
    await createVersion1();
    await openAssistantDb().catch(() => undefined);

    const db = await request(indexedDB.open(DB_NAME));
    const keys = await request(db.transaction('kv').objectStore('kv').getAllKeys());
    db.close();

    expect(db.version).toBe(1);
    expect(keys).toEqual(['notices']);
  });
});
