import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { dispatchMessage } from '@/utils/background/dispatch';
import type { SenderKind } from '@/utils/background/sender';
import { translatorFromCatalog, type MessageCatalog } from '@/utils/i18n/catalog';
import type { ContentRequest, PageRequest } from '@/utils/messages/protocol';
import { closeAssistantDb, DB_NAME } from '@/utils/storage/db';
import { writeRecord } from '@/utils/storage/kv';
import { flushOutbox } from '@/utils/sync/flush-outbox';
import { runSync } from '@/utils/sync/run-sync';
import type { SyncDeps } from '@/utils/sync/sync-deps';
import type { ZenkyClient } from '@/utils/zenky/client';
import { ZenkyError, type ZenkyErrorKind } from '@/utils/zenky/errors';
import type { Mapping } from '@/utils/zenky/schemas';

const TOKEN = 'zk_live_isolation_test_token_4f2a9c';
const STATUS_NEW = '5e3d0000-0000-4000-8000-0000000a0001';
const AT = '2026-12-04T09:00:00.000Z';

const t = translatorFromCatalog(
  JSON.parse(
    readFileSync(join(__dirname, '../../../public/_locales/ru/messages.json'), 'utf8'),
  ) as MessageCatalog,
);

const MAPPING: Mapping = {
  revision: 1,
  updated_at: AT,
  items: [{ frontpad_code: 1, frontpad_name: 'Новый', order_status_id: null, notify: false }],
};

/** A client whose every call succeeds with fixed data, or fails with `failure`. */
function stubClient(failure: ZenkyErrorKind | null): ZenkyClient {
  const answer = <T>(value: T) =>
    failure === null
      ? Promise.resolve(value)
      : Promise.reject(
          new ZenkyError(failure, `GET /v2/order-statuses failed with ${failure}`, {
            status: 500,
            serverMessage: 'Server said no',
            fieldErrors: { items: ['Invalid.'] },
            currentMapping: MAPPING,
          }),
        );

  return {
    listOrderStatuses: () =>
      answer([{ id: STATUS_NEW, name: 'Новый', kind: 'pending' as const, sorting: 1 }]),
    getSettings: () =>
      answer({ status_webhooks_enabled: true, webhook_url: 'http://127.0.0.1:8787/api/x' }),
    updateSettings: () =>
      answer({ status_webhooks_enabled: false, webhook_url: 'http://127.0.0.1:8787/api/x' }),
    getMapping: () => answer(MAPPING),
    putMapping: () => answer({ ...MAPPING, revision: 2 }),
  };
}

function depsWith(failure: ZenkyErrorKind | null) {
  const syncDeps: SyncDeps = {
    createClient: () => stubClient(failure),
    scheduleWake: async () => undefined,
    newIdempotencyKey: () => crypto.randomUUID(),
    now: () => new Date(AT),
    t,
  };

  return {
    ...syncDeps,
    runSync: () => runSync(syncDeps),
    resumeSync: () => flushOutbox(syncDeps),
    onCatalogChanged: async () => undefined,
    openOptions: async () => undefined,
  };
}

const PAGE_REQUESTS: PageRequest[] = [
  { type: 'state/get' },
  { type: 'connection/test', baseUrl: 'http://127.0.0.1:8787', storeId: 'store', token: TOKEN },
  { type: 'connection/save', baseUrl: 'http://127.0.0.1:8787', storeId: 'store', token: TOKEN },
  { type: 'zenky/refresh' },
  {
    type: 'mapping/save-and-sync',
    changes: [{ frontpad_code: 1, order_status_id: STATUS_NEW, notify: false }],
  },
  { type: 'sync/run' },
  { type: 'webhooks/set', enabled: true },
  { type: 'notices/dismiss-old-extension' },
  { type: 'setup/set-frontpad-restarted', restarted: true },
  { type: 'conflict/resolve', keep: 'mine' },
  { type: 'catalog/add-manual', statuses: [{ code: 77, name: 'Вручную' }] },
  { type: 'history/get' },
];

const CONTENT_REQUESTS: ContentRequest[] = [
  {
    type: 'frontpad/statuses-read',
    read: { statuses: [{ code: 1, name: 'Новый' }], warnings: [] },
  },
  { type: 'frontpad/sync' },
  { type: 'frontpad/get-state' },
  { type: 'frontpad/open-options' },
  { type: 'frontpad/get-webhook-url' },
  { type: 'frontpad/webhook-field-seen', state: 'empty', value: '' },
  { type: 'frontpad/webhook-field-replaced', previousValue: 'https://hooks.example.org/fp' },
];

const POPUP: Runtime.MessageSender = { id: 'ext', url: 'chrome-extension://ext/popup.html' };
const OPTIONS: Runtime.MessageSender = { id: 'ext', url: 'chrome-extension://ext/options.html' };
const FRONTPAD: Runtime.MessageSender = { id: 'ext', url: 'https://app.frontpad.ru/?order=15' };

const FAILURES: (ZenkyErrorKind | null)[] = [
  null,
  'network',
  'timeout',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'validation',
  'rate_limited',
  'server',
  'bad_response',
];

let logged: string[] = [];

beforeEach(async () => {
  logged = [];
  for (const method of ['debug', 'info', 'warn', 'error', 'log'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(
        args.map((arg) => (arg instanceof Error ? arg.stack : JSON.stringify(arg))).join(' '),
      );
    });
  }

  await writeRecord('connection', {
    baseUrl: 'http://127.0.0.1:8787',
    storeId: 'store',
    token: TOKEN,
  });
  await writeRecord('catalog', {
    statuses: [{ code: 1, name: 'Новый' }],
    warnings: [],
    readAt: AT,
    pageUrl: 'https://app.frontpad.ru/',
  });
  await writeRecord('conflict', { theirs: MAPPING, mine: MAPPING.items, at: AT });
});

afterEach(async () => {
  vi.restoreAllMocks();
  await closeAssistantDb();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
});

async function send(
  message: unknown,
  sender: Runtime.MessageSender,
  kind: SenderKind,
  failure: ZenkyErrorKind | null,
) {
  return JSON.stringify(await dispatchMessage(message, sender, kind, depsWith(failure)));
}

describe.each(FAILURES)('with Zenky answering %s', (failure) => {
  it.each(PAGE_REQUESTS.map((request) => [request.type, request] as const))(
    'options page %s reply has no token',
    async (_type, request) => {
      expect(await send(request, OPTIONS, 'options-page', failure)).not.toContain(TOKEN);
    },
  );

  it.each(CONTENT_REQUESTS.map((request) => [request.type, request] as const))(
    'content %s reply has no token',
    async (_type, request) => {
      expect(await send(request, FRONTPAD, 'frontpad-tab', failure)).not.toContain(TOKEN);
    },
  );

  it('logs never show the token', async () => {
    for (const request of PAGE_REQUESTS) await send(request, OPTIONS, 'options-page', failure);
    for (const request of CONTENT_REQUESTS) await send(request, FRONTPAD, 'frontpad-tab', failure);

    expect(logged.join('\n')).not.toContain(TOKEN);
  });
});

describe('connection/get', () => {
  it('returns the token to the options page', async () => {
    expect(await send({ type: 'connection/get' }, OPTIONS, 'options-page', null)).toContain(TOKEN);
  });

  it('is rejected from the popup', async () => {
    const reply = await send({ type: 'connection/get' }, POPUP, 'extension-page', null);

    expect(reply).not.toContain(TOKEN);
    expect(JSON.parse(reply)).toMatchObject({ ok: false, error: { code: 'rejected_sender' } });
  });

  it('is invalid from a content script', async () => {
    const reply = await send({ type: 'connection/get' }, FRONTPAD, 'frontpad-tab', null);

    expect(reply).not.toContain(TOKEN);
    expect(JSON.parse(reply)).toMatchObject({ ok: false, error: { code: 'invalid_message' } });
  });

  it('is rejected from another sender', async () => {
    const reply = await send(
      { type: 'connection/get' },
      { url: 'https://evil.test/' },
      'rejected',
      null,
    );

    expect(reply).not.toContain(TOKEN);
  });

  it.each(['connection/save', 'connection/test'] as const)(
    '%s is rejected from the popup',
    async (type) => {
      const request = {
        type,
        baseUrl: 'http://127.0.0.1:8787',
        storeId: 'store',
        token: 'zk_other_token',
      };
      const reply = await send(request, POPUP, 'extension-page', null);

      expect(JSON.parse(reply)).toMatchObject({ ok: false, error: { code: 'rejected_sender' } });
    },
  );
});

describe('rejected sender log', () => {
  it('shows only the origin', async () => {
    await send(
      { type: 'frontpad/get-state' },
      { url: 'https://evil.test/orders?phone=79001234567' },
      'rejected',
      null,
    );

    expect(logged.join('\n')).toContain('https://evil.test');
    expect(logged.join('\n')).not.toContain('79001234567');
  });
});
