/** First retry delay; Chromium does not fire alarms sooner than 30 s in packed extensions. */
export const FIRST_RETRY_MS = 30_000;

/** Maximum exponential delay between two retries, before jitter and Retry-After are added. */
export const MAX_RETRY_MS = 30 * 60_000;

/** Shortest and longest delay between retries, in milliseconds. */
export interface RetryLimits {
  firstRetryMs: number;
  maxRetryMs: number;
}

export const PRODUCTION_RETRY_LIMITS: RetryLimits = {
  firstRetryMs: FIRST_RETRY_MS,
  maxRetryMs: MAX_RETRY_MS,
};

/**
 * Returns the delay before retry number `attempt` (1 for the first retry): exponential from
 * `firstRetryMs` (30 s) up to `maxRetryMs` (30 min), with up to 20 % random jitter, and never
 * shorter than Retry-After.
 */
export function retryDelayMs(
  attempt: number,
  retryAfterSeconds: number | undefined,
  random: () => number = Math.random,
  limits: RetryLimits = PRODUCTION_RETRY_LIMITS,
): number {
  const { firstRetryMs, maxRetryMs } = limits;
  const exponential = Math.min(maxRetryMs, firstRetryMs * 2 ** Math.max(0, attempt - 1));
  const jittered = exponential * (1 + 0.2 * random());
  const floor = (retryAfterSeconds ?? 0) * 1000;

  return Math.round(Math.max(jittered, floor, firstRetryMs));
}
