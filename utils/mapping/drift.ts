import type { FrontpadStatus } from '@/utils/frontpad/types';
import type { MappingItem } from '@/utils/zenky/schemas';

export interface MappingDrift {
  /** Statuses read from Frontpad that the mapping in Zenky does not have. */
  added: FrontpadStatus[];
  /** Mapping rows whose code Frontpad no longer lists. */
  removed: MappingItem[];
  /** Codes whose name in Frontpad differs from the name stored with the mapping. */
  renamed: { code: number; from: string; to: string }[];
}

/** Compares the statuses last read from Frontpad with the mapping stored in Zenky. */
export function findDrift(
  statuses: readonly FrontpadStatus[],
  mappingItems: readonly MappingItem[],
): MappingDrift {
  const byCode = new Map(mappingItems.map((item) => [item.frontpad_code, item]));
  const readCodes = new Set(statuses.map((status) => status.code));

  const added: FrontpadStatus[] = [];
  const renamed: MappingDrift['renamed'] = [];
  for (const status of statuses) {
    const item = byCode.get(status.code);
    if (!item) added.push(status);
    else if (item.frontpad_name !== status.name) {
      renamed.push({ code: status.code, from: item.frontpad_name, to: status.name });
    }
  }

  const removed = mappingItems.filter((item) => !readCodes.has(item.frontpad_code));

  return { added, removed, renamed };
}

export function hasDrift(drift: MappingDrift): boolean {
  return drift.added.length + drift.removed.length + drift.renamed.length > 0;
}
