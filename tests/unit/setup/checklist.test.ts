import { describe, expect, it } from 'vitest';

import type { AppState } from '@/utils/messages/state';
import { buildSetupChecklist, type SetupItem, type SetupItemId } from '@/utils/setup/checklist';
import type { Mapping } from '@/utils/zenky/schemas';

const AT = '2026-12-04T09:00:00.000Z';
const ZENKY_URL = 'http://127.0.0.1:8787/api/zk_hook_4f2a';
const FOREIGN_URL = 'https://hooks.example.org/fp?key=1';
const STATUS_NEW = '5e3d0000-0000-4000-8000-0000000a0001';
const STATUS_DONE = '5e3d0000-0000-4000-8000-0000000a0010';

const SYNCED_MAPPING: Mapping = {
  revision: 2,
  updated_at: AT,
  items: [
    { frontpad_code: 1, frontpad_name: 'Новый', order_status_id: STATUS_NEW, notify: false },
    { frontpad_code: 10, frontpad_name: 'Выполнен', order_status_id: STATUS_DONE, notify: true },
  ],
};

/** Builds the state of a fresh install: no connection, no statuses, nothing seen in Frontpad. */
function emptyState(): AppState {
  return {
    connection: { configured: false, baseUrl: null, storeId: null },
    catalog: null,
    orderStatuses: [],
    settings: null,
    zenkyFetchedAt: null,
    draft: {},
    remote: null,
    pending: null,
    lastSync: null,
    conflict: null,
    firstMappingSyncAt: null,
    setup: {
      webhookField: null,
      previousWebhookUrl: null,
      frontpadRestart: null,
      oldExtensionNoticeDismissed: false,
    },
  };
}

/** Builds the state after the whole setup, with every step done. */
function completeState(): AppState {
  const state = emptyState();
  return {
    ...state,
    connection: { configured: true, baseUrl: 'http://127.0.0.1:8787', storeId: 'store-a' },
    catalog: {
      statuses: [
        { code: 1, name: 'Новый' },
        { code: 10, name: 'Выполнен' },
      ],
      warnings: [],
      readAt: AT,
      manualCodes: [],
    },
    settings: { status_webhooks_enabled: true, webhook_url: ZENKY_URL },
    draft: {
      '1': { order_status_id: STATUS_NEW, notify: false },
      '10': { order_status_id: STATUS_DONE, notify: true },
    },
    remote: SYNCED_MAPPING,
    firstMappingSyncAt: AT,
    setup: {
      webhookField: { state: 'equal', value: ZENKY_URL, seenAt: AT },
      previousWebhookUrl: null,
      frontpadRestart: { confirmedAt: AT, fieldValue: ZENKY_URL },
      oldExtensionNoticeDismissed: false,
    },
  };
}

function item<K extends SetupItemId>(state: AppState, id: K): Extract<SetupItem, { id: K }> {
  const found = buildSetupChecklist(state).find((entry) => entry.id === id);
  if (!found) throw new Error(`No checklist item ${id}`);
  return found as Extract<SetupItem, { id: K }>;
}

function doneIds(state: AppState): SetupItemId[] {
  return buildSetupChecklist(state)
    .filter((entry) => entry.done)
    .map((entry) => entry.id);
}

describe('buildSetupChecklist', () => {
  it('lists the seven steps in order', () => {
    expect(buildSetupChecklist(emptyState()).map((entry) => entry.id)).toEqual([
      'statuses-read',
      'all-mapped',
      'notify-marked',
      'mapping-synced',
      'webhooks-on',
      'url-in-frontpad',
      'frontpad-restarted',
    ]);
  });

  it('has nothing done on a fresh install', () => {
    expect(doneIds(emptyState())).toEqual([]);
  });

  it('has everything done after the whole setup', () => {
    expect(doneIds(completeState())).toHaveLength(7);
  });
});

/** A change to the complete state that must reopen exactly one step (and what depends on it). */
const reopenCases: [string, (state: AppState) => AppState, SetupItemId[]][] = [
  [
    'status without a Zenky status',
    (state) => ({
      ...state,
      draft: { ...state.draft, '1': { order_status_id: null, notify: false } },
    }),
    ['all-mapped', 'mapping-synced'],
  ],
  [
    'no status marked for webhooks',
    (state) => ({
      ...state,
      draft: { ...state.draft, '10': { order_status_id: STATUS_DONE, notify: false } },
    }),
    ['notify-marked', 'mapping-synced'],
  ],
  [
    'sync waiting for a retry',
    (state) => ({
      ...state,
      pending: { state: 'retrying', attempts: 1, nextAttemptAt: AT, saves: 1, error: null },
    }),
    ['mapping-synced'],
  ],
  [
    'mapping conflict',
    (state) => ({ ...state, conflict: { theirs: SYNCED_MAPPING, mine: [], at: AT } }),
    ['mapping-synced'],
  ],
  ['never synced', (state) => ({ ...state, remote: null }), ['mapping-synced']],
  [
    'webhooks off in Zenky',
    (state) => ({ ...state, settings: { status_webhooks_enabled: false, webhook_url: ZENKY_URL } }),
    ['webhooks-on'],
  ],
  [
    'field seen with another URL',
    (state) => ({
      ...state,
      setup: {
        ...state.setup,
        webhookField: { state: 'foreign', value: FOREIGN_URL, seenAt: AT },
      },
    }),
    ['url-in-frontpad', 'frontpad-restarted'],
  ],
  [
    'URL changed in Zenky since the field was seen',
    (state) => ({
      ...state,
      settings: { status_webhooks_enabled: true, webhook_url: `${ZENKY_URL}_new` },
    }),
    ['url-in-frontpad', 'frontpad-restarted'],
  ],
  [
    'restart ticked for another value',
    (state) => ({
      ...state,
      setup: { ...state.setup, frontpadRestart: { confirmedAt: AT, fieldValue: FOREIGN_URL } },
    }),
    ['frontpad-restarted'],
  ],
  [
    'restart not ticked',
    (state) => ({ ...state, setup: { ...state.setup, frontpadRestart: null } }),
    ['frontpad-restarted'],
  ],
];

describe('buildSetupChecklist on a finished setup', () => {
  it.each(reopenCases)('reopens steps: %s', (_name, change, reopened) => {
    const open = buildSetupChecklist(change(completeState()))
      .filter((entry) => !entry.done)
      .map((entry) => entry.id);

    expect(open).toEqual(reopened);
  });
});

describe('notify-marked', () => {
  it.each([
    [0, false],
    [1, true],
    [5, true],
    [6, false],
  ])('with %i marked is done: %s', (count, done) => {
    const state = completeState();
    const statuses = Array.from({ length: 6 }, (_, index) => ({
      code: index + 1,
      name: `Статус ${index + 1}`,
    }));
    const draft = Object.fromEntries(
      statuses.map((status, index) => [
        String(status.code),
        { order_status_id: STATUS_NEW, notify: index < count },
      ]),
    );

    const result = item(
      { ...state, catalog: { ...state.catalog!, statuses }, draft },
      'notify-marked',
    );

    expect(result.done).toBe(done);
    expect(result.count).toBe(count);
  });
});

describe('mapping-synced', () => {
  it('reports no statuses before any are read', () => {
    expect(item(emptyState(), 'mapping-synced').sync).toBe('no-statuses');
  });

  it('reports a draft that differs from Zenky', () => {
    const state = completeState();
    state.draft = { ...state.draft, '1': { order_status_id: STATUS_DONE, notify: false } };

    expect(item(state, 'mapping-synced').sync).toBe('unsynced');
  });

  it('reports the revision in Zenky', () => {
    expect(item(completeState(), 'mapping-synced').revision).toBe(2);
  });
});

describe('url-in-frontpad', () => {
  it('is unseen until the field is reported', () => {
    expect(item(emptyState(), 'url-in-frontpad').field).toBe('unseen');
  });

  it('keeps the stored result without Zenky settings', () => {
    const state = completeState();
    state.settings = null;

    expect(item(state, 'url-in-frontpad').field).toBe('equal');
  });

  it('reports an empty field', () => {
    const state = completeState();
    state.setup = { ...state.setup, webhookField: { state: 'empty', value: '', seenAt: AT } };

    expect(item(state, 'url-in-frontpad').field).toBe('empty');
  });

  it('carries the value and time seen', () => {
    const result = item(completeState(), 'url-in-frontpad');

    expect(result.value).toBe(ZENKY_URL);
    expect(result.seenAt).toBe(AT);
  });
});

describe('frontpad-restarted', () => {
  it('cannot be ticked before the URL is in Frontpad', () => {
    const state = completeState();
    state.setup = { ...state.setup, webhookField: { state: 'empty', value: '', seenAt: AT } };

    expect(item(state, 'frontpad-restarted').canConfirm).toBe(false);
  });

  it('can be ticked once the URL is in Frontpad', () => {
    expect(item(completeState(), 'frontpad-restarted').canConfirm).toBe(true);
  });
});
