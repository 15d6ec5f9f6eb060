import * as z from 'zod/mini';

import { MAX_TEXT_LENGTH } from './max-text-length';

export { MAX_TEXT_LENGTH };

/** A Frontpad order status as read from «Справочники → Статусы». */
export const frontpadStatusSchema = z.object({
  code: z.int().check(z.minimum(0)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_TEXT_LENGTH)),
  /** True when Frontpad hides the status («Отображать: Нет»); absent when the page does not say. */
  hidden: z.optional(z.boolean()),
});

/**
 * A problem found in the statuses table. `row` is the 1-based position among the table's
 * data rows; `name` and `value` are the row's status name and raw API code text.
 */
export const statusWarningSchema = z.object({
  kind: z.enum(['duplicate_code', 'blank_code', 'invalid_code', 'blank_name', 'no_rows']),
  row: z.optional(z.int()),
  name: z.optional(z.string().check(z.maxLength(MAX_TEXT_LENGTH))),
  value: z.optional(z.string().check(z.maxLength(MAX_TEXT_LENGTH))),
});

/** The statuses table read off a page, in page order, with warnings about left-out rows. */
export const statusesReadSchema = z.object({
  statuses: z.array(frontpadStatusSchema).check(z.maxLength(5000)),
  warnings: z.array(statusWarningSchema).check(z.maxLength(5000)),
});

export type FrontpadStatus = z.infer<typeof frontpadStatusSchema>;
export type StatusWarning = z.infer<typeof statusWarningSchema>;
export type StatusesRead = z.infer<typeof statusesReadSchema>;
