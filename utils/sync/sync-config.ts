import type { SyncTuning } from '@/utils/storage/sync-tuning-record';
import { DEFAULT_TIMEOUT_MS } from '@/utils/zenky/client';

import { PRODUCTION_RETRY_LIMITS, type RetryLimits } from './backoff';

/** Timing of the outbox, in milliseconds. */
export interface SyncConfig extends RetryLimits {
  /** Limit of one request to Zenky. */
  timeoutMs: number;
  /**
   * Wake-up time while a request is out. If the service worker is stopped before the request
   * ends, the alarm brings it back this long after the request went out.
   */
  watchdogMs: number;
  /**
   * How long after the last PUT a request may still land on the server. The client stops
   * waiting after `timeoutMs`; the server is assumed to finish within one more timeout.
   */
  settleMs: number;
}

/** Builds the timing from retry limits and a request timeout. */
export function syncConfigOf(limits: RetryLimits, timeoutMs: number): SyncConfig {
  return {
    ...limits,
    timeoutMs,
    watchdogMs: timeoutMs + limits.firstRetryMs,
    settleMs: 2 * timeoutMs,
  };
}

/** Timing of production builds: retries from 30 s to 30 min, 15 s per request. */
export const PRODUCTION_SYNC_CONFIG: SyncConfig = syncConfigOf(
  PRODUCTION_RETRY_LIMITS,
  DEFAULT_TIMEOUT_MS,
);

/** Timing with the fault suite's tuning applied, or the production timing without it. */
export function syncConfigWith(tuning: SyncTuning | null): SyncConfig {
  if (!tuning) return PRODUCTION_SYNC_CONFIG;

  return syncConfigOf(
    { firstRetryMs: tuning.firstRetryMs, maxRetryMs: tuning.maxRetryMs },
    tuning.timeoutMs,
  );
}
