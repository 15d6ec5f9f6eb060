import { afterEach, describe, expect, it } from 'vitest';

import { handleSetupRequest } from '@/utils/background/handle-setup';
import { handleWebhookFieldRequest } from '@/utils/background/handle-webhook-field';
import { contentRequestSchema } from '@/utils/messages/protocol';
import { closeAssistantDb, DB_NAME } from '@/utils/storage/db';
import { readRecord, writeRecord } from '@/utils/storage/kv';

const AT = '2026-12-04T09:00:00.000Z';
const LATER = '2026-12-04T09:05:00.000Z';
const TOKEN = 'zk_secret_api_token';
const ZENKY_URL = 'http://127.0.0.1:8787/api/zk_hook_4f2a';
const FOREIGN_URL = 'https://hooks.example.org/fp?key=1';

const now = () => new Date(LATER);

async function connectWithSettings(): Promise<void> {
  await writeRecord('connection', {
    baseUrl: 'http://127.0.0.1:8787',
    storeId: 'store-a',
    token: TOKEN,
  });
  await writeRecord('zenky', {
    orderStatuses: [],
    settings: { status_webhooks_enabled: false, webhook_url: ZENKY_URL },
    fetchedAt: AT,
  });
}

afterEach(async () => {
  await closeAssistantDb();
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
});

describe('frontpad/get-webhook-url', () => {
  it('returns the cached Zenky URL', async () => {
    await connectWithSettings();

    const info = await handleWebhookFieldRequest({ type: 'frontpad/get-webhook-url' }, now);

    expect(info).toEqual({
      zenkyUrl: ZENKY_URL,
      webhooksEnabled: false,
      connected: true,
      previousValue: null,
    });
  });

  it('never carries the API token', async () => {
    await connectWithSettings();

    const info = await handleWebhookFieldRequest({ type: 'frontpad/get-webhook-url' }, now);

    expect(JSON.stringify(info)).not.toContain(TOKEN);
  });

  it('returns no URL before the settings are loaded', async () => {
    const info = await handleWebhookFieldRequest({ type: 'frontpad/get-webhook-url' }, now);

    expect(info.zenkyUrl).toBeNull();
    expect(info.connected).toBe(false);
  });
});

describe('frontpad/webhook-field-seen', () => {
  it('stores what the field holds', async () => {
    await handleWebhookFieldRequest(
      { type: 'frontpad/webhook-field-seen', state: 'foreign', value: FOREIGN_URL },
      now,
    );

    expect(await readRecord('webhookField')).toEqual({
      state: 'foreign',
      value: FOREIGN_URL,
      seenAt: LATER,
    });
  });

  it('drops the restart tick when the value changes', async () => {
    await writeRecord('frontpadRestart', { confirmedAt: AT, fieldValue: ZENKY_URL });

    await handleWebhookFieldRequest(
      { type: 'frontpad/webhook-field-seen', state: 'foreign', value: FOREIGN_URL },
      now,
    );

    expect(await readRecord('frontpadRestart')).toBeNull();
  });

  it('keeps the restart tick for the same value', async () => {
    await writeRecord('frontpadRestart', { confirmedAt: AT, fieldValue: ZENKY_URL });

    await handleWebhookFieldRequest(
      { type: 'frontpad/webhook-field-seen', state: 'equal', value: ZENKY_URL },
      now,
    );

    expect(await readRecord('frontpadRestart')).toEqual({ confirmedAt: AT, fieldValue: ZENKY_URL });
  });
});

describe('frontpad/webhook-field-replaced', () => {
  it('keeps the replaced URL and returns it', async () => {
    const info = await handleWebhookFieldRequest(
      { type: 'frontpad/webhook-field-replaced', previousValue: FOREIGN_URL },
      now,
    );

    expect(info.previousValue).toBe(FOREIGN_URL);
    expect(await readRecord('webhookFieldPrevious')).toEqual({
      value: FOREIGN_URL,
      replacedAt: LATER,
    });
  });
});

describe('webhook field messages', () => {
  const invalid: [string, unknown][] = [
    ['unknown state', { type: 'frontpad/webhook-field-seen', state: 'other', value: '' }],
    ['missing value', { type: 'frontpad/webhook-field-seen', state: 'empty' }],
    [
      'value over 2000 characters',
      { type: 'frontpad/webhook-field-seen', state: 'foreign', value: 'x'.repeat(2001) },
    ],
    ['empty previous value', { type: 'frontpad/webhook-field-replaced', previousValue: '' }],
  ];

  it.each(invalid)('rejects %s', (_name, message) => {
    expect(contentRequestSchema.safeParse(message).success).toBe(false);
  });

  it('accepts an empty field', () => {
    const message = { type: 'frontpad/webhook-field-seen', state: 'empty', value: '' };

    expect(contentRequestSchema.safeParse(message).success).toBe(true);
  });
});

describe('handleSetupRequest', () => {
  it('remembers that the old-extension notice was closed', async () => {
    await handleSetupRequest({ type: 'notices/dismiss-old-extension' }, now);

    expect(await readRecord('oldExtensionNotice')).toEqual({ dismissedAt: LATER });
  });

  it('stores the restart tick with the value last seen', async () => {
    await writeRecord('webhookField', { state: 'equal', value: ZENKY_URL, seenAt: AT });

    await handleSetupRequest({ type: 'setup/set-frontpad-restarted', restarted: true }, now);

    expect(await readRecord('frontpadRestart')).toEqual({
      confirmedAt: LATER,
      fieldValue: ZENKY_URL,
    });
  });

  it('clears the restart tick', async () => {
    await writeRecord('frontpadRestart', { confirmedAt: AT, fieldValue: ZENKY_URL });

    await handleSetupRequest({ type: 'setup/set-frontpad-restarted', restarted: false }, now);

    expect(await readRecord('frontpadRestart')).toBeNull();
  });
});
