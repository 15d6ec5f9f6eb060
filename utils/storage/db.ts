import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

import { logger } from '@/utils/logger';

import { UPGRADE_STEPS } from './migrations';
import type { SyncLogEntry } from './records';

export const DB_NAME = 'zenky-frontpad-assistant';

/**
 * Schema version of the database and of every record in it, the connection settings
 * included: the number of upgrade steps in `migrations/`.
 */
export const DB_VERSION = UPGRADE_STEPS.length;

/** Sync history keeps this many entries, oldest removed first. */
export const SYNC_LOG_LIMIT = 50;

export interface AssistantDb extends DBSchema {
  kv: { key: string; value: unknown };
  syncLog: { key: number; value: SyncLogEntry };
}

let opened: Promise<IDBPDatabase<AssistantDb>> | null = null;

/**
 * Opens the extension's database once per context and reuses the connection. The upgrade
 * runs the steps from the stored version up. A step that fails aborts the upgrade, so the
 * database stays at its old version and the open fails instead of going on half migrated.
 */
export function openAssistantDb(): Promise<IDBPDatabase<AssistantDb>> {
  opened ??= openDB<AssistantDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      const steps = UPGRADE_STEPS.slice(oldVersion);
      const run = async () => {
        for (const step of steps) await step(db, transaction);
      };

      run().catch((error: unknown) => {
        logger.error(`Database upgrade from version ${oldVersion} failed`, error);
        // The open request reports the abort; the transaction's own promise would go unheard.
        transaction.done.catch(() => undefined);
        transaction.abort();
      });
    },
    // Another context (an open options page) upgrades the database: let it, and reopen later.
    blocking() {
      void closeAssistantDb();
    },
  }).catch((error: unknown) => {
    opened = null;
    throw error;
  });

  return opened;
}

/** Forgets the cached connection; tests call it after deleting the database. */
export async function closeAssistantDb(): Promise<void> {
  if (!opened) return;

  const pending = opened;
  opened = null;
  (await pending).close();
}
