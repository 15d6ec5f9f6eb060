import { MAX_NOTIFY_STATUSES, type MappingItem } from '@/utils/zenky/schemas';

/** A rule the mapping breaks; `field` uses Zenky's 422 field names (`items.3.notify`). */
export type MappingProblem =
  | { kind: 'duplicate_code'; field: string; code: number }
  | { kind: 'too_many_notify'; field: string; count: number }
  | { kind: 'notify_without_status'; field: string; code: number }
  | { kind: 'unknown_status'; field: string; code: number; statusId: string };

/**
 * Checks the rules Zenky enforces on a mapping before it is sent: unique codes, at most five
 * items marked for webhooks, a marked item mapped to a status, and every status known.
 */
export function findMappingProblems(
  items: readonly MappingItem[],
  knownStatusIds: ReadonlySet<string>,
): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const seenCodes = new Set<number>();

  items.forEach((item, index) => {
    if (seenCodes.has(item.frontpad_code)) {
      problems.push({
        kind: 'duplicate_code',
        field: `items.${index}.frontpad_code`,
        code: item.frontpad_code,
      });
    }
    seenCodes.add(item.frontpad_code);

    if (item.notify && item.order_status_id === null) {
      problems.push({
        kind: 'notify_without_status',
        field: `items.${index}.notify`,
        code: item.frontpad_code,
      });
    }

    if (item.order_status_id !== null && !knownStatusIds.has(item.order_status_id)) {
      problems.push({
        kind: 'unknown_status',
        field: `items.${index}.order_status_id`,
        code: item.frontpad_code,
        statusId: item.order_status_id,
      });
    }
  });

  const notifyCount = countNotify(items);
  if (notifyCount > MAX_NOTIFY_STATUSES) {
    problems.push({ kind: 'too_many_notify', field: 'items', count: notifyCount });
  }

  return problems;
}

export function countNotify(items: readonly { notify: boolean }[]): number {
  return items.filter((item) => item.notify).length;
}

export function countMapped(items: readonly { order_status_id: string | null }[]): number {
  return items.filter((item) => item.order_status_id !== null).length;
}

/** Tells whether one more item may be marked for webhooks. */
export function canMarkAnother(items: readonly { notify: boolean }[]): boolean {
  return countNotify(items) < MAX_NOTIFY_STATUSES;
}
