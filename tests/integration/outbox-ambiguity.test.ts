import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { StoredRevision } from '../../dev/zenky-server/mapping-store';
import { SEED_STORE } from '../../dev/zenky-server/seed';
import { startZenkyServer, type RunningZenkyServer } from '../../dev/zenky-server/server';
import { translatorFromCatalog, type MessageCatalog } from '@/utils/i18n/catalog';
import { buildMappingItems } from '@/utils/mapping/build-items';
import { closeAssistantDb, DB_NAME } from '@/utils/storage/db';
import { readRecord, writeRecord } from '@/utils/storage/kv';
import type { Catalog, Connection } from '@/utils/storage/records';
import { flushOutbox, resumeAfterConnectionChange, storeOutbox } from '@/utils/sync/flush-outbox';
import { stepOutbox } from '@/utils/sync/outbox-machine';
import { refreshZenky } from '@/utils/sync/refresh-zenky';
import { saveToOutbox } from '@/utils/sync/run-sync';
import { syncConfigOf } from '@/utils/sync/sync-config';
import type { SyncDeps } from '@/utils/sync/sync-deps';
import { createZenkyClient, ZENKY_API_PATHS } from '@/utils/zenky/client';

// Timing short enough for tests: retries from 100 ms, requests limited to 300 ms, and a
// superseded request is assumed to land within 600 ms of its PUT.
const CONFIG = syncConfigOf({ firstRetryMs: 100, maxRetryMs: 400 }, 300);

const STATUS = Object.fromEntries(SEED_STORE.statuses.map(([id, name]) => [name, id]));
const STATUS_NEW = STATUS['Новый']!;
const STATUS_DONE = STATUS['Завершён']!;
const STATUS_CANCELLED = STATUS['Отменён']!;

const CATALOG: Catalog = {
  statuses: [
    { code: 1, name: 'Новый' },
    { code: 10, name: 'Выполнен' },
    { code: 11, name: 'Отменен' },
  ],
  warnings: [],
  readAt: '2026-12-04T09:00:00.000Z',
  pageUrl: 'https://app.frontpad.ru/',
};

const t = translatorFromCatalog(
  JSON.parse(
    readFileSync(join(__dirname, '../../public/_locales/ru/messages.json'), 'utf8'),
  ) as MessageCatalog,
);

let server: RunningZenkyServer;
let tempDir: string;
let connection: Connection;
let serverLog: string[] = [];

/** Added to the real time, so that a test can jump to a retry without waiting for it. */
let clockOffset = 0;

const deps: SyncDeps = {
  createClient: (stored, options) => createZenkyClient(stored, options),
  scheduleWake: async () => undefined,
  newIdempotencyKey: randomUUID,
  now: () => new Date(Date.now() + clockOffset),
  t,
  random: () => 0,
  loadConfig: async () => CONFIG,
};

async function resetDb(): Promise<void> {
  await closeAssistantDb();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

async function revisions(): Promise<StoredRevision[]> {
  const url = `${server.baseUrl}/dev/mapping-revisions?store_id=${server.storeId}`;
  return ((await (await fetch(url)).json()) as { data: StoredRevision[] }).data;
}

async function addFault(fault: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${server.baseUrl}/dev/faults`, {
    method: 'POST',
    body: JSON.stringify({ path: ZENKY_API_PATHS.statusMapping, method: 'PUT', ...fault }),
  });
  expect(response.status).toBe(201);
}

/** Sets code 10 in the draft and saves it to the outbox, as «Сохранить» does. */
async function saveCode10(statusId: string | null): Promise<void> {
  const draft = await readRecord('draft');
  await writeRecord('draft', {
    entries: { ...draft?.entries, '10': { order_status_id: statusId, notify: false } },
    baseRevision: draft?.baseRevision ?? null,
    updatedAt: deps.now().toISOString(),
  });
  await saveToOutbox(deps);
}

/** Saves code 10 and makes the first attempt to send it, as «Сохранить и синхронизировать» does. */
async function sendCode10(statusId: string | null): Promise<void> {
  await saveCode10(statusId);
  await flushOutbox(deps);
}

/** Moves the clock to the outbox's next attempt and flushes, until the outbox is empty. */
async function flushUntilEmpty(maxRounds = 6): Promise<void> {
  for (let round = 0; round < maxRounds; round++) {
    const outbox = await readRecord('outbox');
    if (!outbox) return;

    const due = Date.parse(outbox.nextAttemptAt ?? '') - deps.now().getTime();
    if (due > 0) clockOffset += due;
    await flushOutbox(deps);
  }
  throw new Error('The outbox did not empty');
}

function code10Of(revision: StoredRevision | undefined): string | null | undefined {
  return revision?.items.find((item) => item.frontpad_code === 10)?.order_status_id;
}

function putLines(): string[] {
  return serverLog.filter((line) => line.startsWith(`PUT ${ZENKY_API_PATHS.statusMapping}`));
}

/** Revisions whose items repeat those of the revision before. */
function duplicates(list: StoredRevision[]): number {
  return list.filter(
    (revision, index) =>
      index > 0 && JSON.stringify(revision.items) === JSON.stringify(list[index - 1]!.items),
  ).length;
}

beforeAll(async () => {
  tempDir = mkdtempSync(join(tmpdir(), 'outbox-ambiguity-'));
  server = await startZenkyServer({
    port: 0,
    dbPath: join(tempDir, 'zenky.sqlite'),
    log: (line) => serverLog.push(line),
  });
  connection = { baseUrl: server.baseUrl, storeId: server.storeId, token: server.token };
});

afterAll(async () => {
  await resetDb();
  await server?.close();
  rmSync(tempDir, { recursive: true, force: true });
});

// Each test starts with code 10 mapped to «Новый» in Zenky and in the extension.
beforeEach(async () => {
  await fetch(`${server.baseUrl}/dev/faults`, { method: 'DELETE' });
  await resetDb();
  clockOffset = 0;
  await writeRecord('connection', connection);
  await writeRecord('catalog', CATALOG);
  await refreshZenky(connection, (stored) => createZenkyClient(stored), deps.now);

  const current = (await readRecord('remote'))?.mapping;
  const base = buildMappingItems(CATALOG.statuses, {
    '10': { order_status_id: STATUS_NEW, notify: false },
  });
  if (JSON.stringify(current?.items) !== JSON.stringify(base)) {
    await saveCode10(STATUS_NEW);
    await flushUntilEmpty();
  }
  serverLog = [];
});

describe('lost reply of a stored write', () => {
  const faults: [string, Record<string, unknown>][] = [
    ['dropped connection', { drop: true, when: 'after' }],
    ['timeout', { delay_ms: 500, when: 'after' }],
    ['malformed JSON', { malformed_json: true, when: 'after' }],
    ['503', { status: 503, when: 'after' }],
  ];

  it.each(faults)('%s is replayed once', async (_name, fault) => {
    const before = await revisions();
    await addFault(fault);

    await sendCode10(STATUS_DONE);
    const key = (await readRecord('outbox'))?.idempotencyKey;
    await flushUntilEmpty();
    const after = await revisions();

    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)?.idempotency_key).toBe(key);
    expect(code10Of(after.at(-1))).toBe(STATUS_DONE);
    expect(await readRecord('outbox')).toBeNull();
  });
});

describe('save after an ambiguous request', () => {
  it('writes on top of the landed one', async () => {
    const before = await revisions();
    await addFault({ drop: true, when: 'after' });
    await sendCode10(STATUS_DONE);

    await saveCode10(STATUS_CANCELLED);
    await flushUntilEmpty();
    const written = (await revisions()).slice(before.length);

    expect(written.map(code10Of)).toEqual([STATUS_DONE, STATUS_CANCELLED]);
    expect(duplicates(await revisions())).toBe(0);
  });

  it('writes once when the first never arrived', async () => {
    const before = await revisions();
    await addFault({ drop: true });
    await sendCode10(STATUS_DONE);

    await saveCode10(STATUS_CANCELLED);
    await flushUntilEmpty();
    const written = (await revisions()).slice(before.length);

    expect(written.map(code10Of)).toEqual([STATUS_CANCELLED]);
  });

  it('writes the original back over a landed one', async () => {
    const before = await revisions();
    await addFault({ drop: true, when: 'after' });
    await sendCode10(STATUS_DONE);

    await saveCode10(STATUS_NEW);
    await flushUntilEmpty();
    const written = (await revisions()).slice(before.length);

    expect(written.map(code10Of)).toEqual([STATUS_DONE, STATUS_NEW]);
    expect(duplicates(await revisions())).toBe(0);
  });

  it('settles when reverted before anything landed', async () => {
    const before = await revisions();
    await addFault({ drop: true });
    await sendCode10(STATUS_DONE);

    await saveCode10(STATUS_NEW);
    await flushOutbox(deps);
    const settling = await readRecord('outbox');
    await flushUntilEmpty();

    expect(settling?.status).toBe('settling');
    expect(await revisions()).toHaveLength(before.length);
    expect(await readRecord('outbox')).toBeNull();
  });

  it('late landing loses to the newer save', async () => {
    const before = await revisions();
    await addFault({ delay_ms: 800 });
    await sendCode10(STATUS_DONE);

    await saveCode10(STATUS_CANCELLED);
    await flushUntilEmpty();
    await new Promise((resolve) => setTimeout(resolve, 900));
    const written = (await revisions()).slice(before.length);

    expect(written.map(code10Of)).toEqual([STATUS_CANCELLED]);
  });
});

describe('failures', () => {
  it('Retry-After holds later saves back', async () => {
    await addFault({ status: 429, retry_after: '2' });
    await sendCode10(STATUS_DONE);

    await saveCode10(STATUS_CANCELLED);
    await flushOutbox(deps);
    const waiting = await readRecord('outbox');
    const putsWhileWaiting = putLines().length;
    await flushUntilEmpty();

    expect(waiting?.status).toBe('retrying');
    expect(putsWhileWaiting).toBe(1);
    expect(code10Of((await revisions()).at(-1))).toBe(STATUS_CANCELLED);
  });

  it('412 without a mapping reads and retries', async () => {
    const before = await revisions();
    await addFault({ status: 412 });
    await sendCode10(STATUS_DONE);
    const retrying = await readRecord('outbox');
    await flushUntilEmpty();

    expect(retrying?.readFirst).toBe(true);
    expect(await revisions()).toHaveLength(before.length + 1);
  });

  it('422 stops with the field errors', async () => {
    await writeRecord('zenky', { orderStatuses: [], settings: null, fetchedAt: '' });
    await saveCode10('5e3d0000-0000-4000-8000-0000000affff');
    await flushOutbox(deps);
    const outbox = await readRecord('outbox');

    expect(outbox?.status).toBe('failed');
    expect(outbox?.lastError?.code).toBe('validation');
    expect(Object.keys(outbox?.lastError?.fieldErrors ?? {})).toEqual(['items.1.order_status_id']);
  });

  it('403 stops until the connection is saved', async () => {
    const before = await revisions();
    await addFault({ status: 403 });
    await sendCode10(STATUS_DONE);
    const stopped = await readRecord('outbox');

    await resumeAfterConnectionChange(deps);
    await flushOutbox(deps);

    expect(stopped?.status).toBe('failed');
    expect(await revisions()).toHaveLength(before.length + 1);
    expect(await readRecord('outbox')).toBeNull();
  });

  it('stopped worker mid-PUT resends the same key', async () => {
    const before = await revisions();
    await saveCode10(STATUS_DONE);

    // The worker stores the step and sends the PUT, which Zenky stores; then it is stopped.
    const planned = stepOutbox(
      await readRecord('outbox'),
      { type: 'attempt-due', now: Date.now() },
      { config: CONFIG, random: () => 0 },
    );
    await storeOutbox(planned.outbox, deps);
    const put = planned.effects[0];
    if (put?.type !== 'put') throw new Error('Expected a PUT');
    await createZenkyClient(connection).putMapping(put.items, put);

    await flushUntilEmpty();
    const after = await revisions();

    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)?.idempotency_key).toBe(put.idempotencyKey);
  });
});
