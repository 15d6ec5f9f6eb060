import * as z from 'zod/mini';

/**
 * Shorter retry delays and request timeout for the fault suite. The background reads this
 * record only in builds for the local stand-ins; production builds ignore it, and no UI
 * writes it. Durations are in milliseconds.
 */
export const syncTuningSchema = z.object({
  firstRetryMs: z.int().check(z.minimum(100), z.maximum(30_000)),
  maxRetryMs: z.int().check(z.minimum(100), z.maximum(30 * 60_000)),
  timeoutMs: z.int().check(z.minimum(200), z.maximum(15_000)),
});

export type SyncTuning = z.infer<typeof syncTuningSchema>;
