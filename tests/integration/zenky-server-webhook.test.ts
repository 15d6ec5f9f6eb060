import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_STORE } from '../../dev/zenky-server/seed';
import { startZenkyServer, type RunningZenkyServer } from '../../dev/zenky-server/server';
import { createZenkyClient, type ZenkyClient } from '@/utils/zenky/client';

const statusIdByName = new Map(SEED_STORE.statuses.map(([id, name]) => [name, id]));
const DELIVERED = statusIdByName.get('Доставлен')!;
const READY = statusIdByName.get('Готов')!;

interface LogEntry {
  store_id: string | null;
  frontpad_order_id: number | null;
  frontpad_code: number | null;
  outcome: string;
  detail: string;
}

let server: RunningZenkyServer;
let client: ZenkyClient;
let tempDir: string;
const logLines: string[] = [];

beforeAll(async () => {
  tempDir = mkdtempSync(join(tmpdir(), 'zenky-webhook-'));
  server = await startZenkyServer({
    dbPath: join(tempDir, 'zenky.sqlite'),
    log: (line) => logLines.push(line),
  });
  client = createZenkyClient({
    baseUrl: server.baseUrl,
    storeId: server.storeId,
    token: server.token,
  });

  // Code 10 moves orders to «Доставлен». Code 12 is mapped without notify. Code 11 is unmapped.
  await client.putMapping(
    [
      { frontpad_code: 10, frontpad_name: 'Выполнен', order_status_id: DELIVERED, notify: true },
      { frontpad_code: 12, frontpad_name: 'Произведен', order_status_id: READY, notify: false },
      { frontpad_code: 11, frontpad_name: 'Отменен', order_status_id: null, notify: false },
    ],
    { baseRevision: 0, idempotencyKey: 'webhook-setup' },
  );
});

afterAll(async () => {
  await server?.close();
  rmSync(tempDir, { recursive: true, force: true });
});

function changeStatus(orderId: number, status: number) {
  return { action: 'change_status', order_id: orderId, status, datetime: '2026-12-04 15:30:00' };
}

/** Sends a webhook as Frontpad does and returns the HTTP status of the reply. */
async function postWebhook(
  body: string,
  contentType = 'application/json',
  url = server.webhookUrl,
) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': contentType },
    body,
  });
  await response.arrayBuffer();
  return response.status;
}

async function orderStatusName(frontpadOrderId: number): Promise<string> {
  const response = await fetch(`${server.baseUrl}/dev/orders/${frontpadOrderId}`);
  const body = (await response.json()) as { data: { status: { name: string } } };
  return body.data.status.name;
}

async function lastLogEntry(): Promise<LogEntry> {
  const response = await fetch(`${server.baseUrl}/dev/webhook-log?limit=1`);
  const body = (await response.json()) as { data: LogEntry[] };
  return body.data[0]!;
}

describe('webhooks turned off', () => {
  it('leaves the order unchanged', async () => {
    const status = await postWebhook(JSON.stringify(changeStatus(1000020, 10)));
    const entry = await lastLogEntry();

    expect(status).toBe(200);
    expect(await orderStatusName(1000020)).toBe('Новый');
    expect(entry.outcome).toBe('webhooks_disabled');
    expect(entry.frontpad_order_id).toBe(1000020);
  });
});

describe('webhooks turned on', () => {
  beforeAll(async () => {
    await client.updateSettings({ status_webhooks_enabled: true });
  });

  it('moves an order on a notified code', async () => {
    const status = await postWebhook(JSON.stringify(changeStatus(1000020, 10)));
    const entry = await lastLogEntry();

    expect(status).toBe(200);
    expect(await orderStatusName(1000020)).toBe('Доставлен');
    expect(entry.outcome).toBe('applied');
    expect(entry.frontpad_code).toBe(10);
  });

  it('accepts a form-encoded body', async () => {
    const body = new URLSearchParams({
      action: 'change_status',
      order_id: '1000022',
      status: '10',
    });

    const status = await postWebhook(body.toString(), 'application/x-www-form-urlencoded');

    expect(status).toBe(200);
    expect(await orderStatusName(1000022)).toBe('Доставлен');
  });

  it('ignores a code without notify', async () => {
    const status = await postWebhook(JSON.stringify(changeStatus(1000021, 12)));
    const entry = await lastLogEntry();

    expect(status).toBe(200);
    expect(await orderStatusName(1000021)).toBe('Новый');
    expect(entry.outcome).toBe('code_not_notified');
  });

  it('ignores a code mapped to no status', async () => {
    const status = await postWebhook(JSON.stringify(changeStatus(1000021, 11)));
    const entry = await lastLogEntry();

    expect(status).toBe(200);
    expect(await orderStatusName(1000021)).toBe('Новый');
    expect(entry.outcome).toBe('code_not_mapped');
  });

  it('ignores a code missing from the mapping', async () => {
    await postWebhook(JSON.stringify(changeStatus(1000021, 15)));
    const entry = await lastLogEntry();

    expect(await orderStatusName(1000021)).toBe('Новый');
    expect(entry.outcome).toBe('code_not_mapped');
    expect(entry.detail).toContain('15');
  });

  it('ignores an unknown order', async () => {
    const status = await postWebhook(JSON.stringify(changeStatus(9999999, 10)));
    const entry = await lastLogEntry();

    expect(status).toBe(200);
    expect(entry.outcome).toBe('unknown_order');
  });

  it("ignores another store's order", async () => {
    await postWebhook(JSON.stringify(changeStatus(2000001, 10)));
    const entry = await lastLogEntry();

    expect(entry.outcome).toBe('unknown_order');
  });

  it('ignores a body without status', async () => {
    const status = await postWebhook(JSON.stringify({ action: 'new_order', order_id: 1000021 }));
    const entry = await lastLogEntry();

    expect(status).toBe(200);
    expect(entry.outcome).toBe('bad_body');
  });

  it('ignores an unsupported action', async () => {
    await postWebhook(JSON.stringify({ ...changeStatus(1000021, 10), action: 'pay' }));
    const entry = await lastLogEntry();

    expect(await orderStatusName(1000021)).toBe('Новый');
    expect(entry.outcome).toBe('unsupported_action');
  });

  it('ignores an invalid body', async () => {
    const status = await postWebhook('{"action": "change_status", ');
    const entry = await lastLogEntry();

    expect(status).toBe(200);
    expect(entry.outcome).toBe('bad_body');
  });

  it('ignores an unknown webhook token', async () => {
    const url = `${server.baseUrl}/api/fp_dev_unknown_token`;

    const status = await postWebhook(JSON.stringify(changeStatus(1000021, 10)), undefined, url);
    const entry = await lastLogEntry();

    expect(status).toBe(200);
    expect(entry.outcome).toBe('unknown_token');
    expect(entry.store_id).toBeNull();
  });
});

describe('server log', () => {
  it('names each request', () => {
    expect(logLines).toContainEqual(
      expect.stringMatching(/^POST \/api\/<webhook token> 200 \d+ms$/),
    );
  });

  it('omits API and webhook tokens', () => {
    const leaks = logLines.filter(
      (line) => line.includes(SEED_STORE.token) || line.includes(SEED_STORE.webhookToken),
    );

    expect(leaks).toEqual([]);
  });
});

describe('dev endpoints', () => {
  it('unknown order is 404', async () => {
    const response = await fetch(`${server.baseUrl}/dev/orders/42`);

    expect(response.status).toBe(404);
  });
});
