import { afterEach, describe, expect, it } from 'vitest';

import { closeAssistantDb, DB_NAME, openAssistantDb, SYNC_LOG_LIMIT } from '@/utils/storage/db';
import {
  appendSyncLog,
  deleteRecord,
  readRecord,
  readSyncLog,
  StoredRecordInvalidError,
  writeRecord,
} from '@/utils/storage/kv';
import type { RecordKey, RecordValue, SyncLogEntry } from '@/utils/storage/records';
import type { Mapping } from '@/utils/zenky/schemas';

const STATUS_NEW = '5e3d0000-0000-4000-8000-0000000a0001';
const STATUS_DONE = '5e3d0000-0000-4000-8000-0000000a0010';
const AT = '2026-12-04T09:00:00.000Z';

const MAPPING: Mapping = {
  revision: 3,
  updated_at: AT,
  items: [
    { frontpad_code: 1, frontpad_name: 'Новый', order_status_id: STATUS_NEW, notify: false },
    { frontpad_code: 10, frontpad_name: 'Выполнен', order_status_id: STATUS_DONE, notify: true },
  ],
};

/** One valid value of every record kind. */
const SAMPLES: { [K in RecordKey]: RecordValue<K> } = {
  connection: { baseUrl: 'http://127.0.0.1:8787', storeId: 'store-a', token: 'zk_test_token' },
  catalog: {
    statuses: [
      { code: 1, name: 'Новый' },
      { code: 10, name: 'Выполнен' },
    ],
    warnings: [{ kind: 'blank_code', row: 3, name: 'Без кода' }],
    readAt: AT,
    pageUrl: 'https://app.frontpad.ru/',
  },
  draft: {
    entries: { '1': { order_status_id: STATUS_NEW, notify: false } },
    baseRevision: null,
    updatedAt: AT,
  },
  zenky: {
    orderStatuses: [{ id: STATUS_NEW, name: 'Новый', kind: 'pending', sorting: 10 }],
    settings: { status_webhooks_enabled: true, webhook_url: 'http://127.0.0.1:8787/api/x' },
    fetchedAt: AT,
  },
  remote: { mapping: MAPPING, seenAt: AT },
  outbox: {
    items: MAPPING.items,
    idempotencyKey: '3f0c1a9e-7a52-4c1e-9d7f-2f3a6b5c4d10',
    baseRevision: 3,
    baseItems: [],
    status: 'retrying',
    saves: 2,
    attempts: 2,
    createdAt: AT,
    updatedAt: AT,
    nextAttemptAt: '2026-12-04T09:01:00.000Z',
    retryAfterUntil: null,
    lastSentAt: AT,
    sentUnconfirmed: true,
    superseded: [],
    readFirst: false,
    lastError: { code: 'server', message: 'Сервер Zenky временно не отвечает (ошибка 503).' },
  },
  syncTuning: { firstRetryMs: 1000, maxRetryMs: 4000, timeoutMs: 2000 },
  lastSync: {
    at: AT,
    ok: false,
    revision: null,
    changed: false,
    errorCode: 'server',
    message: 'Zenky вернул ошибку 503.',
  },
  conflict: { theirs: MAPPING, mine: [], at: AT },
  notices: { firstMappingSyncAt: null },
  webhookField: { state: 'foreign', value: 'https://hooks.example.org/fp?key=1', seenAt: AT },
  webhookFieldPrevious: { value: 'https://hooks.example.org/fp?key=1', replacedAt: AT },
  frontpadRestart: { confirmedAt: AT, fieldValue: 'http://127.0.0.1:8787/api/x' },
  oldExtensionNotice: { dismissedAt: AT },
};

const RECORD_KEYS = Object.keys(SAMPLES) as RecordKey[];

function logEntry(revision: number): SyncLogEntry {
  return {
    at: new Date(Date.parse(AT) + revision * 1000).toISOString(),
    ok: true,
    revision,
    errorCode: null,
    itemCount: 9,
    mappedCount: 3,
    notifyCount: 1,
  };
}

/** Stores a value under `key` without the schema check of `writeRecord`. */
async function putRaw(key: string, value: unknown): Promise<void> {
  const db = await openAssistantDb();
  await db.put('kv', value, key);
}

afterEach(async () => {
  await closeAssistantDb();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
});

describe('readRecord and writeRecord', () => {
  it.each(RECORD_KEYS)('%s round-trips', async (key) => {
    await writeRecord(key, SAMPLES[key]);

    expect(await readRecord(key)).toEqual(SAMPLES[key]);
  });

  it.each(RECORD_KEYS)('missing %s reads as null', async (key) => {
    expect(await readRecord(key)).toBeNull();
  });

  it('write replaces the previous value', async () => {
    await writeRecord('notices', { firstMappingSyncAt: null });
    await writeRecord('notices', { firstMappingSyncAt: AT });

    expect(await readRecord('notices')).toEqual({ firstMappingSyncAt: AT });
  });

  it('records are independent', async () => {
    await writeRecord('draft', SAMPLES.draft);

    expect(await readRecord('outbox')).toBeNull();
  });

  it('write rejects an invalid value', async () => {
    const invalid = { ...SAMPLES.connection, baseUrl: 'ftp://example.test' };

    await expect(writeRecord('connection', invalid)).rejects.toThrow();
  });

  it('rejected write stores nothing', async () => {
    const invalid = { ...SAMPLES.connection, token: '   ' };
    await writeRecord('connection', invalid).catch(() => undefined);

    expect(await readRecord('connection')).toBeNull();
  });

  it('write trims connection fields', async () => {
    await writeRecord('connection', { ...SAMPLES.connection, token: '  zk_test_token \n' });

    expect((await readRecord('connection'))?.token).toBe('zk_test_token');
  });
});

describe('stored record that fails its schema', () => {
  const invalidCases: [RecordKey, unknown][] = [
    [
      'draft',
      { entries: { '1': { order_status_id: 5, notify: false } }, baseRevision: 1, updatedAt: AT },
    ],
    ['outbox', { ...SAMPLES.outbox, attempts: 'two' }],
    ['connection', 'zk_test_token'],
    ['remote', { mapping: { ...MAPPING, revision: -1 }, seenAt: AT }],
  ];

  it.each(invalidCases)('%s raises StoredRecordInvalidError', async (key, raw) => {
    await putRaw(key, raw);

    await expect(readRecord(key)).rejects.toBeInstanceOf(StoredRecordInvalidError);
  });

  it.each(invalidCases)('%s error names the key', async (key, raw) => {
    await putRaw(key, raw);
    const error = await readRecord(key).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ key });
  });

  it('message names the key and field', async () => {
    await putRaw('outbox', { ...SAMPLES.outbox, attempts: 'two' });

    await expect(readRecord('outbox')).rejects.toThrow(/"outbox".*attempts/);
  });

  it('invalid record stays stored', async () => {
    await putRaw('notices', { firstMappingSyncAt: 42 });
    await readRecord('notices').catch(() => undefined);
    const db = await openAssistantDb();

    expect(await db.get('kv', 'notices')).toEqual({ firstMappingSyncAt: 42 });
  });
});

describe('deleteRecord', () => {
  it('removes the record', async () => {
    await writeRecord('outbox', SAMPLES.outbox);
    await deleteRecord('outbox');

    expect(await readRecord('outbox')).toBeNull();
  });

  it('ignores a missing record', async () => {
    await expect(deleteRecord('conflict')).resolves.toBeUndefined();
  });
});

describe('sync log', () => {
  it('limit is 50', () => {
    expect(SYNC_LOG_LIMIT).toBe(50);
  });

  it('starts empty', async () => {
    expect(await readSyncLog()).toEqual([]);
  });

  it('returns entries newest first', async () => {
    for (const revision of [1, 2, 3]) await appendSyncLog(logEntry(revision));
    const revisions = (await readSyncLog()).map((entry) => entry.revision);

    expect(revisions).toEqual([3, 2, 1]);
  });

  it('keeps only the last 50', async () => {
    for (let revision = 1; revision <= 57; revision++) await appendSyncLog(logEntry(revision));
    const revisions = (await readSyncLog()).map((entry) => entry.revision);

    expect(revisions).toHaveLength(SYNC_LOG_LIMIT);
    expect(revisions[0]).toBe(57);
    expect(revisions.at(-1)).toBe(8);
  });

  it('store holds no more than 50 rows', async () => {
    for (let revision = 1; revision <= 52; revision++) await appendSyncLog(logEntry(revision));
    const db = await openAssistantDb();

    expect(await db.count('syncLog')).toBe(SYNC_LOG_LIMIT);
  });

  it('keeps a failed sync entry', async () => {
    const failed: SyncLogEntry = { ...logEntry(0), ok: false, revision: null, errorCode: 'server' };
    await appendSyncLog(failed);

    expect(await readSyncLog()).toEqual([failed]);
  });

  it('append rejects an invalid entry', async () => {
    const invalid = { ...logEntry(1), itemCount: 1.5 };

    await expect(appendSyncLog(invalid)).rejects.toThrow();
  });

  it('read skips invalid stored entries', async () => {
    await appendSyncLog(logEntry(1));
    const db = await openAssistantDb();
    await db.add('syncLog', { at: AT } as unknown as SyncLogEntry);
    await appendSyncLog(logEntry(2));
    const revisions = (await readSyncLog()).map((entry) => entry.revision);

    expect(revisions).toEqual([2, 1]);
  });
});
