import * as z from 'zod/mini';

import { MAX_WEBHOOK_URL_LENGTH, WEBHOOK_FIELD_STATES } from '@/utils/frontpad/compare-webhook-url';
import { frontpadStatusSchema, statusesReadSchema } from '@/utils/frontpad/types';

const draftChangeSchema = z.object({
  frontpad_code: z.int().check(z.minimum(0)),
  order_status_id: z.nullable(z.string().check(z.minLength(1), z.maxLength(100))),
  notify: z.boolean(),
});

/** Messages a Frontpad content script may send. */
export const contentRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('frontpad/statuses-read'),
    read: statusesReadSchema,
  }),
  z.object({ type: z.literal('frontpad/sync') }),
  z.object({ type: z.literal('frontpad/get-state') }),
  z.object({ type: z.literal('frontpad/open-options') }),
  z.object({ type: z.literal('frontpad/get-webhook-url') }),
  z.object({
    type: z.literal('frontpad/webhook-field-seen'),
    state: z.enum(WEBHOOK_FIELD_STATES),
    value: z.string().check(z.maxLength(MAX_WEBHOOK_URL_LENGTH)),
  }),
  z.object({
    type: z.literal('frontpad/webhook-field-replaced'),
    previousValue: z.string().check(z.minLength(1), z.maxLength(MAX_WEBHOOK_URL_LENGTH)),
  }),
]);

/** Messages the popup and the options page may send. */
export const pageRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('state/get') }),
  z.object({ type: z.literal('connection/get') }),
  z.object({
    type: z.literal('connection/save'),
    baseUrl: z.string().check(z.maxLength(2000)),
    storeId: z.string().check(z.maxLength(200)),
    token: z.string().check(z.maxLength(4000)),
  }),
  z.object({
    type: z.literal('connection/test'),
    baseUrl: z.string().check(z.maxLength(2000)),
    storeId: z.string().check(z.maxLength(200)),
    token: z.string().check(z.maxLength(4000)),
  }),
  z.object({ type: z.literal('zenky/refresh') }),
  z.object({
    type: z.literal('mapping/save-and-sync'),
    changes: z.array(draftChangeSchema).check(z.maxLength(5000)),
  }),
  z.object({ type: z.literal('sync/run') }),
  z.object({ type: z.literal('webhooks/set'), enabled: z.boolean() }),
  z.object({ type: z.literal('notices/dismiss-old-extension') }),
  z.object({ type: z.literal('setup/set-frontpad-restarted'), restarted: z.boolean() }),
  z.object({
    type: z.literal('conflict/resolve'),
    keep: z.enum(['mine', 'theirs', 'rows']),
    /** With `keep: 'rows'`: the version to keep for each Frontpad code, as a decimal string. */
    choices: z.optional(z.record(z.string(), z.enum(['mine', 'theirs']))),
  }),
  z.object({
    type: z.literal('catalog/add-manual'),
    statuses: z.array(frontpadStatusSchema).check(z.minLength(1), z.maxLength(5000)),
  }),
  z.object({ type: z.literal('history/get') }),
]);

export type ContentRequest = z.infer<typeof contentRequestSchema>;
export type PageRequest = z.infer<typeof pageRequestSchema>;
export type DraftChange = z.infer<typeof draftChangeSchema>;
