import { sameMappingItems } from '@/utils/mapping/build-items';
import type { Outbox, OutboxError } from '@/utils/storage/outbox-record';
import type { ZenkyErrorKind } from '@/utils/zenky/errors';
import type { Mapping, MappingItem } from '@/utils/zenky/schemas';

import { retryDelayMs } from './backoff';
import type { SyncConfig } from './sync-config';

/** A failed request, as the machine needs it; `message` is already operator-facing. */
export interface RequestFailure {
  kind: ZenkyErrorKind;
  message: string;
  status?: number;
  retryAfterSeconds?: number;
  fieldErrors?: Record<string, string[]>;
  /** Zenky's mapping from a 412 body, when it could be read. */
  currentMapping?: Mapping;
}

/** Times are milliseconds since the epoch; `newKey` is a fresh idempotency key. */
export type OutboxEvent =
  | {
      type: 'saved';
      items: MappingItem[];
      /** The draft's base revision, used when no write is pending. */
      baseRevision: number | null;
      /** Zenky's mapping as last seen. */
      remote: Mapping | null;
      newKey: string;
      now: number;
    }
  | { type: 'attempt-due'; now: number }
  | { type: 'remote-seen'; mapping: Mapping; newKey: string; now: number }
  | { type: 'write-confirmed'; mapping: Mapping; now: number }
  | { type: 'request-failed'; failure: RequestFailure; newKey: string; now: number }
  | { type: 'connection-changed'; now: number };

/** Actions for the caller, in order, after it has stored the new state. */
export type OutboxEffect =
  | { type: 'get' }
  | { type: 'put'; items: MappingItem[]; baseRevision: number; idempotencyKey: string }
  | { type: 'remote'; mapping: Mapping }
  | { type: 'confirmed'; mapping: Mapping; changed: boolean }
  | { type: 'unchanged'; revision: number }
  | { type: 'rebased'; mapping: Mapping }
  | { type: 'conflict'; theirs: Mapping; mine: MappingItem[] }
  | { type: 'failed'; error: OutboxError; retryAt: string | null };

export interface Transition {
  outbox: Outbox | null;
  effects: OutboxEffect[];
}

export interface MachineOptions {
  config: SyncConfig;
  random: () => number;
}

const RETRYABLE: ReadonlySet<ZenkyErrorKind> = new Set([
  'network',
  'timeout',
  'server',
  'rate_limited',
  'bad_response',
]);

/** Failures that the operator fixes in the connection settings. */
const CONNECTION_FAILURES: ReadonlySet<string> = new Set([
  'unauthorized',
  'forbidden',
  'not_found',
]);

const iso = (ms: number) => new Date(ms).toISOString();
const ms = (time: string | null) => (time === null ? Number.NEGATIVE_INFINITY : Date.parse(time));

/**
 * Moves the outbox one step: the pure core of the sync. It makes no request and touches no
 * storage; the caller stores the returned outbox first and then carries out the effects.
 */
export function stepOutbox(
  outbox: Outbox | null,
  event: OutboxEvent,
  options: MachineOptions,
): Transition {
  switch (event.type) {
    case 'saved':
      return outbox ? resave(outbox, event) : firstSave(event);
    case 'attempt-due':
      return outbox ? attempt(outbox, event.now, options.config) : idle(null);
    case 'remote-seen':
      return outbox
        ? remoteSeen(outbox, event.mapping, event.newKey, event.now, options)
        : idle(null);
    case 'write-confirmed':
      return outbox
        ? confirmed(event.mapping, true)
        : { outbox: null, effects: [{ type: 'remote', mapping: event.mapping }] };
    case 'request-failed':
      return outbox ? failed(outbox, event, options) : idle(null);
    case 'connection-changed':
      return outbox ? connectionChanged(outbox, event.now) : idle(null);
  }
}

/** Returns when the alarm should wake the background for this outbox, or null for never. */
export function wakeTime(outbox: Outbox | null): string | null {
  if (!outbox || outbox.status === 'failed') return null;

  return outbox.nextAttemptAt;
}

function idle(outbox: Outbox | null): Transition {
  return { outbox, effects: [] };
}

function confirmed(mapping: Mapping, changed: boolean): Transition {
  return {
    outbox: null,
    effects: [
      { type: 'remote', mapping },
      { type: 'confirmed', mapping, changed },
    ],
  };
}

/** Schedules the next request after a save: now, or later when Retry-After requires it. */
function readyState(outbox: Outbox, now: number): Pick<Outbox, 'status' | 'nextAttemptAt'> {
  const readyAt = Math.max(now, ms(outbox.retryAfterUntil));
  return { status: readyAt > now ? 'retrying' : 'queued', nextAttemptAt: iso(readyAt) };
}

function firstSave(event: Extract<OutboxEvent, { type: 'saved' }>): Transition {
  const { remote, now } = event;
  const baseRevision = event.baseRevision ?? remote?.revision ?? null;
  const baseItems = remote && remote.revision === baseRevision ? remote.items : null;

  if (baseRevision !== null && baseItems && sameMappingItems(event.items, baseItems)) {
    return { outbox: null, effects: [{ type: 'unchanged', revision: baseRevision }] };
  }

  const outbox: Outbox = {
    items: event.items,
    idempotencyKey: event.newKey,
    baseRevision,
    baseItems,
    status: 'queued',
    saves: 1,
    attempts: 0,
    createdAt: iso(now),
    updatedAt: iso(now),
    nextAttemptAt: iso(now),
    retryAfterUntil: null,
    lastSentAt: null,
    sentUnconfirmed: false,
    superseded: [],
    readFirst: false,
    lastError: null,
  };

  return idle(outbox);
}

/**
 * A save while a write is pending replaces its items, so that one request carries the latest
 * mapping, and schedules an attempt now (or when Retry-After allows). The base revision stays,
 * because no request of this write has been confirmed. A request already sent with the old
 * items may have reached Zenky, so its key and items are kept in `superseded`: the next
 * attempt reads Zenky's mapping first to find out (see `remoteSeen`).
 */
function resave(outbox: Outbox, event: Extract<OutboxEvent, { type: 'saved' }>): Transition {
  const { now } = event;
  const saves = outbox.saves + 1;

  if (sameMappingItems(event.items, outbox.items)) {
    return idle({
      ...outbox,
      ...readyState(outbox, now),
      saves,
      attempts: 0,
      lastError: null,
      updatedAt: iso(now),
    });
  }

  const superseded = outbox.sentUnconfirmed
    ? [...outbox.superseded, { idempotencyKey: outbox.idempotencyKey, items: outbox.items }]
    : outbox.superseded;

  // Back to Zenky's own mapping, and no request of ours can land: nothing to write.
  const backToBase = outbox.baseItems !== null && sameMappingItems(event.items, outbox.baseItems);
  if (backToBase && superseded.length === 0 && outbox.baseRevision !== null) {
    return { outbox: null, effects: [{ type: 'unchanged', revision: outbox.baseRevision }] };
  }

  return idle({
    ...outbox,
    ...readyState(outbox, now),
    items: event.items,
    idempotencyKey: event.newKey,
    sentUnconfirmed: false,
    superseded,
    readFirst: outbox.readFirst || superseded.length > 0,
    saves,
    attempts: 0,
    lastError: null,
    updatedAt: iso(now),
  });
}

/** Decides the next request: a read of Zenky's mapping when anything is unknown, else a PUT. */
function attempt(outbox: Outbox, now: number, config: SyncConfig): Transition {
  if (outbox.status === 'failed') return idle(outbox);

  // `checking` and `sending` found here were left by a service worker that stopped before its
  // request ended, so they are due at once. A PUT left that way counts as possibly stored.
  const waiting = outbox.status !== 'checking' && outbox.status !== 'sending';
  if (waiting && ms(outbox.nextAttemptAt) > now) return idle(outbox);

  const watchdog = iso(now + config.watchdogMs);
  const { baseRevision } = outbox;
  const backToBase = outbox.baseItems !== null && sameMappingItems(outbox.items, outbox.baseItems);
  const mustRead =
    baseRevision === null || outbox.readFirst || outbox.status === 'settling' || backToBase;

  if (mustRead) {
    return {
      outbox: { ...outbox, status: 'checking', nextAttemptAt: watchdog },
      effects: [{ type: 'get' }],
    };
  }

  return {
    outbox: {
      ...outbox,
      status: 'sending',
      sentUnconfirmed: true,
      lastSentAt: iso(now),
      nextAttemptAt: watchdog,
    },
    effects: [
      {
        type: 'put',
        items: outbox.items,
        baseRevision,
        idempotencyKey: outbox.idempotencyKey,
      },
    ],
  };
}

/**
 * Compares Zenky's mapping with the pending write; the mapping comes from a read or a 412.
 *
 * All requests of one write carry the same `If-Match`, so at most one of them can be stored,
 * as revision base + 1, and once the revision has moved past the base none of the others can
 * land any more. That decides each case:
 * - Zenky has the operator's items: confirmed, unless it still has them at the base revision
 *   and an earlier request could land later and overwrite them. Then the outbox settles until
 *   that can no longer happen (`settleMs` after the last PUT) and reads again.
 * - Zenky is still at the base revision: nothing of ours was stored, so the PUT goes out.
 * - Zenky is at base + 1 with the items of a superseded request: that request was stored.
 *   The write moves onto that revision with a new key, because its `If-Match` changes, and
 *   re-sending it cannot duplicate anything.
 * - Anything else was written by someone else: a conflict for the operator, never overwritten.
 */
function remoteSeen(
  outbox: Outbox,
  mapping: Mapping,
  newKey: string,
  now: number,
  { config }: MachineOptions,
): Transition {
  const seen: OutboxEffect = { type: 'remote', mapping };
  const base = outbox.baseRevision;

  if (sameMappingItems(mapping.items, outbox.items)) {
    // NOTE: `settleMs` (twice the request limit) is an assumption about Zenky. A server that
    // stores a request even later could still apply a superseded write after this confirms.
    const maybeInFlight = outbox.superseded.length > 0 || outbox.sentUnconfirmed;
    const settleUntil = ms(outbox.lastSentAt) + config.settleMs;
    if (mapping.revision === base && maybeInFlight && now < settleUntil) {
      const settling: Outbox = {
        ...outbox,
        status: 'settling',
        nextAttemptAt: iso(settleUntil),
        baseItems: mapping.items,
      };
      return { outbox: settling, effects: [seen] };
    }
    return confirmed(mapping, base !== null && mapping.revision !== base);
  }

  // Nothing of ours is stored yet: the PUT goes out against the revision just read.
  const firstRead = base === null && mapping.revision === 0;
  if (firstRead || mapping.revision === base) {
    const next: Outbox = {
      ...outbox,
      ...ready(now),
      baseRevision: mapping.revision,
      baseItems: mapping.items,
    };
    return { outbox: next, effects: [seen] };
  }

  const landed =
    base !== null &&
    mapping.revision === base + 1 &&
    outbox.superseded.some((request) => sameMappingItems(request.items, mapping.items));
  if (landed) {
    const rebased: Outbox = {
      ...outbox,
      ...ready(now),
      baseRevision: mapping.revision,
      baseItems: mapping.items,
      idempotencyKey: newKey,
      sentUnconfirmed: false,
      superseded: [],
      attempts: 0,
    };
    return { outbox: rebased, effects: [seen, { type: 'rebased', mapping }] };
  }

  return {
    outbox: null,
    effects: [seen, { type: 'conflict', theirs: mapping, mine: outbox.items }],
  };
}

function ready(now: number): Pick<Outbox, 'status' | 'nextAttemptAt' | 'readFirst'> {
  return { status: 'queued', nextAttemptAt: iso(now), readFirst: false };
}

function failed(
  outbox: Outbox,
  event: Extract<OutboxEvent, { type: 'request-failed' }>,
  options: MachineOptions,
): Transition {
  const { failure, now } = event;

  if (failure.kind === 'conflict' && failure.currentMapping) {
    return remoteSeen(outbox, failure.currentMapping, event.newKey, now, options);
  }

  const error: OutboxError = {
    code: failure.kind,
    message: failure.message,
    status: failure.status,
    fieldErrors: failure.fieldErrors,
  };

  // A 412 without a readable mapping is retried like a server error, reading the mapping first.
  if (RETRYABLE.has(failure.kind) || failure.kind === 'conflict') {
    const attempts = outbox.attempts + 1;
    const delay = retryDelayMs(attempts, failure.retryAfterSeconds, options.random, options.config);
    const retryAt = iso(now + delay);
    const retryAfterUntil =
      failure.retryAfterSeconds === undefined ? null : iso(now + failure.retryAfterSeconds * 1000);

    return {
      outbox: {
        ...outbox,
        status: 'retrying',
        attempts,
        nextAttemptAt: retryAt,
        retryAfterUntil,
        readFirst: outbox.readFirst || failure.kind === 'conflict',
        lastError: error,
      },
      effects: [{ type: 'failed', error, retryAt }],
    };
  }

  return {
    outbox: { ...outbox, status: 'failed', nextAttemptAt: null, lastError: error },
    effects: [{ type: 'failed', error, retryAt: null }],
  };
}

/** New connection settings resume a write stopped by the token, the store or the address. */
function connectionChanged(outbox: Outbox, now: number): Transition {
  if (outbox.status !== 'failed' || !CONNECTION_FAILURES.has(outbox.lastError?.code ?? '')) {
    return idle(outbox);
  }

  return idle({ ...outbox, ...readyState(outbox, now), attempts: 0, lastError: null });
}
