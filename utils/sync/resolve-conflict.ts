import { deleteRecord, readRecord, writeRecord } from '@/utils/storage/kv';
import type { Draft } from '@/utils/storage/records';

/**
 * Ends a 412 conflict by the operator's explicit choice. `theirs` makes Zenky's mapping the
 * draft; `mine` keeps the draft and rebases it on Zenky's revision, then syncs it, which
 * replaces Zenky's mapping with the operator's.
 */
export async function resolveConflict(
  keep: 'mine' | 'theirs',
  deps: { runSync: () => Promise<unknown>; now: () => Date },
): Promise<void> {
  const conflict = await readRecord('conflict');
  if (!conflict) return;

  const seenAt = deps.now().toISOString();
  const theirs = conflict.theirs;
  await writeRecord('remote', { mapping: theirs, seenAt });

  const draft = await readRecord('draft');
  let entries: Draft['entries'] = draft?.entries ?? {};
  if (keep === 'theirs') {
    entries = {};
    for (const item of theirs.items) {
      entries[String(item.frontpad_code)] = {
        order_status_id: item.order_status_id,
        notify: item.notify,
      };
    }
  }

  await writeRecord('draft', { entries, baseRevision: theirs.revision, updatedAt: seenAt });
  await deleteRecord('conflict');

  if (keep === 'mine') await deps.runSync();
}
