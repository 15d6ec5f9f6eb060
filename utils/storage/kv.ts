import { hideInLogs } from '@/utils/logger';

import { openAssistantDb, SYNC_LOG_LIMIT } from './db';
import {
  recordSchemas,
  syncLogEntrySchema,
  type RecordKey,
  type RecordValue,
  type SyncLogEntry,
} from './records';

/** Raised when a stored record no longer matches its schema. */
export class StoredRecordInvalidError extends Error {
  constructor(
    readonly key: string,
    detail: string,
  ) {
    super(`Stored record "${key}" is invalid: ${detail}`);
  }
}

/**
 * Reads a record and validates it. A missing record is `null`; a record that fails its
 * schema raises, so that broken data is reported instead of silently replaced.
 */
export async function readRecord<K extends RecordKey>(key: K): Promise<RecordValue<K> | null> {
  const db = await openAssistantDb();
  const raw = await db.get('kv', key);
  if (raw === undefined) return null;

  const parsed = recordSchemas[key].safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new StoredRecordInvalidError(key, `${issue?.path.join('.') ?? ''} ${issue?.message}`);
  }

  rememberSecrets(key, parsed.data);
  return parsed.data as RecordValue<K>;
}

/** Validates and writes a record. */
export async function writeRecord<K extends RecordKey>(
  key: K,
  value: RecordValue<K>,
): Promise<void> {
  const checked = recordSchemas[key].parse(value);
  rememberSecrets(key, checked);
  const db = await openAssistantDb();
  await db.put('kv', checked, key);
}

/** Registers the token of a connection record read or written here, so that no log shows it. */
function rememberSecrets(key: RecordKey, value: unknown): void {
  if (key !== 'connection') return;

  hideInLogs((value as RecordValue<'connection'>).token);
}

export async function deleteRecord(key: RecordKey): Promise<void> {
  const db = await openAssistantDb();
  await db.delete('kv', key);
}

/** Appends a sync history entry and drops the oldest beyond the limit. */
export async function appendSyncLog(entry: SyncLogEntry): Promise<void> {
  const checked = syncLogEntrySchema.parse(entry);
  const db = await openAssistantDb();
  const tx = db.transaction('syncLog', 'readwrite');
  await tx.store.add(checked);

  let excess = (await tx.store.count()) - SYNC_LOG_LIMIT;
  let cursor = await tx.store.openCursor();
  while (cursor && excess > 0) {
    await cursor.delete();
    excess -= 1;
    cursor = await cursor.continue();
  }

  await tx.done;
}

/** Returns the sync history, newest first; entries that fail validation are skipped. */
export async function readSyncLog(): Promise<SyncLogEntry[]> {
  const db = await openAssistantDb();
  const rows = await db.getAll('syncLog');

  return rows
    .map((row) => syncLogEntrySchema.safeParse(row))
    .filter((result) => result.success)
    .map((result) => result.data)
    .reverse();
}
