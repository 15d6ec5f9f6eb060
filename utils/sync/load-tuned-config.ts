import { readRecord } from '@/utils/storage/kv';

import { syncConfigWith, type SyncConfig } from './sync-config';

/**
 * Returns the sync timing with the stored fault-suite tuning applied. Only builds for the
 * local stand-ins call it; production builds use the production timing.
 */
export async function loadTunedSyncConfig(): Promise<SyncConfig> {
  return syncConfigWith(await readRecord('syncTuning'));
}
