import * as z from 'zod/mini';

import { MAX_NOTIFY_STATUSES } from './limits';

export { MAX_NOTIFY_STATUSES };

/** Kinds of Zenky order statuses, as the Zenky SDKs name them. */
export const ORDER_STATUS_KINDS = [
  'pending',
  'awaiting_payment',
  'submitted',
  'exported',
  'packing',
  'ready',
  'awaiting_delivery',
  'delivering',
  'delivered',
  'rejected',
  'cancelled',
  'completed',
  'custom',
] as const;

export const orderStatusKindSchema = z.enum(ORDER_STATUS_KINDS);

/** A store's order status in Zenky. */
export const orderStatusSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.nullable(z.string()),
  kind: orderStatusKindSchema,
  background_color: z.optional(z.nullable(z.string())),
  sorting: z.optional(z.nullable(z.number())),
  /** True for a status the store hides from customers; absent when Zenky does not say. */
  is_hidden: z.optional(z.boolean()),
});

/** One row of the Frontpad status mapping as Zenky stores it. */
export const mappingItemSchema = z.object({
  frontpad_code: z.int().check(z.minimum(0)),
  frontpad_name: z.string(),
  order_status_id: z.nullable(z.string().check(z.minLength(1))),
  notify: z.boolean(),
});

/** The Frontpad status mapping of a store; `revision` is 0 before the first save. */
export const mappingSchema = z.object({
  revision: z.int().check(z.minimum(0)),
  updated_at: z.nullable(z.string()),
  items: z.array(mappingItemSchema),
});

/** Zenky's Frontpad exchange settings. */
export const frontpadSettingsSchema = z.object({
  status_webhooks_enabled: z.boolean(),
  webhook_url: z.string(),
});

/** Body of a Zenky 422 response. */
export const validationErrorBodySchema = z.object({
  message: z.string(),
  errors: z.optional(z.record(z.string(), z.array(z.string()))),
});

/** Wraps a schema in Zenky's `{data: …}` envelope. */
export function envelope<T extends z.ZodMiniType>(schema: T) {
  return z.object({ data: schema });
}

export type OrderStatusKind = z.infer<typeof orderStatusKindSchema>;
export type OrderStatus = z.infer<typeof orderStatusSchema>;
export type MappingItem = z.infer<typeof mappingItemSchema>;
export type Mapping = z.infer<typeof mappingSchema>;
export type FrontpadSettings = z.infer<typeof frontpadSettingsSchema>;
export type ValidationErrorBody = z.infer<typeof validationErrorBodySchema>;
