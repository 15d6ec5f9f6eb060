import type { Translate } from '@/utils/i18n/catalog';
import type { Connection } from '@/utils/storage/records';
import type { ZenkyClient, ZenkyClientOptions } from '@/utils/zenky/client';

import type { SyncConfig } from './sync-config';

/** Dependencies of the sync on its environment; the background passes browser-backed ones. */
export interface SyncDeps {
  createClient: (connection: Connection, options?: ZenkyClientOptions) => ZenkyClient;
  /** Sets the alarm that resumes the sync at `at`, or clears it for null. */
  scheduleWake: (at: Date | null) => Promise<void>;
  newIdempotencyKey: () => string;
  now: () => Date;
  t: Translate;
  /** Jitter source of the backoff; Math.random when absent. */
  random?: () => number;
  /** Retry and timeout limits; production limits when absent. */
  loadConfig?: () => Promise<SyncConfig>;
}
