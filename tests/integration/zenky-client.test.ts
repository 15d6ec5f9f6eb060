import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_OTHER_STORE, SEED_STORE } from '../../dev/zenky-server/seed';
import { startZenkyServer, type RunningZenkyServer } from '../../dev/zenky-server/server';
import {
  createZenkyClient,
  ZENKY_API_PATHS,
  type ZenkyClientOptions,
  type ZenkyConnection,
} from '@/utils/zenky/client';
import { isRetryable, ZenkyError } from '@/utils/zenky/errors';
import type { MappingItem } from '@/utils/zenky/schemas';
import { findClosedPortUrl, startStubServer } from './helpers/stub-http-server';

/** Returns the id of a seeded status of the main store. */
function seededStatusId(name: string): string {
  const row = SEED_STORE.statuses.find(([, statusName]) => statusName === name);
  if (row === undefined) {
    throw new Error(`No seeded status named ${name}`);
  }
  return row[0];
}

const statusNew = seededStatusId('Новый');
const statusReady = seededStatusId('Готов');
const statusDelivered = seededStatusId('Доставлен');
const statusCompleted = seededStatusId('Завершён');
const statusCancelled = seededStatusId('Отменён');

let server: RunningZenkyServer;
let tempDir: string;

beforeAll(async () => {
  tempDir = mkdtempSync(join(tmpdir(), 'zenky-client-'));
  server = await startZenkyServer({ dbPath: join(tempDir, 'zenky.sqlite') });
});

afterAll(async () => {
  await server?.close();
  rmSync(tempDir, { recursive: true, force: true });
});

function client(connection: Partial<ZenkyConnection> = {}, options?: ZenkyClientOptions) {
  return createZenkyClient(
    { baseUrl: server.baseUrl, storeId: server.storeId, token: server.token, ...connection },
    options,
  );
}

/** Awaits a promise that must reject with ZenkyError and returns the error. */
async function zenkyError(promise: Promise<unknown>): Promise<ZenkyError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ZenkyError) {
      return error;
    }
    throw error;
  }
  throw new Error('Expected the promise to reject with ZenkyError, but it resolved');
}

function item(code: number, statusId: string | null, notify = false): MappingItem {
  return {
    frontpad_code: code,
    frontpad_name: `Статус ${code}`,
    order_status_id: statusId,
    notify,
  };
}

async function addFault(fault: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${server.baseUrl}/dev/faults`, {
    method: 'POST',
    body: JSON.stringify(fault),
  });
  expect(response.status).toBe(201);
}

describe('order statuses', () => {
  it('lists the seeded statuses', async () => {
    const statuses = await client().listOrderStatuses();

    expect(statuses).toHaveLength(SEED_STORE.statuses.length);
    expect(statuses[0]).toMatchObject({ id: statusNew, name: 'Новый', kind: 'pending' });
    expect(statuses.map((status) => status.kind)).toContain('custom');
  });
});

describe('settings', () => {
  it('reads settings', async () => {
    const settings = await client().getSettings();

    expect(settings.status_webhooks_enabled).toBe(false);
    expect(settings.webhook_url).toBe(server.webhookUrl);
  });

  it('patch turns webhooks on and off', async () => {
    const enabled = await client().updateSettings({ status_webhooks_enabled: true });
    const reread = await client().getSettings();
    const disabled = await client().updateSettings({ status_webhooks_enabled: false });

    expect(enabled.status_webhooks_enabled).toBe(true);
    expect(reread.status_webhooks_enabled).toBe(true);
    expect(disabled.status_webhooks_enabled).toBe(false);
  });

  it('patch rejects a non-boolean', async () => {
    const response = await fetch(`${server.baseUrl}${ZENKY_API_PATHS.frontpadSettings}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${server.token}`, 'X-Store-Id': server.storeId },
      body: JSON.stringify({ status_webhooks_enabled: 'yes' }),
    });
    const body = await response.json();

    expect(response.status).toBe(422);
    expect(body.errors.status_webhooks_enabled).toHaveLength(1);
  });
});

// These tests share the store's mapping and run in order, each building on the previous revision.
describe('status mapping', () => {
  const firstItems = [item(1, statusNew), item(10, statusDelivered, true), item(11, null)];

  it('starts at revision 0', async () => {
    const mapping = await client().getMapping();

    expect(mapping).toEqual({ revision: 0, updated_at: null, items: [] });
  });

  it('put creates revision 1', async () => {
    const mapping = await client().putMapping(firstItems, {
      baseRevision: 0,
      idempotencyKey: 'first-save',
    });

    expect(mapping.revision).toBe(1);
    expect(mapping.items).toEqual(firstItems);
    expect(Date.parse(mapping.updated_at ?? '')).not.toBeNaN();
  });

  it('get returns the saved mapping', async () => {
    const mapping = await client().getMapping();

    expect(mapping.revision).toBe(1);
    expect(mapping.items).toEqual(firstItems);
  });

  it('get sends ETag of the revision', async () => {
    const response = await fetch(`${server.baseUrl}${ZENKY_API_PATHS.statusMapping}`, {
      headers: { Authorization: `Bearer ${server.token}`, 'X-Store-Id': server.storeId },
    });

    expect(response.headers.get('ETag')).toBe('"1"');
  });

  it('same key replays the first result', async () => {
    const replay = await client().putMapping(firstItems, {
      baseRevision: 0,
      idempotencyKey: 'first-save',
    });
    const response = await fetch(`${server.baseUrl}/dev/mapping-revisions`);
    const revisions = (await response.json()).data as { idempotency_key: string }[];

    expect(replay.revision).toBe(1);
    expect(revisions.filter((row) => row.idempotency_key === 'first-save')).toHaveLength(1);
  });

  it('replay survives a newer revision', async () => {
    const second = [item(12, statusReady, true)];
    const saved = await client().putMapping(second, {
      baseRevision: 1,
      idempotencyKey: 'second-save',
    });
    const replay = await client().putMapping(firstItems, {
      baseRevision: 0,
      idempotencyKey: 'first-save',
    });
    const current = await client().getMapping();

    expect(saved.revision).toBe(2);
    expect(replay.revision).toBe(1);
    expect(current.revision).toBe(2);
  });

  it('same key with another body is rejected', async () => {
    const error = await zenkyError(
      client().putMapping([item(99, null)], { baseRevision: 0, idempotencyKey: 'first-save' }),
    );

    expect(error.kind).toBe('validation');
    expect(error.fieldErrors?.['Idempotency-Key']).toHaveLength(1);
  });

  it('stale If-Match is a conflict', async () => {
    const error = await zenkyError(
      client().putMapping([item(1, statusNew)], { baseRevision: 1, idempotencyKey: 'stale' }),
    );

    expect(error.kind).toBe('conflict');
    expect(error.status).toBe(412);
    expect(error.currentMapping?.revision).toBe(2);
    expect(error.currentMapping?.items).toEqual([item(12, statusReady, true)]);
    expect(isRetryable(error)).toBe(false);
  });

  it('missing If-Match is 412', async () => {
    const response = await fetch(`${server.baseUrl}${ZENKY_API_PATHS.statusMapping}`, {
      method: 'PUT',
      headers: {
        Authorization: `Bearer ${server.token}`,
        'X-Store-Id': server.storeId,
        'Idempotency-Key': 'no-if-match',
      },
      body: JSON.stringify({ items: [] }),
    });
    const body = await response.json();

    expect(response.status).toBe(412);
    expect(body.data.revision).toBe(2);
  });

  it('missing Idempotency-Key is 422', async () => {
    const response = await fetch(`${server.baseUrl}${ZENKY_API_PATHS.statusMapping}`, {
      method: 'PUT',
      headers: {
        Authorization: `Bearer ${server.token}`,
        'X-Store-Id': server.storeId,
        'If-Match': '"2"',
      },
      body: JSON.stringify({ items: [] }),
    });
    const body = await response.json();

    expect(response.status).toBe(422);
    expect(body.errors['Idempotency-Key']).toHaveLength(1);
  });

  it('invalid JSON body is 400', async () => {
    const response = await fetch(`${server.baseUrl}${ZENKY_API_PATHS.statusMapping}`, {
      method: 'PUT',
      headers: {
        Authorization: `Bearer ${server.token}`,
        'X-Store-Id': server.storeId,
        'If-Match': '"2"',
        'Idempotency-Key': 'bad-json',
      },
      body: '{"items": [',
    });

    expect(response.status).toBe(400);
  });

  it('six notify items are rejected', async () => {
    const statuses = [statusNew, statusReady, statusDelivered, statusCompleted, statusCancelled];
    const items = [...statuses, statusNew].map((statusId, index) => item(index, statusId, true));

    const error = await zenkyError(
      client().putMapping(items, { baseRevision: 2, idempotencyKey: 'six-notify' }),
    );

    expect(error.kind).toBe('validation');
    expect(error.status).toBe(422);
    expect(error.fieldErrors?.items?.[0]).toContain('At most 5');
  });

  it('five notify items are accepted', async () => {
    const statuses = [statusNew, statusReady, statusDelivered, statusCompleted, statusCancelled];
    const items = statuses.map((statusId, index) => item(index, statusId, true));

    const mapping = await client().putMapping(items, {
      baseRevision: 2,
      idempotencyKey: 'five-notify',
    });

    expect(mapping.revision).toBe(3);
  });

  it('notify without status is rejected', async () => {
    const error = await zenkyError(
      client().putMapping([item(1, null, true)], { baseRevision: 3, idempotencyKey: 'no-status' }),
    );

    expect(error.kind).toBe('validation');
    expect(error.fieldErrors?.['items.0.notify']).toHaveLength(1);
  });

  it('status of another store is rejected', async () => {
    const [otherStatus] = SEED_OTHER_STORE.statuses[0]!;

    const error = await zenkyError(
      client().putMapping([item(1, otherStatus)], { baseRevision: 3, idempotencyKey: 'other' }),
    );

    expect(error.kind).toBe('validation');
    expect(error.fieldErrors?.['items.0.order_status_id']).toHaveLength(1);
  });

  it('duplicate codes are rejected', async () => {
    const items = [item(4, statusNew), item(4, statusReady)];

    const error = await zenkyError(
      client().putMapping(items, { baseRevision: 3, idempotencyKey: 'duplicates' }),
    );

    expect(error.kind).toBe('validation');
    expect(error.fieldErrors?.['items.1.frontpad_code']).toHaveLength(1);
    expect(error.fieldErrors?.['items.0.frontpad_code']).toBeUndefined();
  });

  it('rejected puts create no revision', async () => {
    const response = await fetch(
      `${server.baseUrl}/dev/mapping-revisions?store_id=${server.storeId}`,
    );
    const revisions = (await response.json()).data as { revision: number }[];

    expect(revisions.map((row) => row.revision)).toEqual([1, 2, 3]);
  });
});

describe('authorization', () => {
  it('bad token is unauthorized', async () => {
    const error = await zenkyError(client({ token: 'zk_dev_wrong' }).listOrderStatuses());

    expect(error.kind).toBe('unauthorized');
    expect(error.status).toBe(401);
  });

  it('error message omits the token', async () => {
    const error = await zenkyError(client({ token: 'zk_dev_wrong' }).getMapping());

    expect(error.message).toContain('GET /v2/exchange/frontpad/status-mapping');
    expect(error.message).toContain('401');
    expect(error.message).not.toContain('zk_dev_wrong');
  });

  it("other store's token is forbidden", async () => {
    const error = await zenkyError(client({ token: SEED_OTHER_STORE.token }).getSettings());

    expect(error.kind).toBe('forbidden');
    expect(error.status).toBe(403);
  });

  it('unknown store is not found', async () => {
    const storeId = '5e3d0000-0000-4000-8000-0000000000ff';

    const error = await zenkyError(client({ storeId }).getSettings());

    expect(error.kind).toBe('not_found');
    expect(error.status).toBe(404);
  });

  it('non-ASCII token is not sent', async () => {
    const error = await zenkyError(client({ token: 'токен' }).getSettings());

    expect(error.kind).toBe('unauthorized');
    expect(error.status).toBeUndefined();
  });
});

describe('rate limits and server errors', () => {
  it('429 with delay-seconds', async () => {
    await addFault({ status: 429, retry_after: '7', path: ZENKY_API_PATHS.orderStatuses });

    const error = await zenkyError(client().listOrderStatuses());

    expect(error.kind).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBe(7);
    expect(isRetryable(error)).toBe(true);
  });

  it('429 with an HTTP date', async () => {
    const retryAt = new Date(Date.now() + 120_000).toUTCString();
    await addFault({ status: 429, retry_after: retryAt, path: ZENKY_API_PATHS.orderStatuses });

    const error = await zenkyError(client().listOrderStatuses());

    expect(error.kind).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(115);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(120);
  });

  it('429 without Retry-After', async () => {
    await addFault({ status: 429, path: ZENKY_API_PATHS.orderStatuses });

    const error = await zenkyError(client().listOrderStatuses());

    expect(error.kind).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBeUndefined();
  });

  it('503 is a retryable server error', async () => {
    await addFault({ status: 503, path: ZENKY_API_PATHS.frontpadSettings });

    const error = await zenkyError(client().getSettings());

    expect(error.kind).toBe('server');
    expect(error.status).toBe(503);
    expect(isRetryable(error)).toBe(true);
  });

  it('slow reply times out', async () => {
    await addFault({ delay_ms: 2000, path: ZENKY_API_PATHS.orderStatuses });

    const error = await zenkyError(client({}, { timeoutMs: 100 }).listOrderStatuses());

    expect(error.kind).toBe('timeout');
  });
});

describe('transport failures', () => {
  it('silent server times out', async () => {
    const stub = await startStubServer(() => {});
    try {
      const error = await zenkyError(
        client({ baseUrl: stub.url }, { timeoutMs: 100 }).listOrderStatuses(),
      );

      expect(error.kind).toBe('timeout');
      expect(error.message).toContain('timed out after 100 ms');
      expect(isRetryable(error)).toBe(true);
    } finally {
      await stub.close();
    }
  });

  it('stalled body times out', async () => {
    const stub = await startStubServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"data": [');
    });
    try {
      const error = await zenkyError(
        client({ baseUrl: stub.url }, { timeoutMs: 200 }).listOrderStatuses(),
      );

      expect(error.kind).toBe('timeout');
    } finally {
      await stub.close();
    }
  });

  it('closed port is a network error', async () => {
    const baseUrl = await findClosedPortUrl();

    const error = await zenkyError(client({ baseUrl }).listOrderStatuses());

    expect(error.kind).toBe('network');
    expect(isRetryable(error)).toBe(true);
  });

  it.each([
    ['malformed JSON', '{"data": [', 'not valid JSON'],
    ['empty body', '', 'empty body'],
    ['missing envelope', '[]', '(root): expected object'],
    ['wrong field type', '{"data": [{"id": "s1", "name": "A", "kind": "lost"}]}', 'data[0].kind'],
  ])('%s is a bad response', async (_name, body, expectedDetail) => {
    const stub = await startStubServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(body);
    });
    try {
      const error = await zenkyError(client({ baseUrl: stub.url }).listOrderStatuses());

      expect(error.kind).toBe('bad_response');
      expect(error.message).toContain(expectedDetail);
      expect(isRetryable(error)).toBe(false);
    } finally {
      await stub.close();
    }
  });

  it('ETag disagreeing with revision is a bad response', async () => {
    const stub = await startStubServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', ETag: '"5"' });
      res.end(JSON.stringify({ data: { revision: 4, updated_at: null, items: [] } }));
    });
    try {
      const error = await zenkyError(client({ baseUrl: stub.url }).getMapping());

      expect(error.kind).toBe('bad_response');
    } finally {
      await stub.close();
    }
  });

  it('412 with a bare mapping body', async () => {
    const current = { revision: 7, updated_at: '2026-12-04T10:00:00Z', items: [] };
    const stub = await startStubServer((_req, res) => {
      res.writeHead(412, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(current));
    });
    try {
      const error = await zenkyError(
        client({ baseUrl: stub.url }).putMapping([], { baseRevision: 6, idempotencyKey: 'k' }),
      );

      expect(error.kind).toBe('conflict');
      expect(error.currentMapping).toEqual(current);
    } finally {
      await stub.close();
    }
  });
});

describe('requests', () => {
  /** Starts a stub that records each request and responds with `{data: reply}`. */
  async function recordingStub(reply: unknown) {
    const requests: {
      method?: string;
      url?: string;
      headers: IncomingHttpHeaders;
      body: string;
    }[] = [];
    const stub = await startStubServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      req.on('end', () => {
        requests.push({ method: req.method, url: req.url, headers: req.headers, body });
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ data: reply }));
      });
    });
    return { stub, requests };
  }

  it('base URL prefix and trailing slash', async () => {
    const { stub, requests } = await recordingStub([]);
    try {
      await client({ baseUrl: `${stub.url}/zenky/` }).listOrderStatuses();

      expect(requests[0]?.url).toBe('/zenky/v2/order-statuses');
    } finally {
      await stub.close();
    }
  });

  it('sends auth and store headers', async () => {
    const { stub, requests } = await recordingStub([]);
    try {
      await client({ baseUrl: stub.url }).listOrderStatuses();
      const headers = requests[0]?.headers;

      expect(headers?.authorization).toBe(`Bearer ${server.token}`);
      expect(headers?.['x-store-id']).toBe(server.storeId);
      expect(headers?.accept).toBe('application/json');
    } finally {
      await stub.close();
    }
  });

  it('put sends If-Match, key and body', async () => {
    const mapping = { revision: 4, updated_at: '2026-12-04T10:00:00Z', items: [item(1, null)] };
    const { stub, requests } = await recordingStub(mapping);
    try {
      await client({ baseUrl: stub.url }).putMapping([item(1, null)], {
        baseRevision: 3,
        idempotencyKey: 'key-1',
      });
      const request = requests[0];

      expect(request?.method).toBe('PUT');
      expect(request?.headers['if-match']).toBe('"3"');
      expect(request?.headers['idempotency-key']).toBe('key-1');
      expect(request?.headers['content-type']).toBe('application/json');
      expect(JSON.parse(request?.body ?? '')).toEqual({ items: [item(1, null)] });
    } finally {
      await stub.close();
    }
  });

  it('invalid base URL throws', () => {
    expect(() => client({ baseUrl: 'api.zenky.io' })).toThrow(TypeError);
  });

  it('server answers CORS preflight', async () => {
    const response = await fetch(`${server.baseUrl}${ZENKY_API_PATHS.statusMapping}`, {
      method: 'OPTIONS',
    });

    expect(response.status).toBe(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
    expect(response.headers.get('Access-Control-Allow-Headers')).toContain('If-Match');
    expect(response.headers.get('Access-Control-Expose-Headers')).toContain('ETag');
  });
});

describe('restart', () => {
  it('keeps data in the same database file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zenky-restart-'));
    const dbPath = join(dir, 'zenky.sqlite');
    const items = [item(10, statusDelivered, true)];
    try {
      const first = await startZenkyServer({ dbPath });
      const firstClient = client({ baseUrl: first.baseUrl });
      await firstClient.putMapping(items, { baseRevision: 0, idempotencyKey: 'before-restart' });
      await firstClient.updateSettings({ status_webhooks_enabled: true });
      await first.close();

      const second = await startZenkyServer({ dbPath });
      try {
        const secondClient = client({ baseUrl: second.baseUrl });
        const mapping = await secondClient.getMapping();
        const settings = await secondClient.getSettings();
        const replay = await secondClient.putMapping(items, {
          baseRevision: 0,
          idempotencyKey: 'before-restart',
        });

        expect(mapping.revision).toBe(1);
        expect(mapping.items).toEqual(items);
        expect(settings.status_webhooks_enabled).toBe(true);
        expect(replay.revision).toBe(1);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
