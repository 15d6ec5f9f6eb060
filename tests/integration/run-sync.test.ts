import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { StoredRevision } from '../../dev/zenky-server/mapping-store';
import { SEED_STORE } from '../../dev/zenky-server/seed';
import { startZenkyServer, type RunningZenkyServer } from '../../dev/zenky-server/server';
import { translatorFromCatalog, type MessageCatalog } from '@/utils/i18n/catalog';
import { closeAssistantDb, DB_NAME } from '@/utils/storage/db';
import { readRecord, readSyncLog, writeRecord } from '@/utils/storage/kv';
import type { Catalog, Connection, DraftEntry } from '@/utils/storage/records';
import { resolveConflict } from '@/utils/sync/resolve-conflict';
import { flushOutbox, resumeAfterConnectionChange } from '@/utils/sync/flush-outbox';
import { runSync, type SyncDeps } from '@/utils/sync/run-sync';
import { createZenkyClient, ZENKY_API_PATHS } from '@/utils/zenky/client';
import type { MappingItem } from '@/utils/zenky/schemas';

/** Returns the id of a seeded status of the main store. */
function seededStatusId(name: string): string {
  const row = SEED_STORE.statuses.find(([, statusName]) => statusName === name);
  if (row === undefined) throw new Error(`No seeded status named ${name}`);

  return row[0];
}

const STATUS_NEW = seededStatusId('Новый');
const STATUS_SUBMITTED = seededStatusId('Принят');
const STATUS_PACKING = seededStatusId('Готовится');
const STATUS_DELIVERING = seededStatusId('Доставляется');
const STATUS_DELIVERED = seededStatusId('Доставлен');
const STATUS_COMPLETED = seededStatusId('Завершён');
const STATUS_CANCELLED = seededStatusId('Отменён');

/** Nine statuses as read from a Frontpad page. */
const CATALOG: Catalog = {
  statuses: [
    { code: 1, name: 'Новый' },
    { code: 2, name: 'Принят' },
    { code: 3, name: 'В производстве' },
    { code: 4, name: 'В пути' },
    { code: 10, name: 'Выполнен' },
    { code: 11, name: 'Отменен' },
    { code: 12, name: 'Произведен' },
    { code: 13, name: 'Ждёт курьера' },
    { code: 14, name: 'Уточняется' },
  ],
  warnings: [],
  readAt: '2026-12-04T09:00:00.000Z',
  pageUrl: 'https://app.frontpad.ru/',
};

const ruCatalog = JSON.parse(
  readFileSync(join(__dirname, '../../public/_locales/ru/messages.json'), 'utf8'),
) as MessageCatalog;
const t = translatorFromCatalog(ruCatalog);

let server: RunningZenkyServer;
let tempDir: string;
let connection: Connection;

/** Every alarm time the sync set, oldest first; null where it cleared the alarm. */
const wakes: (Date | null)[] = [];

function syncDeps(): SyncDeps {
  return {
    createClient: (stored) => createZenkyClient(stored),
    scheduleWake: async (at) => {
      wakes.push(at);
    },
    newIdempotencyKey: randomUUID,
    now: () => new Date(),
    t,
  };
}

async function resetDb(): Promise<void> {
  await closeAssistantDb();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

async function serverRevisions(): Promise<StoredRevision[]> {
  const url = `${server.baseUrl}/dev/mapping-revisions?store_id=${server.storeId}`;
  const body = (await (await fetch(url)).json()) as { data: StoredRevision[] };

  return body.data;
}

async function lastServerRevision(): Promise<StoredRevision | undefined> {
  return (await serverRevisions()).at(-1);
}

async function addFault(fault: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${server.baseUrl}/dev/faults`, {
    method: 'POST',
    body: JSON.stringify(fault),
  });
  expect(response.status).toBe(201);
}

/** Replaces the entries of the stored draft and keeps its base revision. */
async function editDraft(entries: Record<string, DraftEntry>): Promise<void> {
  const draft = await readRecord('draft');
  if (!draft) throw new Error('Expected a stored draft');

  await writeRecord('draft', { ...draft, entries: { ...draft.entries, ...entries } });
}

beforeAll(async () => {
  tempDir = mkdtempSync(join(tmpdir(), 'run-sync-'));
  server = await startZenkyServer({ port: 0, dbPath: join(tempDir, 'zenky.sqlite') });
  connection = { baseUrl: server.baseUrl, storeId: server.storeId, token: server.token };
});

afterAll(async () => {
  await resetDb();
  await server?.close();
  rmSync(tempDir, { recursive: true, force: true });
});

describe('runSync before setup', () => {
  beforeEach(resetDb);

  it('without connection is not_configured', async () => {
    const result = await runSync(syncDeps());

    expect(result.ok).toBe(false);
    expect(result.errorCode).toBe('not_configured');
    expect(result.message).toBe(t('errorNotConfigured'));
  });

  it('without catalog is no_statuses', async () => {
    await writeRecord('connection', connection);
    const result = await runSync(syncDeps());

    expect(result.ok).toBe(false);
    expect(result.errorCode).toBe('no_statuses');
  });

  it('with empty catalog is no_statuses', async () => {
    await writeRecord('connection', connection);
    await writeRecord('catalog', { ...CATALOG, statuses: [] });
    const result = await runSync(syncDeps());

    expect(result.errorCode).toBe('no_statuses');
  });

  it('failure is stored and logged', async () => {
    const result = await runSync(syncDeps());
    const log = await readSyncLog();

    expect(await readRecord('lastSync')).toEqual(result);
    expect(log).toHaveLength(1);
    expect(log[0]?.errorCode).toBe('not_configured');
  });

  it('failure sends nothing', async () => {
    await writeRecord('connection', connection);
    await runSync(syncDeps());

    expect(await serverRevisions()).toEqual([]);
  });
});

// These tests share the server's mapping and the extension's database and run in order, each
// starting from the state the previous one left.
describe('runSync against the stand-in server', () => {
  const deps = syncDeps();

  beforeAll(async () => {
    await resetDb();
    await writeRecord('connection', connection);
    await writeRecord('catalog', CATALOG);
  });

  beforeEach(() => {
    wakes.length = 0;
  });

  it('first sync creates revision 1', async () => {
    const result = await runSync(deps);

    expect(result.ok).toBe(true);
    expect(result.revision).toBe(1);
    expect(result.changed).toBe(true);
    expect(result.errorCode).toBeNull();
  });

  it('first sync stores 9 unmapped items', async () => {
    const revisions = await serverRevisions();
    const saved = revisions[0]?.items ?? [];

    expect(revisions).toHaveLength(1);
    expect(saved).toHaveLength(9);
    expect(saved.map((item) => item.frontpad_code)).toEqual([1, 2, 3, 4, 10, 11, 12, 13, 14]);
    expect(saved.filter((item) => item.order_status_id !== null)).toEqual([]);
    expect(saved.filter((item) => item.notify)).toEqual([]);
  });

  it('first sync updates local records', async () => {
    expect((await readRecord('remote'))?.mapping.revision).toBe(1);
    expect((await readRecord('draft'))?.baseRevision).toBe(1);
    expect(await readRecord('outbox')).toBeNull();
    expect((await readRecord('notices'))?.firstMappingSyncAt).toEqual(expect.any(String));
  });

  it('first sync message names the revision', async () => {
    expect((await readRecord('lastSync'))?.message).toBe(t('syncDone', [1, 0, 9, 0]));
  });

  it('unchanged sync sends nothing', async () => {
    const result = await runSync(deps);

    expect(result.ok).toBe(true);
    expect(result.changed).toBe(false);
    expect(result.revision).toBe(1);
    expect(await serverRevisions()).toHaveLength(1);
  });

  it('six notify is invalid_mapping', async () => {
    await editDraft({
      '1': { order_status_id: STATUS_NEW, notify: true },
      '2': { order_status_id: STATUS_SUBMITTED, notify: true },
      '3': { order_status_id: STATUS_PACKING, notify: true },
      '4': { order_status_id: STATUS_DELIVERING, notify: true },
      '10': { order_status_id: STATUS_COMPLETED, notify: true },
      '11': { order_status_id: STATUS_CANCELLED, notify: true },
    });
    const result = await runSync(deps);

    expect(result.ok).toBe(false);
    expect(result.errorCode).toBe('invalid_mapping');
    expect(result.message).toBe(t('problemTooManyNotify', [6, 5]));
    expect(await readRecord('outbox')).toBeNull();
    expect(await serverRevisions()).toHaveLength(1);
  });

  const theirItems: MappingItem[] = CATALOG.statuses.map((status) => ({
    frontpad_code: status.code,
    frontpad_name: status.name,
    order_status_id: status.code === 10 ? STATUS_DELIVERED : null,
    notify: status.code === 10,
  }));

  it('second writer conflict keeps their mapping', async () => {
    const otherWriter = createZenkyClient(connection);
    await otherWriter.putMapping(theirItems, { baseRevision: 1, idempotencyKey: randomUUID() });
    await editDraft({
      '4': { order_status_id: STATUS_DELIVERING, notify: false },
      '11': { order_status_id: STATUS_CANCELLED, notify: false },
    });

    const result = await runSync(deps);
    const conflict = await readRecord('conflict');
    const latest = await lastServerRevision();

    expect(result.ok).toBe(false);
    expect(result.errorCode).toBe('conflict');
    expect(conflict?.theirs.revision).toBe(2);
    expect(conflict?.theirs.items).toEqual(theirItems);
    expect(conflict?.mine.find((item) => item.frontpad_code === 1)?.notify).toBe(true);
    expect(latest?.revision).toBe(2);
    expect(latest?.items).toEqual(theirItems);
    expect(await readRecord('outbox')).toBeNull();
  });

  it('resolving with mine sends ours', async () => {
    await resolveConflict('mine', {}, { runSync: () => runSync(deps), now: () => new Date() });
    const latest = await lastServerRevision();
    const draft = await readRecord('draft');

    expect(latest?.revision).toBe(3);
    expect(latest?.items.find((item) => item.frontpad_code === 11)?.order_status_id).toBe(
      STATUS_CANCELLED,
    );
    expect(latest?.items.filter((item) => item.notify)).toHaveLength(4);
    expect(await readRecord('conflict')).toBeNull();
    expect(draft?.baseRevision).toBe(3);
    expect((await readRecord('lastSync'))?.revision).toBe(3);
  });

  let pendingKey = '';

  it('503 keeps the pending write', async () => {
    await addFault({ status: 503, path: ZENKY_API_PATHS.statusMapping });
    await editDraft({ '12': { order_status_id: STATUS_PACKING, notify: false } });
    const before = Date.now();

    const result = await runSync(deps);
    const outbox = await readRecord('outbox');
    const retryAt = wakes.at(-1);
    pendingKey = outbox?.idempotencyKey ?? '';

    expect(result.ok).toBe(false);
    expect(result.errorCode).toBe('server');
    expect(result.message.startsWith(t('errorServer', [503]))).toBe(true);
    expect(outbox?.status).toBe('retrying');
    expect(outbox?.attempts).toBe(1);
    expect(outbox?.baseRevision).toBe(3);
    expect(retryAt!.getTime() - before).toBeGreaterThanOrEqual(30_000);
    expect(outbox?.nextAttemptAt).toBe(retryAt?.toISOString());
    expect(await serverRevisions()).toHaveLength(3);
  });

  it('retry reuses the idempotency key', async () => {
    const result = await runSync(deps);
    const revisions = await serverRevisions();

    expect(result.ok).toBe(true);
    expect(result.revision).toBe(4);
    expect(revisions).toHaveLength(4);
    expect(revisions.at(-1)?.idempotency_key).toBe(pendingKey);
    expect(await readRecord('outbox')).toBeNull();
  });

  it('retry after a lost reply is replayed', async () => {
    await addFault({ status: 503, path: ZENKY_API_PATHS.statusMapping });
    await editDraft({ '13': { order_status_id: STATUS_DELIVERING, notify: false } });
    await runSync(deps);
    const outbox = await readRecord('outbox');
    if (!outbox || outbox.baseRevision === null) throw new Error('Expected a pending write');

    // The server saves the write, but its reply never reaches the extension.
    await createZenkyClient(connection).putMapping(outbox.items, {
      baseRevision: outbox.baseRevision,
      idempotencyKey: outbox.idempotencyKey,
    });
    const result = await runSync(deps);

    expect(result.ok).toBe(true);
    expect(result.revision).toBe(5);
    expect(await serverRevisions()).toHaveLength(5);
    expect(await readRecord('outbox')).toBeNull();
  });

  it('401 stops and keeps the write', async () => {
    await writeRecord('connection', { ...connection, token: 'zk_wrong_token' });
    await editDraft({ '14': { order_status_id: STATUS_NEW, notify: false } });

    const result = await runSync(deps);
    const outbox = await readRecord('outbox');

    expect(result.ok).toBe(false);
    expect(result.errorCode).toBe('unauthorized');
    expect(result.message).toBe(t('errorUnauthorized'));
    expect(outbox?.status).toBe('failed');
    expect(outbox?.lastError?.code).toBe('unauthorized');
    expect(wakes.at(-1)).toBeNull();
    expect(await serverRevisions()).toHaveLength(5);
  });

  it('saved token resumes the stopped write', async () => {
    await writeRecord('connection', connection);
    await resumeAfterConnectionChange(deps);
    const result = await flushOutbox(deps);
    const latest = await lastServerRevision();

    expect(result?.ok).toBe(true);
    expect(latest?.revision).toBe(6);
    expect(latest?.items.find((item) => item.frontpad_code === 14)?.order_status_id).toBe(
      STATUS_NEW,
    );
    expect(await readRecord('outbox')).toBeNull();
  });

  it('sync log lists every run newest first', async () => {
    const codes = (await readSyncLog()).map((entry) => entry.errorCode);

    expect(codes).toEqual([
      null,
      'unauthorized',
      null,
      'server',
      null,
      'server',
      null,
      'conflict',
      'invalid_mapping',
      null,
      null,
    ]);
  });
});
