import * as z from 'zod/mini';

import { mappingItemSchema } from '@/utils/zenky/schemas';

/**
 * State of a write:
 * - `queued`: ready to be sent at `nextAttemptAt`;
 * - `checking`: a read of Zenky's mapping is out, to learn whether an earlier write landed;
 * - `sending`: the PUT is out;
 * - `retrying`: the last attempt failed and is repeated at `nextAttemptAt`;
 * - `settling`: Zenky already has the operator's mapping, and the outbox waits until an
 *   earlier request can no longer land before it lets go;
 * - `failed`: stopped until the operator acts (token, store or field errors).
 */
export const OUTBOX_STATUSES = [
  'queued',
  'checking',
  'sending',
  'retrying',
  'settling',
  'failed',
] as const;

/** The last failure of a write, for the popup, the options page and the badge. */
export const outboxErrorSchema = z.object({
  /** ZenkyError kind, such as `unauthorized` or `server`. */
  code: z.string(),
  /** Operator-facing text, in the UI language at the time of the failure. */
  message: z.string(),
  status: z.optional(z.int()),
  /** Messages per field from a 422 body, keyed like `items.3.notify`. */
  fieldErrors: z.optional(z.record(z.string(), z.array(z.string()))),
});

/** An earlier request of this write, with other items, whose outcome is not known. */
export const supersededRequestSchema = z.object({
  idempotencyKey: z.string(),
  items: z.array(mappingItemSchema),
});

/**
 * The mapping write that Zenky has not confirmed yet. It is stored before any request goes
 * out, and a later save replaces its items, so that one request carries the latest mapping.
 * Times are ISO 8601 strings.
 */
export const outboxSchema = z.object({
  items: z.array(mappingItemSchema),
  /** Key of the request that carries `items`; a retry sends it again, so Zenky replays. */
  idempotencyKey: z.string().check(z.minLength(1)),
  /** Revision sent as `If-Match`; null until the mapping has been read from Zenky. */
  baseRevision: z.nullable(z.int().check(z.minimum(0))),
  /** Items of `baseRevision`, when known. */
  baseItems: z.nullable(z.array(mappingItemSchema)),
  status: z.enum(OUTBOX_STATUSES),
  /** Saves collapsed into this write. */
  saves: z.int().check(z.minimum(1)),
  /** Failed attempts since the last save, for the backoff. */
  attempts: z.int().check(z.minimum(0)),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When to act next: the retry, the end of settling, or a watchdog while a request is out. */
  nextAttemptAt: z.nullable(z.string()),
  /** No request before this time, from Zenky's `Retry-After`. */
  retryAfterUntil: z.nullable(z.string()),
  /** When a PUT of this write last went out. */
  lastSentAt: z.nullable(z.string()),
  /** The request with `idempotencyKey` was sent, and Zenky may have stored it. */
  sentUnconfirmed: z.boolean(),
  superseded: z.array(supersededRequestSchema),
  /**
   * The next attempt reads Zenky's mapping before any PUT: a superseded request may have been
   * stored, or a 412 came without the current mapping.
   */
  readFirst: z.boolean(),
  lastError: z.nullable(outboxErrorSchema),
});

export type Outbox = z.infer<typeof outboxSchema>;
export type OutboxStatus = Outbox['status'];
export type OutboxError = z.infer<typeof outboxErrorSchema>;
