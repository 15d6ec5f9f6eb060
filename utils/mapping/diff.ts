import type { MappingItem } from '@/utils/zenky/schemas';

/** One row's change between the mapping in Zenky and the one about to be sent. */
export type RowChange =
  | { kind: 'added'; code: number; after: MappingItem }
  | { kind: 'removed'; code: number; before: MappingItem }
  | {
      kind: 'changed';
      code: number;
      before: MappingItem;
      after: MappingItem;
      status: boolean;
      name: boolean;
      notify: boolean;
    };

/** Lists what a write would change in Zenky, row by row, in the order of the new mapping. */
export function diffMappings(
  before: readonly MappingItem[],
  after: readonly MappingItem[],
): RowChange[] {
  const previous = new Map(before.map((item) => [item.frontpad_code, item]));
  const nextCodes = new Set(after.map((item) => item.frontpad_code));
  const changes: RowChange[] = [];

  for (const item of after) {
    const old = previous.get(item.frontpad_code);
    if (!old) {
      changes.push({ kind: 'added', code: item.frontpad_code, after: item });
      continue;
    }

    const status = old.order_status_id !== item.order_status_id;
    const name = old.frontpad_name !== item.frontpad_name;
    const notify = old.notify !== item.notify;
    if (status || name || notify) {
      changes.push({
        kind: 'changed',
        code: item.frontpad_code,
        before: old,
        after: item,
        status,
        name,
        notify,
      });
    }
  }

  for (const item of before) {
    if (!nextCodes.has(item.frontpad_code)) {
      changes.push({ kind: 'removed', code: item.frontpad_code, before: item });
    }
  }

  return changes;
}

/** Counts of a diff, as the sync history keeps them. */
export function summarizeDiff(changes: readonly RowChange[]) {
  return {
    added: changes.filter((change) => change.kind === 'added').map((change) => change.code),
    removed: changes.filter((change) => change.kind === 'removed').map((change) => change.code),
    changed: changes.filter((change) => change.kind === 'changed').map((change) => change.code),
  };
}
