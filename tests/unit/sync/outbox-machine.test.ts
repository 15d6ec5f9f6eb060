import { describe, expect, it } from 'vitest';

import type { Outbox } from '@/utils/storage/outbox-record';
import {
  stepOutbox,
  wakeTime,
  type OutboxEvent,
  type RequestFailure,
  type Transition,
} from '@/utils/sync/outbox-machine';
import type { SyncConfig } from '@/utils/sync/sync-config';
import type { ZenkyErrorKind } from '@/utils/zenky/errors';
import type { Mapping, MappingItem } from '@/utils/zenky/schemas';

const NOW = Date.parse('2026-12-04T12:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

const CONFIG: SyncConfig = {
  firstRetryMs: 1000,
  maxRetryMs: 8000,
  timeoutMs: 2000,
  watchdogMs: 3000,
  settleMs: 4000,
};
const OPTIONS = { config: CONFIG, random: () => 0 };

const STATUS_A = '5e3d0000-0000-4000-8000-0000000a0001';
const STATUS_B = '5e3d0000-0000-4000-8000-0000000a0010';

function items(status3: string | null, status10: string | null = null): MappingItem[] {
  return [
    { frontpad_code: 3, frontpad_name: 'В производстве', order_status_id: status3, notify: false },
    { frontpad_code: 10, frontpad_name: 'Выполнен', order_status_id: status10, notify: false },
  ];
}

const BASE_ITEMS = items(null);
const ITEMS_A = items(STATUS_A);
const ITEMS_B = items(STATUS_B);
const ITEMS_C = items(STATUS_A, STATUS_B);

function mapping(revision: number, mappingItems: MappingItem[]): Mapping {
  return { revision, updated_at: iso(NOW), items: mappingItems };
}

/** A write of ITEMS_A on revision 4, queued and never sent. */
function outbox(fields: Partial<Outbox> = {}): Outbox {
  return {
    items: ITEMS_A,
    idempotencyKey: 'key-a',
    baseRevision: 4,
    baseItems: BASE_ITEMS,
    status: 'queued',
    saves: 1,
    attempts: 0,
    createdAt: iso(NOW - 10_000),
    updatedAt: iso(NOW - 10_000),
    nextAttemptAt: iso(NOW - 10_000),
    retryAfterUntil: null,
    lastSentAt: null,
    sentUnconfirmed: false,
    superseded: [],
    readFirst: false,
    lastError: null,
    ...fields,
  };
}

/** The write after its PUT went out at NOW - 2 s and its outcome is not known. */
const SENT = outbox({
  status: 'retrying',
  attempts: 1,
  sentUnconfirmed: true,
  lastSentAt: iso(NOW - 2000),
  nextAttemptAt: iso(NOW + 500),
});

function saved(newItems: MappingItem[], fields: Partial<OutboxEvent> = {}): OutboxEvent {
  return {
    type: 'saved',
    items: newItems,
    baseRevision: 4,
    remote: mapping(4, BASE_ITEMS),
    newKey: 'key-new',
    now: NOW,
    ...fields,
  } as OutboxEvent;
}

const due: OutboxEvent = { type: 'attempt-due', now: NOW };

function seen(
  revision: number,
  mappingItems: MappingItem[],
  now = NOW,
  newKey = 'key-new',
): OutboxEvent {
  return { type: 'remote-seen', mapping: mapping(revision, mappingItems), newKey, now };
}

function failure(kind: ZenkyErrorKind, fields: Partial<RequestFailure> = {}): OutboxEvent {
  return {
    type: 'request-failed',
    failure: { kind, message: `${kind} message`, ...fields },
    newKey: 'key-new',
    now: NOW,
  };
}

function step(state: Outbox | null, event: OutboxEvent): Transition {
  return stepOutbox(state, event, OPTIONS);
}

function effectTypes(transition: Transition): string[] {
  return transition.effects.map((effect) => effect.type);
}

describe('saved without a pending write', () => {
  it('queues the items with the new key', () => {
    const next = step(null, saved(ITEMS_A)).outbox;

    expect(next).toMatchObject({
      items: ITEMS_A,
      idempotencyKey: 'key-new',
      baseRevision: 4,
      baseItems: BASE_ITEMS,
      status: 'queued',
      saves: 1,
      nextAttemptAt: iso(NOW),
    });
  });

  it('sends nothing for Zenky’s own mapping', () => {
    const transition = step(null, saved(BASE_ITEMS));

    expect(transition.outbox).toBeNull();
    expect(transition.effects).toEqual([{ type: 'unchanged', revision: 4 }]);
  });

  it('without a known mapping has no base', () => {
    const next = step(null, saved(ITEMS_A, { baseRevision: null, remote: null })).outbox;

    expect(next?.baseRevision).toBeNull();
    expect(next?.baseItems).toBeNull();
  });

  it('takes the base from the mapping seen', () => {
    const next = step(null, saved(ITEMS_A, { baseRevision: null, remote: mapping(7, []) })).outbox;

    expect(next?.baseRevision).toBe(7);
  });
});

describe('saved with a pending write', () => {
  it('same items keep the key', () => {
    const next = step(SENT, saved(ITEMS_A)).outbox;

    expect(next?.idempotencyKey).toBe('key-a');
    expect(next?.saves).toBe(2);
    expect(next?.status).toBe('queued');
    expect(next?.attempts).toBe(0);
  });

  it('same items resume a failed write', () => {
    const stopped = outbox({
      status: 'failed',
      nextAttemptAt: null,
      lastError: { code: 'unauthorized', message: 'x' },
    });
    const next = step(stopped, saved(ITEMS_A)).outbox;

    expect(next?.status).toBe('queued');
    expect(next?.lastError).toBeNull();
  });

  it('waits for Retry-After', () => {
    const limited = outbox({ retryAfterUntil: iso(NOW + 5000) });
    const next = step(limited, saved(ITEMS_B)).outbox;

    expect(next?.status).toBe('retrying');
    expect(next?.nextAttemptAt).toBe(iso(NOW + 5000));
  });

  it('new items replace unsent ones', () => {
    const next = step(outbox(), saved(ITEMS_B)).outbox;

    expect(next?.items).toEqual(ITEMS_B);
    expect(next?.idempotencyKey).toBe('key-new');
    expect(next?.superseded).toEqual([]);
    expect(next?.readFirst).toBe(false);
  });

  it('new items keep a sent request as superseded', () => {
    const next = step(SENT, saved(ITEMS_B)).outbox;

    expect(next?.superseded).toEqual([{ idempotencyKey: 'key-a', items: ITEMS_A }]);
    expect(next?.readFirst).toBe(true);
    expect(next?.sentUnconfirmed).toBe(false);
    expect(next?.baseRevision).toBe(4);
  });

  it('a request cut off by a stopped worker is superseded', () => {
    const cutOff = outbox({ status: 'sending', sentUnconfirmed: true, lastSentAt: iso(NOW) });
    const next = step(cutOff, saved(ITEMS_B)).outbox;

    expect(next?.superseded.map((request) => request.idempotencyKey)).toEqual(['key-a']);
  });

  it('back to the base with nothing sent drops the write', () => {
    const transition = step(outbox(), saved(BASE_ITEMS));

    expect(transition.outbox).toBeNull();
    expect(transition.effects).toEqual([{ type: 'unchanged', revision: 4 }]);
  });

  it('back to the base after a send keeps the write', () => {
    const next = step(SENT, saved(BASE_ITEMS)).outbox;

    expect(next?.items).toEqual(BASE_ITEMS);
    expect(next?.superseded).toHaveLength(1);
  });
});

describe('attempt-due', () => {
  it('sends a queued write', () => {
    const transition = step(outbox(), due);

    expect(transition.effects).toEqual([
      { type: 'put', items: ITEMS_A, baseRevision: 4, idempotencyKey: 'key-a' },
    ]);
  });

  it('marks a sent write as possibly stored', () => {
    const next = step(outbox(), due).outbox;

    expect(next).toMatchObject({
      status: 'sending',
      sentUnconfirmed: true,
      lastSentAt: iso(NOW),
      nextAttemptAt: iso(NOW + CONFIG.watchdogMs),
    });
  });

  const idleCases: [string, Outbox | null][] = [
    ['no write', null],
    ['a retry not due', SENT],
    ['a failed write', outbox({ status: 'failed', nextAttemptAt: null })],
    ['settling not due', outbox({ status: 'settling', nextAttemptAt: iso(NOW + 1) })],
    ['Retry-After not over', outbox({ nextAttemptAt: iso(NOW + 1) })],
  ];

  it.each(idleCases)('does nothing for %s', (_name, state) => {
    const transition = step(state, due);

    expect(transition.effects).toEqual([]);
    expect(transition.outbox).toEqual(state);
  });

  it('retries a due write with its key', () => {
    const transition = step({ ...SENT, nextAttemptAt: iso(NOW) }, due);

    expect(transition.effects).toEqual([
      { type: 'put', items: ITEMS_A, baseRevision: 4, idempotencyKey: 'key-a' },
    ]);
  });

  it('resends a PUT cut off by a stopped worker', () => {
    const cutOff = outbox({ status: 'sending', nextAttemptAt: iso(NOW + 9000) });

    expect(effectTypes(step(cutOff, due))).toEqual(['put']);
  });

  const readCases: [string, Outbox][] = [
    ['no base revision', outbox({ baseRevision: null, baseItems: null })],
    [
      'a superseded request',
      outbox({ readFirst: true, superseded: [{ idempotencyKey: 'k', items: ITEMS_B }] }),
    ],
    ['a 412 without a mapping', outbox({ readFirst: true })],
    ['settling that is due', outbox({ status: 'settling', nextAttemptAt: iso(NOW) })],
    ['items equal to the base', outbox({ items: BASE_ITEMS })],
    [
      'a read cut off by a stopped worker',
      outbox({ status: 'checking', nextAttemptAt: iso(NOW + 9000), readFirst: true }),
    ],
  ];

  it.each(readCases)('reads first with %s', (_name, state) => {
    const transition = step(state, due);

    expect(effectTypes(transition)).toEqual(['get']);
    expect(transition.outbox?.status).toBe('checking');
    expect(transition.outbox?.nextAttemptAt).toBe(iso(NOW + CONFIG.watchdogMs));
  });
});

describe('remote-seen', () => {
  it('our items on a new revision confirm the write', () => {
    const transition = step(SENT, seen(5, ITEMS_A));

    expect(transition.outbox).toBeNull();
    expect(transition.effects).toEqual([
      { type: 'remote', mapping: mapping(5, ITEMS_A) },
      { type: 'confirmed', mapping: mapping(5, ITEMS_A), changed: true },
    ]);
  });

  const reverted = outbox({
    items: BASE_ITEMS,
    superseded: [{ idempotencyKey: 'key-a', items: ITEMS_A }],
    readFirst: true,
    lastSentAt: iso(NOW - 1000),
    status: 'checking',
  });

  it('settles while a superseded request may land', () => {
    const next = step(reverted, seen(4, BASE_ITEMS)).outbox;

    expect(next?.status).toBe('settling');
    expect(next?.nextAttemptAt).toBe(iso(NOW - 1000 + CONFIG.settleMs));
  });

  it('confirms the base after settling', () => {
    const transition = step(reverted, seen(4, BASE_ITEMS, NOW + CONFIG.settleMs));

    expect(transition.outbox).toBeNull();
    expect(transition.effects.at(-1)).toEqual({
      type: 'confirmed',
      mapping: mapping(4, BASE_ITEMS),
      changed: false,
    });
  });

  it('the base revision lets the PUT go out', () => {
    const checking = outbox({
      readFirst: true,
      superseded: [{ idempotencyKey: 'k', items: ITEMS_B }],
    });
    const next = step(checking, seen(4, BASE_ITEMS)).outbox;

    expect(next?.status).toBe('queued');
    expect(next?.readFirst).toBe(false);
    expect(effectTypes(step(next, due))).toEqual(['put']);
  });

  it('a landed superseded request moves the base', () => {
    const checking = outbox({
      items: ITEMS_B,
      idempotencyKey: 'key-b',
      readFirst: true,
      superseded: [{ idempotencyKey: 'key-a', items: ITEMS_A }],
    });
    const transition = step(checking, seen(5, ITEMS_A));

    expect(transition.outbox).toMatchObject({
      items: ITEMS_B,
      idempotencyKey: 'key-new',
      baseRevision: 5,
      baseItems: ITEMS_A,
      superseded: [],
      status: 'queued',
    });
    expect(effectTypes(transition)).toEqual(['remote', 'rebased']);
  });

  const conflictCases: [string, Outbox, OutboxEvent][] = [
    ['foreign items on base + 1', SENT, seen(5, ITEMS_C)],
    [
      'a superseded request on base + 2',
      outbox({ items: ITEMS_B, superseded: [{ idempotencyKey: 'k', items: ITEMS_A }] }),
      seen(6, ITEMS_A),
    ],
    [
      'a stored mapping without a base',
      outbox({ baseRevision: null, baseItems: null }),
      seen(3, ITEMS_C),
    ],
  ];

  it.each(conflictCases)('%s is a conflict', (_name, state, event) => {
    const transition = step(state, event);

    expect(transition.outbox).toBeNull();
    expect(transition.effects.at(-1)).toMatchObject({ type: 'conflict', mine: state.items });
  });

  it('an empty mapping becomes the base', () => {
    const next = step(outbox({ baseRevision: null, baseItems: null }), seen(0, [])).outbox;

    expect(next?.baseRevision).toBe(0);
    expect(next?.status).toBe('queued');
  });

  it('without a write does nothing', () => {
    expect(step(null, seen(5, ITEMS_A))).toEqual({ outbox: null, effects: [] });
  });
});

describe('write-confirmed', () => {
  it('clears the write', () => {
    const transition = step(SENT, {
      type: 'write-confirmed',
      mapping: mapping(5, ITEMS_A),
      now: NOW,
    });

    expect(transition.outbox).toBeNull();
    expect(effectTypes(transition)).toEqual(['remote', 'confirmed']);
  });
});

describe('request-failed', () => {
  const sending = outbox({ status: 'sending', sentUnconfirmed: true, lastSentAt: iso(NOW) });

  const retryable: ZenkyErrorKind[] = [
    'network',
    'timeout',
    'server',
    'rate_limited',
    'bad_response',
  ];

  it.each(retryable)('%s schedules a retry', (kind) => {
    const transition = step(sending, failure(kind));

    expect(transition.outbox).toMatchObject({
      status: 'retrying',
      attempts: 1,
      nextAttemptAt: iso(NOW + CONFIG.firstRetryMs),
      lastError: { code: kind, message: `${kind} message` },
    });
    expect(transition.effects).toEqual([
      {
        type: 'failed',
        error: { code: kind, message: `${kind} message` },
        retryAt: iso(NOW + CONFIG.firstRetryMs),
      },
    ]);
  });

  it.each(retryable)('%s keeps the write possibly stored', (kind) => {
    expect(step(sending, failure(kind)).outbox?.sentUnconfirmed).toBe(true);
  });

  const stopping: ZenkyErrorKind[] = ['unauthorized', 'forbidden', 'not_found', 'validation'];

  it.each(stopping)('%s stops the write', (kind) => {
    const transition = step(sending, failure(kind));

    expect(transition.outbox?.status).toBe('failed');
    expect(transition.outbox?.nextAttemptAt).toBeNull();
    expect(transition.effects).toEqual([
      { type: 'failed', error: { code: kind, message: `${kind} message` }, retryAt: null },
    ]);
    expect(wakeTime(transition.outbox)).toBeNull();
  });

  it('validation keeps the field errors', () => {
    const fieldErrors = { 'items.1.order_status_id': ['The status does not exist.'] };
    const next = step(sending, failure('validation', { status: 422, fieldErrors })).outbox;

    expect(next?.lastError).toEqual({
      code: 'validation',
      message: 'validation message',
      status: 422,
      fieldErrors,
    });
  });

  const backoffCases: [number, number][] = [
    [0, 1000],
    [1, 2000],
    [2, 4000],
    [3, 8000],
    [6, 8000],
  ];

  it.each(backoffCases)('after %i failures waits %i ms', (attempts, delay) => {
    const next = step({ ...sending, attempts }, failure('server')).outbox;

    expect(next?.nextAttemptAt).toBe(iso(NOW + delay));
  });

  it('honours Retry-After', () => {
    const next = step(sending, failure('rate_limited', { retryAfterSeconds: 30 })).outbox;

    expect(next?.nextAttemptAt).toBe(iso(NOW + 30_000));
    expect(next?.retryAfterUntil).toBe(iso(NOW + 30_000));
  });

  it('jitter adds up to a fifth', () => {
    const next = stepOutbox(sending, failure('server'), { config: CONFIG, random: () => 1 }).outbox;

    expect(next?.nextAttemptAt).toBe(iso(NOW + 1200));
  });

  it('412 with our superseded items moves the base', () => {
    const state = {
      ...sending,
      items: ITEMS_B,
      superseded: [{ idempotencyKey: 'k', items: ITEMS_A }],
    };
    const event = failure('conflict', { status: 412, currentMapping: mapping(5, ITEMS_A) });

    expect(step(state, event).outbox?.baseRevision).toBe(5);
  });

  it('412 with foreign items is a conflict', () => {
    const event = failure('conflict', { status: 412, currentMapping: mapping(5, ITEMS_C) });
    const transition = step(sending, event);

    expect(transition.outbox).toBeNull();
    expect(transition.effects.at(-1)).toEqual({
      type: 'conflict',
      theirs: mapping(5, ITEMS_C),
      mine: ITEMS_A,
    });
  });

  it('412 without a mapping retries reading first', () => {
    const next = step(sending, failure('conflict', { status: 412 })).outbox;

    expect(next?.status).toBe('retrying');
    expect(next?.readFirst).toBe(true);
  });
});

describe('connection-changed', () => {
  const stopped = (code: string) =>
    outbox({ status: 'failed', nextAttemptAt: null, lastError: { code, message: code } });
  const changed: OutboxEvent = { type: 'connection-changed', now: NOW };

  it.each(['unauthorized', 'forbidden', 'not_found'])('resumes after %s', (code) => {
    const next = step(stopped(code), changed).outbox;

    expect(next?.status).toBe('queued');
    expect(next?.nextAttemptAt).toBe(iso(NOW));
  });

  it('leaves field errors stopped', () => {
    expect(step(stopped('validation'), changed).outbox?.status).toBe('failed');
  });

  it('leaves a retry as it is', () => {
    expect(step(SENT, changed).outbox).toEqual(SENT);
  });
});

describe('wakeTime', () => {
  it('is the next attempt', () => {
    expect(wakeTime(SENT)).toBe(SENT.nextAttemptAt);
  });

  it('is null without a write', () => {
    expect(wakeTime(null)).toBeNull();
  });
});

describe('collapse after a lost reply', () => {
  it('writes the newest items once on top of the landed ones', () => {
    // A goes out and its reply is lost; the operator saves B meanwhile.
    const sentA = step(step(null, saved(ITEMS_A, { newKey: 'key-a' })).outbox, due);
    const lostA = step(sentA.outbox, failure('network')).outbox;
    const savedB = step(lostA, saved(ITEMS_B, { newKey: 'key-b', now: NOW + 100 })).outbox;

    // Due: Zenky is read first and has A, as revision 5.
    const read = step(savedB, { type: 'attempt-due', now: NOW + 5000 });
    const rebased = step(read.outbox, seen(5, ITEMS_A, NOW + 5100, 'key-c'));
    const putB = step(rebased.outbox, { type: 'attempt-due', now: NOW + 5100 });

    expect(effectTypes(read)).toEqual(['get']);
    expect(putB.effects).toEqual([
      { type: 'put', items: ITEMS_B, baseRevision: 5, idempotencyKey: 'key-c' },
    ]);
  });
});
