import * as z from 'zod/mini';

import { MAX_WEBHOOK_URL_LENGTH, WEBHOOK_FIELD_STATES } from '@/utils/frontpad/compare-webhook-url';
import { statusesReadSchema } from '@/utils/frontpad/types';
import {
  frontpadSettingsSchema,
  mappingItemSchema,
  mappingSchema,
  orderStatusSchema,
} from '@/utils/zenky/schemas';

import { outboxSchema } from './outbox-record';
import { syncTuningSchema } from './sync-tuning-record';

/**
 * Zenky connection. It is kept in the extension's IndexedDB, which content scripts cannot
 * open because they run with the page's origin; `storage.local` would be readable by them.
 */
export const connectionSchema = z.object({
  baseUrl: z.url({ protocol: /^https?$/ }),
  storeId: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  token: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)),
});

/** The statuses last read from a Frontpad page. */
export const catalogSchema = z.extend(statusesReadSchema, {
  readAt: z.string(),
  pageUrl: z.string(),
  /** Codes entered by hand; a later read of the page keeps those the page does not list. */
  manualCodes: z.optional(z.array(z.int())),
});

/** The operator's choice for one Frontpad code, before or after it is synced. */
export const draftEntrySchema = z.object({
  order_status_id: z.nullable(z.string()),
  notify: z.boolean(),
});

/**
 * The operator's mapping draft, keyed by Frontpad code (as a decimal string).
 * `baseRevision` is the Zenky revision the draft started from, sent as `If-Match` so that a
 * mapping changed meanwhile by someone else is reported as a conflict instead of overwritten.
 */
export const draftSchema = z.object({
  entries: z.record(z.string(), draftEntrySchema),
  baseRevision: z.nullable(z.int()),
  updatedAt: z.string(),
});

/** The store's Zenky data as last fetched. */
export const zenkyCacheSchema = z.object({
  orderStatuses: z.array(orderStatusSchema),
  settings: z.nullable(frontpadSettingsSchema),
  fetchedAt: z.string(),
});

/** Zenky's mapping as last seen (after a read or a successful write). */
export const remoteMappingSchema = z.object({
  mapping: mappingSchema,
  seenAt: z.string(),
});

/** Outcome of the last sync, as the UIs show it. */
export const lastSyncSchema = z.object({
  at: z.string(),
  ok: z.boolean(),
  revision: z.nullable(z.int()),
  changed: z.boolean(),
  errorCode: z.nullable(z.string()),
  message: z.string(),
});

/** A mapping that Zenky stores and that differs from what the operator tried to write. */
export const conflictSchema = z.object({
  theirs: mappingSchema,
  mine: z.array(mappingItemSchema),
  at: z.string(),
});

/** One-time notices shown to the operator. */
export const noticesSchema = z.object({
  firstMappingSyncAt: z.nullable(z.string()),
});

/** What the content script last saw in Frontpad's «Webhook url» field. */
export const webhookFieldSeenSchema = z.object({
  state: z.enum(WEBHOOK_FIELD_STATES),
  value: z.string().check(z.maxLength(MAX_WEBHOOK_URL_LENGTH)),
  seenAt: z.string(),
});

/** The other service's URL that the operator replaced with Zenky's, kept to put it back. */
export const webhookFieldPreviousSchema = z.object({
  value: z.string().check(z.minLength(1), z.maxLength(MAX_WEBHOOK_URL_LENGTH)),
  replacedAt: z.string(),
});

/**
 * The operator's tick that Frontpad was restarted after its API settings changed. It is for
 * the «Webhook url» value seen at the time and is deleted when another value is seen.
 */
export const frontpadRestartSchema = z.object({
  confirmedAt: z.string(),
  fieldValue: z.nullable(z.string().check(z.maxLength(MAX_WEBHOOK_URL_LENGTH))),
});

/** When the operator closed the popup's one-time notice about the old extension. */
export const oldExtensionNoticeSchema = z.object({
  dismissedAt: z.string(),
});

/** Schemas of the records kept in the `kv` store, by key. */
export const recordSchemas = {
  connection: connectionSchema,
  catalog: catalogSchema,
  draft: draftSchema,
  zenky: zenkyCacheSchema,
  remote: remoteMappingSchema,
  outbox: outboxSchema,
  syncTuning: syncTuningSchema,
  lastSync: lastSyncSchema,
  conflict: conflictSchema,
  notices: noticesSchema,
  webhookField: webhookFieldSeenSchema,
  webhookFieldPrevious: webhookFieldPreviousSchema,
  frontpadRestart: frontpadRestartSchema,
  oldExtensionNotice: oldExtensionNoticeSchema,
};

export type RecordKey = keyof typeof recordSchemas;
export type RecordValue<K extends RecordKey> = z.infer<(typeof recordSchemas)[K]>;

export type Connection = RecordValue<'connection'>;
export type Catalog = RecordValue<'catalog'>;
export type Draft = RecordValue<'draft'>;
export type DraftEntry = z.infer<typeof draftEntrySchema>;
export type ZenkyCache = RecordValue<'zenky'>;
export type LastSync = RecordValue<'lastSync'>;
export type Conflict = RecordValue<'conflict'>;

/** One entry of the sync history. */
export const syncLogEntrySchema = z.object({
  at: z.string(),
  ok: z.boolean(),
  revision: z.nullable(z.int()),
  errorCode: z.nullable(z.string()),
  itemCount: z.int(),
  mappedCount: z.int(),
  notifyCount: z.int(),
  /** Codes the write added, removed or changed in Zenky; absent in entries of failed syncs. */
  added: z.optional(z.array(z.int())),
  removed: z.optional(z.array(z.int())),
  changed: z.optional(z.array(z.int())),
  message: z.optional(z.string()),
});

export type SyncLogEntry = z.infer<typeof syncLogEntrySchema>;
