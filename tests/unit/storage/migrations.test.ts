import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { closeAssistantDb, DB_NAME, DB_VERSION, openAssistantDb } from '@/utils/storage/db';
import { readRecord, readSyncLog } from '@/utils/storage/kv';
import { UPGRADE_STEPS } from '@/utils/storage/migrations';
import { outboxFromPendingV1, type PendingV1 } from '@/utils/storage/migrations/v001-to-v002';
import { outboxSchema } from '@/utils/storage/outbox-record';

interface StorageFixture {
  version: number;
  kv: Record<string, unknown>;
  syncLog: unknown[];
}

function readFixture(name: string): StorageFixture {
  const path = join(__dirname, '../../fixtures/storage', name);
  return JSON.parse(readFileSync(path, 'utf8')) as StorageFixture;
}

function request<T>(idbRequest: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    idbRequest.onsuccess = () => resolve(idbRequest.result);
    idbRequest.onerror = () => reject(idbRequest.error);
  });
}

/** Creates the database as version 1 of the extension left it, with the fixture's records. */
async function createVersion1(fixture: StorageFixture): Promise<void> {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore('kv');
    open.result.createObjectStore('syncLog', { autoIncrement: true });
  };
  const db = await request(open);

  const tx = db.transaction(['kv', 'syncLog'], 'readwrite');
  for (const [key, value] of Object.entries(fixture.kv)) tx.objectStore('kv').put(value, key);
  for (const entry of fixture.syncLog) tx.objectStore('syncLog').add(entry);
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
}

async function rawKvKeys(): Promise<string[]> {
  const db = await openAssistantDb();
  return (await db.getAllKeys('kv')).map(String).sort();
}

afterEach(async () => {
  await closeAssistantDb();
  await request(indexedDB.deleteDatabase(DB_NAME));
});

describe('upgrade steps', () => {
  it('one step per version', () => {
    expect(UPGRADE_STEPS).toHaveLength(DB_VERSION);
  });

  it('current version is 2', () => {
    expect(DB_VERSION).toBe(2);
  });
});

describe('version 0 to 1', () => {
  it('creates both stores', async () => {
    const db = await openAssistantDb();

    expect([...db.objectStoreNames].sort()).toEqual(['kv', 'syncLog']);
  });

  it('opens at the current version', async () => {
    const db = await openAssistantDb();

    expect(db.version).toBe(DB_VERSION);
  });
});

describe('version 1 to 2 with a pending write', () => {
  const fixture = readFixture('v1-with-pending.json');
  const pending = fixture.kv.pending as PendingV1;

  it('moves pending to the outbox', async () => {
    await createVersion1(fixture);

    expect(await rawKvKeys()).toEqual(['connection', 'draft', 'lastSync', 'notices', 'outbox']);
  });

  it('keeps the idempotency key and items', async () => {
    await createVersion1(fixture);
    const outbox = await readRecord('outbox');

    expect(outbox?.idempotencyKey).toBe(pending.idempotencyKey);
    expect(outbox?.items).toEqual(pending.items);
    expect(outbox?.baseRevision).toBe(3);
  });

  it('keeps the retry schedule', async () => {
    await createVersion1(fixture);
    const outbox = await readRecord('outbox');

    expect(outbox?.status).toBe('retrying');
    expect(outbox?.attempts).toBe(2);
    expect(outbox?.nextAttemptAt).toBe(pending.nextAttemptAt);
  });

  it('counts the old request as possibly stored', async () => {
    await createVersion1(fixture);

    expect((await readRecord('outbox'))?.sentUnconfirmed).toBe(true);
  });

  it('leaves the other records as they were', async () => {
    await createVersion1(fixture);

    expect(await readRecord('connection')).toEqual(fixture.kv.connection);
    expect(await readRecord('draft')).toEqual(fixture.kv.draft);
    expect(await readRecord('lastSync')).toEqual(fixture.kv.lastSync);
  });

  it('keeps the sync history', async () => {
    await createVersion1(fixture);

    expect(await readSyncLog()).toEqual(fixture.syncLog);
  });
});

describe('version 1 to 2 without a pending write', () => {
  const fixture = readFixture('v1-without-pending.json');

  it('adds no outbox', async () => {
    await createVersion1(fixture);

    expect(await rawKvKeys()).toEqual(['connection', 'notices']);
  });

  it('keeps the connection', async () => {
    await createVersion1(fixture);

    expect(await readRecord('connection')).toEqual(fixture.kv.connection);
  });
});

describe('outboxFromPendingV1', () => {
  const pending = readFixture('v1-with-pending.json').kv.pending as PendingV1;

  it('returns a valid outbox', () => {
    expect(outboxSchema.safeParse(outboxFromPendingV1(pending)).success).toBe(true);
  });

  it('queues a write never retried', () => {
    const outbox = outboxFromPendingV1({ ...pending, attempts: 0, nextAttemptAt: null });

    expect(outbox?.status).toBe('queued');
    expect(outbox?.nextAttemptAt).toBe(pending.createdAt);
  });

  const invalidCases: [string, unknown][] = [
    ['a string', 'pending'],
    ['no key', { ...pending, idempotencyKey: '' }],
    ['a negative revision', { ...pending, baseRevision: -1 }],
    ['attempts as text', { ...pending, attempts: 'two' }],
  ];

  it.each(invalidCases)('drops %s', (_name, raw) => {
    expect(outboxFromPendingV1(raw)).toBeNull();
  });

  it('drops an invalid record in the upgrade', async () => {
    await createVersion1({ version: 1, kv: { pending: { attempts: 'two' } }, syncLog: [] });

    expect(await rawKvKeys()).toEqual([]);
  });
});
