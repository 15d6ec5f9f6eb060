import * as z from 'zod/mini';

import { logger } from '@/utils/logger';
import { mappingItemSchema } from '@/utils/zenky/schemas';

import type { Outbox } from '../outbox-record';
import type { UpgradeStep } from './upgrade-step';

/** The `pending` record of schema version 1: a write stored before its PUT went out. */
const pendingV1Schema = z.object({
  items: z.array(mappingItemSchema),
  idempotencyKey: z.string().check(z.minLength(1)),
  baseRevision: z.int().check(z.minimum(0)),
  createdAt: z.string(),
  attempts: z.int().check(z.minimum(0)),
  nextAttemptAt: z.nullable(z.string()),
});

export type PendingV1 = z.infer<typeof pendingV1Schema>;

/**
 * Converts a version 1 `pending` record into the outbox. Version 1 stored the record before
 * sending, so its request may have reached Zenky: the outbox keeps the key, which makes the
 * next PUT a replay, and counts it as possibly stored. Returns null for a record that does
 * not match version 1; the draft still holds the operator's edits, so nothing is lost.
 */
export function outboxFromPendingV1(raw: unknown): Outbox | null {
  const parsed = pendingV1Schema.safeParse(raw);
  if (!parsed.success) return null;

  const pending = parsed.data;
  return {
    items: pending.items,
    idempotencyKey: pending.idempotencyKey,
    baseRevision: pending.baseRevision,
    baseItems: null,
    status: pending.nextAttemptAt === null ? 'queued' : 'retrying',
    saves: 1,
    attempts: pending.attempts,
    createdAt: pending.createdAt,
    updatedAt: pending.createdAt,
    nextAttemptAt: pending.nextAttemptAt ?? pending.createdAt,
    retryAfterUntil: null,
    lastSentAt: pending.createdAt,
    sentUnconfirmed: true,
    superseded: [],
    readFirst: false,
    lastError: null,
  };
}

/** Moves the pending write from the `pending` record to the `outbox` record. */
export const upgradeV1ToV2: UpgradeStep = async (_db, transaction) => {
  const kv = transaction.objectStore('kv');
  const pending: unknown = await kv.get('pending');
  if (pending === undefined) return;

  const outbox = outboxFromPendingV1(pending);
  if (outbox) {
    await kv.put(outbox, 'outbox');
  } else {
    logger.warn('Dropped a pending write of schema version 1 that does not match its schema');
  }
  await kv.delete('pending');
};
