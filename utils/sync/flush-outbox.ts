import { describeZenkyError } from '@/utils/background/describe-error';
import { deleteRecord, readRecord, writeRecord } from '@/utils/storage/kv';
import type { Outbox } from '@/utils/storage/outbox-record';
import type { Connection, LastSync } from '@/utils/storage/records';
import type { ZenkyClient } from '@/utils/zenky/client';
import { ZenkyError } from '@/utils/zenky/errors';

import { applyEffects } from './apply-effects';
import { stepOutbox, wakeTime, type OutboxEffect, type OutboxEvent } from './outbox-machine';
import { PRODUCTION_SYNC_CONFIG, type SyncConfig } from './sync-config';
import type { SyncDeps } from './sync-deps';

/**
 * Maximum requests of one flush. A flush reads, then writes, and may write again on a newer
 * revision after finding its own earlier write. Anything beyond waits for the alarm.
 */
const MAX_REQUESTS_PER_FLUSH = 4;

export async function loadSyncConfig(deps: SyncDeps): Promise<SyncConfig> {
  return deps.loadConfig ? deps.loadConfig() : PRODUCTION_SYNC_CONFIG;
}

/** Stores the outbox (or deletes it) and sets the alarm for its next step. */
export async function storeOutbox(outbox: Outbox | null, deps: SyncDeps): Promise<void> {
  if (outbox) {
    await writeRecord('outbox', outbox);
  } else {
    await deleteRecord('outbox');
  }

  const at = wakeTime(outbox);
  await deps.scheduleWake(at === null ? null : new Date(at));
}

/**
 * Sends the pending write if it is due, and reads Zenky's mapping first when an earlier
 * request may have been stored. Each step is stored, and the alarm set, before its request
 * goes out, so a service worker stopped mid-request resumes from the alarm. Returns the last
 * outcome recorded, or null when nothing was due.
 */
export async function flushOutbox(deps: SyncDeps): Promise<LastSync | null> {
  const connection = await readRecord('connection');
  if (!connection) return null;

  const config = await loadSyncConfig(deps);
  const options = { config, random: deps.random ?? Math.random };
  const client = deps.createClient(connection, { timeoutMs: config.timeoutMs });
  let result: LastSync | null = null;

  for (let request = 0; request < MAX_REQUESTS_PER_FLUSH; request++) {
    const outbox = await readRecord('outbox');
    const planned = stepOutbox(outbox, { type: 'attempt-due', now: now(deps) }, options);
    await storeOutbox(planned.outbox, deps);

    const call = planned.effects.find((effect) => effect.type === 'get' || effect.type === 'put');
    if (!call) break;

    const before = (await readRecord('remote'))?.mapping ?? null;
    const event = await send(call, client, connection, deps);
    const next = stepOutbox(planned.outbox, event, options);
    await storeOutbox(next.outbox, deps);
    result = (await applyEffects(next.effects, deps, before)) ?? result;

    if (next.outbox?.status !== 'queued') break;
  }

  return result;
}

/** Sets the alarm from the stored outbox; the background calls it whenever it starts. */
export async function resumeOutbox(deps: SyncDeps): Promise<void> {
  const at = wakeTime(await readRecord('outbox'));
  await deps.scheduleWake(at === null ? null : new Date(at));
}

/** Resumes a write stopped by the token, store or address once the connection is saved. */
export async function resumeAfterConnectionChange(deps: SyncDeps): Promise<void> {
  const config = await loadSyncConfig(deps);
  const step = stepOutbox(
    await readRecord('outbox'),
    { type: 'connection-changed', now: now(deps) },
    { config, random: deps.random ?? Math.random },
  );
  await storeOutbox(step.outbox, deps);
}

async function send(
  call: Extract<OutboxEffect, { type: 'get' | 'put' }>,
  client: ZenkyClient,
  connection: Connection,
  deps: SyncDeps,
): Promise<OutboxEvent> {
  try {
    if (call.type === 'get') {
      const mapping = await client.getMapping();
      return { type: 'remote-seen', mapping, newKey: deps.newIdempotencyKey(), now: now(deps) };
    }

    const mapping = await client.putMapping(call.items, {
      baseRevision: call.baseRevision,
      idempotencyKey: call.idempotencyKey,
    });
    return { type: 'write-confirmed', mapping, now: now(deps) };
  } catch (error) {
    if (!(error instanceof ZenkyError)) throw error;

    const described = describeZenkyError(error, connection.baseUrl, deps.t);
    return {
      type: 'request-failed',
      failure: {
        kind: error.kind,
        message: described.message,
        status: error.status,
        retryAfterSeconds: error.retryAfterSeconds,
        fieldErrors: error.fieldErrors,
        currentMapping: error.currentMapping,
      },
      newKey: deps.newIdempotencyKey(),
      now: now(deps),
    };
  }
}

function now(deps: SyncDeps): number {
  return deps.now().getTime();
}
