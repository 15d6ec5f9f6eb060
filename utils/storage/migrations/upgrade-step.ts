import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';

import type { AssistantDb } from '../db';

/**
 * One schema step of the extension's IndexedDB, run inside the `versionchange` transaction.
 * It may await only requests of that transaction, because the transaction commits as soon as
 * none is pending.
 */
export type UpgradeStep = (
  db: IDBPDatabase<AssistantDb>,
  transaction: IDBPTransaction<AssistantDb, StoreNames<AssistantDb>[], 'versionchange'>,
) => Promise<void>;
