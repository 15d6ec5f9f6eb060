import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { SEED_STORE } from '../../dev/zenky-server/seed';
import { startZenkyServer, type RunningZenkyServer } from '../../dev/zenky-server/server';
import { closeAssistantDb, DB_NAME } from '@/utils/storage/db';
import { readRecord, writeRecord } from '@/utils/storage/kv';
import type { Connection, Draft } from '@/utils/storage/records';
import { refreshZenky } from '@/utils/sync/refresh-zenky';
import { createZenkyClient } from '@/utils/zenky/client';
import type { MappingItem } from '@/utils/zenky/schemas';

/** Returns the id of a seeded status of the main store. */
function seededStatusId(name: string): string {
  const row = SEED_STORE.statuses.find(([, statusName]) => statusName === name);
  if (row === undefined) throw new Error(`No seeded status named ${name}`);

  return row[0];
}

const STATUS_NEW = seededStatusId('Новый');
const STATUS_DELIVERED = seededStatusId('Доставлен');
const STATUS_CANCELLED = seededStatusId('Отменён');
const FETCHED_AT = new Date('2026-12-04T09:30:00.000Z');

let server: RunningZenkyServer;
let tempDir: string;
let connection: Connection;

async function resetDb(): Promise<void> {
  await closeAssistantDb();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

function refresh(now: Date = FETCHED_AT): Promise<void> {
  return refreshZenky(
    connection,
    (stored) => createZenkyClient(stored),
    () => now,
  );
}

function item(code: number, statusId: string | null, notify = false): MappingItem {
  return {
    frontpad_code: code,
    frontpad_name: `Статус ${code}`,
    order_status_id: statusId,
    notify,
  };
}

/** Saves a mapping as another operator would, on top of the server's current revision. */
async function saveAsOtherWriter(items: MappingItem[]): Promise<number> {
  const client = createZenkyClient(connection);
  const current = await client.getMapping();
  const saved = await client.putMapping(items, {
    baseRevision: current.revision,
    idempotencyKey: randomUUID(),
  });

  return saved.revision;
}

async function readDraft(): Promise<Draft> {
  const draft = await readRecord('draft');
  if (!draft) throw new Error('Expected a stored draft');

  return draft;
}

beforeAll(async () => {
  tempDir = mkdtempSync(join(tmpdir(), 'refresh-zenky-'));
  server = await startZenkyServer({ port: 0, dbPath: join(tempDir, 'zenky.sqlite') });
  connection = { baseUrl: server.baseUrl, storeId: server.storeId, token: server.token };
});

afterAll(async () => {
  await resetDb();
  await server?.close();
  rmSync(tempDir, { recursive: true, force: true });
});

// These tests share the server's mapping and the extension's database and run in order.
describe('refreshZenky', () => {
  beforeAll(resetDb);

  it('fills the zenky cache', async () => {
    await refresh();
    const cache = await readRecord('zenky');

    expect(cache?.orderStatuses).toHaveLength(SEED_STORE.statuses.length);
    expect(cache?.orderStatuses[0]).toMatchObject({ id: STATUS_NEW, kind: 'pending' });
    expect(cache?.settings).toEqual({
      status_webhooks_enabled: false,
      webhook_url: server.webhookUrl,
    });
    expect(cache?.fetchedAt).toBe(FETCHED_AT.toISOString());
  });

  it('stores the remote mapping', async () => {
    const remote = await readRecord('remote');

    expect(remote?.mapping).toEqual({ revision: 0, updated_at: null, items: [] });
    expect(remote?.seenAt).toBe(FETCHED_AT.toISOString());
  });

  it('creates a missing draft', async () => {
    expect(await readDraft()).toEqual({
      entries: {},
      baseRevision: 0,
      updatedAt: FETCHED_AT.toISOString(),
    });
  });

  it('clean draft follows a newer remote', async () => {
    const revision = await saveAsOtherWriter([
      item(1, STATUS_NEW),
      item(10, STATUS_DELIVERED, true),
    ]);
    await refresh();
    const draft = await readDraft();

    expect(revision).toBe(1);
    expect(draft.baseRevision).toBe(1);
    expect(draft.entries).toEqual({
      '1': { order_status_id: STATUS_NEW, notify: false },
      '10': { order_status_id: STATUS_DELIVERED, notify: true },
    });
  });

  it('blank extra entries count as clean', async () => {
    const draft = await readDraft();
    await writeRecord('draft', {
      ...draft,
      entries: { ...draft.entries, '11': { order_status_id: null, notify: false } },
    });
    await saveAsOtherWriter([item(1, STATUS_NEW, true), item(10, STATUS_DELIVERED, true)]);
    await refresh();

    expect((await readDraft()).baseRevision).toBe(2);
    expect((await readDraft()).entries['1']).toEqual({ order_status_id: STATUS_NEW, notify: true });
  });

  it('edited draft keeps its base revision', async () => {
    const draft = await readDraft();
    const edited: Draft = {
      ...draft,
      entries: { ...draft.entries, '11': { order_status_id: STATUS_CANCELLED, notify: false } },
    };
    await writeRecord('draft', edited);
    await saveAsOtherWriter([item(1, null), item(10, STATUS_DELIVERED)]);
    await refresh();

    expect(await readDraft()).toEqual(edited);
    expect((await readRecord('remote'))?.mapping.revision).toBe(3);
  });

  it('edited draft stays behind later refreshes', async () => {
    await refresh(new Date('2026-12-04T10:00:00.000Z'));

    expect((await readDraft()).baseRevision).toBe(2);
    expect((await readRecord('remote'))?.seenAt).toBe('2026-12-04T10:00:00.000Z');
  });

  it('draft without a seen remote is kept', async () => {
    await resetDb();
    const draft: Draft = {
      entries: { '1': { order_status_id: STATUS_NEW, notify: false } },
      baseRevision: null,
      updatedAt: FETCHED_AT.toISOString(),
    };
    await writeRecord('draft', draft);
    await refresh();

    expect(await readDraft()).toEqual(draft);
    expect((await readRecord('remote'))?.mapping.revision).toBe(3);
  });

  it('wrong token stores nothing', async () => {
    await resetDb();
    const refreshing = refreshZenky(
      { ...connection, token: 'zk_wrong_token' },
      (stored) => createZenkyClient(stored),
      () => FETCHED_AT,
    );

    await expect(refreshing).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(await readRecord('zenky')).toBeNull();
    expect(await readRecord('remote')).toBeNull();
  });
});
