import { deleteRecord, readRecord, writeRecord } from '@/utils/storage/kv';
import type { Draft } from '@/utils/storage/records';
import type { MappingItem } from '@/utils/zenky/schemas';

/** The version to keep for a code, as the operator chose it. */
export type ConflictChoice = 'mine' | 'theirs';

/**
 * Ends a 412 conflict by the operator's explicit choice: all of `mine`, all of `theirs`, or
 * per row (`rows`, where a code without a choice keeps Zenky's version). The result becomes
 * the draft, based on Zenky's revision. When anything of the operator's is kept, it is synced,
 * replacing Zenky's rows with the chosen ones; taking all of Zenky's sends nothing.
 */
export async function resolveConflict(
  keep: 'mine' | 'theirs' | 'rows',
  choices: Readonly<Record<string, ConflictChoice>>,
  deps: { runSync: () => Promise<unknown>; now: () => Date },
): Promise<void> {
  const conflict = await readRecord('conflict');
  if (!conflict) return;

  const seenAt = deps.now().toISOString();
  const theirs = conflict.theirs;
  await writeRecord('remote', { mapping: theirs, seenAt });

  const choose = (code: number): ConflictChoice =>
    keep === 'rows' ? (choices[String(code)] ?? 'theirs') : keep;
  const entries = chooseEntries(conflict.mine, theirs.items, choose);

  await writeRecord('draft', { entries, baseRevision: theirs.revision, updatedAt: seenAt });
  await deleteRecord('conflict');

  const keepsMine = conflict.mine.some((item) => choose(item.frontpad_code) === 'mine');
  if (keepsMine) await deps.runSync();
}

function chooseEntries(
  mine: readonly MappingItem[],
  theirs: readonly MappingItem[],
  choose: (code: number) => ConflictChoice,
): Draft['entries'] {
  const entries: Draft['entries'] = {};
  const mineByCode = new Map(mine.map((item) => [item.frontpad_code, item]));
  const theirsByCode = new Map(theirs.map((item) => [item.frontpad_code, item]));
  const codes = new Set([...mineByCode.keys(), ...theirsByCode.keys()]);

  for (const code of codes) {
    const item = choose(code) === 'mine' ? mineByCode.get(code) : theirsByCode.get(code);
    if (item) {
      entries[String(code)] = { order_status_id: item.order_status_id, notify: item.notify };
    }
  }

  return entries;
}
