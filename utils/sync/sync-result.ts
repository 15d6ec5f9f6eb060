import type { Translate } from '@/utils/i18n/catalog';
import type { summarizeDiff } from '@/utils/mapping/diff';
import { countMapped, countNotify } from '@/utils/mapping/rules';
import { appendSyncLog, writeRecord } from '@/utils/storage/kv';
import type { LastSync } from '@/utils/storage/records';
import type { MappingItem } from '@/utils/zenky/schemas';

/** Clock and UI strings, for building a sync outcome. */
export interface ResultDeps {
  now: () => Date;
  t: Translate;
}

/** Outcome of a write Zenky confirmed, or of a save that had nothing to send. */
export function syncSuccess(
  deps: ResultDeps,
  revision: number,
  changed: boolean,
  items: readonly MappingItem[],
): LastSync {
  const message = changed
    ? deps.t('syncDone', [revision, countMapped(items), items.length, countNotify(items)])
    : deps.t('syncNoChanges', [revision, countMapped(items), items.length]);

  return { at: deps.now().toISOString(), ok: true, revision, changed, errorCode: null, message };
}

/** Outcome of a sync that failed or has not reached Zenky yet. */
export function syncFailure(deps: ResultDeps, code: string, message: string): LastSync {
  return {
    at: deps.now().toISOString(),
    ok: false,
    revision: null,
    changed: false,
    errorCode: code,
    message,
  };
}

/** Stores the outcome as the last sync and appends it to the sync history. */
export async function recordSyncResult(
  result: LastSync,
  items: readonly MappingItem[] = [],
  changes?: ReturnType<typeof summarizeDiff>,
): Promise<LastSync> {
  await writeRecord('lastSync', result);
  await appendSyncLog({
    at: result.at,
    ok: result.ok,
    revision: result.revision,
    errorCode: result.errorCode,
    itemCount: items.length,
    mappedCount: countMapped(items),
    notifyCount: countNotify(items),
    message: result.message,
    ...changes,
  });

  return result;
}
