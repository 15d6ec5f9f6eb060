import type { FrontpadStatus } from '@/utils/frontpad/types';
import type { DraftEntry } from '@/utils/storage/records';
import type { MappingItem } from '@/utils/zenky/schemas';

/**
 * Builds the mapping to send to Zenky: one item per status read from Frontpad, in page
 * order, with the operator's choice for its code. Draft entries for codes that Frontpad no
 * longer lists are left out.
 */
export function buildMappingItems(
  statuses: readonly FrontpadStatus[],
  entries: Readonly<Record<string, DraftEntry>>,
): MappingItem[] {
  return statuses.map((status) => {
    const entry = entries[String(status.code)];

    return {
      frontpad_code: status.code,
      frontpad_name: status.name,
      order_status_id: entry?.order_status_id ?? null,
      notify: entry?.notify ?? false,
    };
  });
}

/** Tells whether two mappings would store the same rows in Zenky. */
export function sameMappingItems(a: readonly MappingItem[], b: readonly MappingItem[]): boolean {
  if (a.length !== b.length) return false;

  return a.every((item, index) => {
    const other = b[index];
    return (
      other !== undefined &&
      item.frontpad_code === other.frontpad_code &&
      item.frontpad_name === other.frontpad_name &&
      item.order_status_id === other.order_status_id &&
      item.notify === other.notify
    );
  });
}

/** Adds Zenky's current choice for each code the draft does not decide yet. */
export function fillDraftFromRemote(
  entries: Readonly<Record<string, DraftEntry>>,
  remoteItems: readonly MappingItem[],
): Record<string, DraftEntry> {
  const filled: Record<string, DraftEntry> = { ...entries };

  for (const item of remoteItems) {
    const key = String(item.frontpad_code);
    filled[key] ??= { order_status_id: item.order_status_id, notify: item.notify };
  }

  return filled;
}
