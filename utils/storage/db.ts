import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

import type { SyncLogEntry } from './records';

export const DB_NAME = 'zenky-frontpad-assistant';

/** Current IndexedDB schema version; each upgrade step below moves it up by one. */
export const DB_VERSION = 1;

/** Sync history keeps this many entries, oldest removed first. */
export const SYNC_LOG_LIMIT = 50;

export interface AssistantDb extends DBSchema {
  kv: { key: string; value: unknown };
  syncLog: { key: number; value: SyncLogEntry };
}

let opened: Promise<IDBPDatabase<AssistantDb>> | null = null;

/** Opens the extension's database once per context and reuses the connection. */
export function openAssistantDb(): Promise<IDBPDatabase<AssistantDb>> {
  opened ??= openDB<AssistantDb>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('kv');
        db.createObjectStore('syncLog', { autoIncrement: true });
      }
    },
  });

  return opened;
}

/** Forgets the cached connection; tests call it after deleting the database. */
export async function closeAssistantDb(): Promise<void> {
  if (!opened) return;

  const db = await opened;
  db.close();
  opened = null;
}
