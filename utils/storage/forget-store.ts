import { deleteRecord } from './kv';
import type { Connection, RecordKey } from './records';

/**
 * Records that belong to one Zenky store: its statuses and settings, its mapping, the draft
 * built on its status ids, writes waiting for it, and the outcome of its last sync. The
 * statuses read from Frontpad stay, because they describe the Frontpad account.
 */
const STORE_RECORDS: RecordKey[] = ['zenky', 'remote', 'draft', 'outbox', 'conflict', 'lastSync'];

/** Tells whether a new connection points at another store or another Zenky API. */
export function isOtherStore(previous: Connection | null, next: Connection): boolean {
  if (!previous) return false;
  return previous.storeId !== next.storeId || previous.baseUrl !== next.baseUrl;
}

/**
 * Deletes the records of the previous store, so that its draft and pending writes are never
 * sent to the store the operator switched to. Zenky still has the previous store's mapping.
 */
export async function forgetStoreData(): Promise<void> {
  for (const key of STORE_RECORDS) await deleteRecord(key);
}
