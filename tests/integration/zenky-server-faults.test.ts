import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import type { PlayedFault } from '../../dev/zenky-server/faults';
import type { StoredRevision } from '../../dev/zenky-server/mapping-store';
import { MALFORMED_JSON_BODY } from '../../dev/zenky-server/play-fault';
import { startZenkyServer, type RunningZenkyServer } from '../../dev/zenky-server/server';
import { ZENKY_API_PATHS } from '@/utils/zenky/client';

let server: RunningZenkyServer;
let tempDir: string;

beforeAll(async () => {
  tempDir = mkdtempSync(join(tmpdir(), 'zenky-faults-'));
  server = await startZenkyServer({ port: 0, dbPath: join(tempDir, 'zenky.sqlite') });
});

afterAll(async () => {
  await server?.close();
  rmSync(tempDir, { recursive: true, force: true });
});

afterEach(async () => {
  await fetch(`${server.baseUrl}/dev/faults`, { method: 'DELETE' });
});

async function addFault(fault: Record<string, unknown>): Promise<Response> {
  return fetch(`${server.baseUrl}/dev/faults`, { method: 'POST', body: JSON.stringify(fault) });
}

async function revisions(): Promise<StoredRevision[]> {
  const url = `${server.baseUrl}/dev/mapping-revisions?store_id=${server.storeId}`;
  return ((await (await fetch(url)).json()) as { data: StoredRevision[] }).data;
}

async function played(): Promise<PlayedFault[]> {
  const body = (await (await fetch(`${server.baseUrl}/dev/faults`)).json()) as {
    data: { played: PlayedFault[] };
  };
  return body.data.played;
}

async function currentRevision(): Promise<number> {
  return (await revisions()).at(-1)?.revision ?? 0;
}

/** Prepares a PUT of one unmapped status on the current revision; `key` repeats a request. */
async function putMapping(
  key = randomUUID(),
  name = `Статус ${key.slice(0, 4)}`,
  signal?: AbortSignal,
) {
  const revision = await currentRevision();
  const init: RequestInit = {
    method: 'PUT',
    signal,
    headers: {
      Authorization: `Bearer ${server.token}`,
      'X-Store-Id': server.storeId,
      'If-Match': `"${revision}"`,
      'Idempotency-Key': key,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      items: [{ frontpad_code: 1, frontpad_name: name, order_status_id: null, notify: false }],
    }),
  };
  return { send: () => fetch(`${server.baseUrl}${ZENKY_API_PATHS.statusMapping}`, init), key };
}

describe('fault before the handler', () => {
  it('status 503 stores nothing', async () => {
    await addFault({ status: 503, retry_after: '2' });
    const before = (await revisions()).length;
    const response = await (await putMapping()).send();

    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('2');
    expect(await revisions()).toHaveLength(before);
  });

  it('drop closes without a reply', async () => {
    await addFault({ drop: true });
    const before = (await revisions()).length;

    await expect((await putMapping()).send()).rejects.toThrow();
    expect(await revisions()).toHaveLength(before);
  });

  it('malformed JSON stores nothing', async () => {
    await addFault({ malformed_json: true });
    const before = (await revisions()).length;
    const response = await (await putMapping()).send();

    expect(response.status).toBe(200);
    expect(await response.text()).toBe(MALFORMED_JSON_BODY);
    expect(await revisions()).toHaveLength(before);
  });

  it('delay stores after the client gave up', async () => {
    await addFault({ delay_ms: 300 });
    const before = (await revisions()).length;
    const request = await putMapping(randomUUID(), 'Поздний', AbortSignal.timeout(50));

    await expect(request.send()).rejects.toThrow();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await revisions()).toHaveLength(before + 1);
  });
});

describe('fault after the handler', () => {
  it('503 hides a stored write', async () => {
    await addFault({ status: 503, when: 'after' });
    const before = (await revisions()).length;
    const response = await (await putMapping()).send();

    expect(response.status).toBe(503);
    expect(await revisions()).toHaveLength(before + 1);
  });

  it('drop loses the reply of a stored write', async () => {
    await addFault({ drop: true, when: 'after' });
    const before = (await revisions()).length;
    const request = await putMapping();

    await expect(request.send()).rejects.toThrow();
    expect(await revisions()).toHaveLength(before + 1);
  });

  it('replay after a dropped reply stores nothing more', async () => {
    await addFault({ drop: true, when: 'after' });
    const request = await putMapping();
    await request.send().catch(() => undefined);
    const before = (await revisions()).length;

    const replay = await request.send();

    expect(replay.status).toBe(200);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await revisions()).toHaveLength(before);
  });

  it('malformed JSON hides a stored write', async () => {
    await addFault({ malformed_json: true, when: 'after' });
    const before = (await revisions()).length;
    const response = await (await putMapping()).send();

    expect(await response.text()).toBe(MALFORMED_JSON_BODY);
    expect(await revisions()).toHaveLength(before + 1);
  });

  it('delay serves the stored reply late', async () => {
    await addFault({ delay_ms: 150, when: 'after' });
    const started = Date.now();
    const response = await (await putMapping()).send();

    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});

describe('fault matching', () => {
  it('method filter spares other methods', async () => {
    await addFault({ status: 500, method: 'PUT' });
    const headers = { Authorization: `Bearer ${server.token}`, 'X-Store-Id': server.storeId };
    const get = await fetch(`${server.baseUrl}${ZENKY_API_PATHS.statusMapping}`, { headers });
    const put = await (await putMapping()).send();

    expect(get.status).toBe(200);
    expect(put.status).toBe(500);
  });

  it('times counts the requests hit', async () => {
    await addFault({ status: 502, times: 2 });
    const statuses = [];
    for (let index = 0; index < 3; index++)
      statuses.push((await (await putMapping()).send()).status);

    expect(statuses).toEqual([502, 502, 200]);
  });

  it('lists played faults', async () => {
    const before = (await played()).length;
    await addFault({ drop: true, when: 'after', method: 'PUT' });
    await (await putMapping()).send().catch(() => undefined);
    const list = await played();

    expect(list).toHaveLength(before + 1);
    expect(list.at(-1)).toMatchObject({ action: 'drop', when: 'after', method: 'PUT' });
  });
});

describe('POST /dev/faults validation', () => {
  const invalid: [string, Record<string, unknown>][] = [
    ['two actions', { status: 500, drop: true }],
    ['no action', {}],
    ['unknown timing', { status: 500, when: 'during' }],
    ['unknown method', { status: 500, method: 'DELETE' }],
    ['drop as text', { drop: 'yes' }],
  ];

  it.each(invalid)('rejects %s', async (_name, fault) => {
    expect((await addFault(fault)).status).toBe(422);
  });
});
