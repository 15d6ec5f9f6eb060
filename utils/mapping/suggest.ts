import type { FrontpadStatus } from '@/utils/frontpad/types';
import type { DraftChange } from '@/utils/messages/protocol';
import { MAX_NOTIFY_STATUSES, type OrderStatus, type OrderStatusKind } from '@/utils/zenky/schemas';

import { kindsForStatusName } from './kind-for-name';
import { normalizeStatusName } from './normalize-name';

/** A row filled by a suggestion, with what was suggested in it. */
export interface SuggestedRow extends DraftChange {
  suggestedStatus: boolean;
  suggestedNotify: boolean;
}

// Kinds an operator most wants to hear about by webhook, most useful first: the end of an
// order, its cancellation, the courier leaving, the meal being ready, cooking starting.
const NOTIFY_PRIORITY: OrderStatusKind[] = [
  'completed',
  'delivered',
  'cancelled',
  'rejected',
  'delivering',
  'ready',
  'packing',
  'awaiting_delivery',
  'submitted',
];

/**
 * Fills unmapped rows with the Zenky status whose kind fits the Frontpad name, and, when no
 * row is marked for webhooks yet, proposes up to five marks by usefulness. Rows the operator
 * already mapped or marked are kept as they are. Hidden Zenky statuses are not proposed.
 */
export function suggestMapping(
  statuses: readonly FrontpadStatus[],
  rows: readonly DraftChange[],
  orderStatuses: readonly OrderStatus[],
): SuggestedRow[] {
  const suggested: SuggestedRow[] = rows.map((row, index) => {
    if (row.order_status_id !== null) {
      return { ...row, suggestedStatus: false, suggestedNotify: false };
    }

    const match = pickOrderStatus(statuses[index]?.name ?? '', orderStatuses);
    return {
      ...row,
      order_status_id: match?.id ?? null,
      suggestedStatus: match !== undefined,
      suggestedNotify: false,
    };
  });

  if (rows.some((row) => row.notify)) return suggested;

  for (const index of pickNotifyRows(statuses, suggested, orderStatuses)) {
    const row = suggested[index];
    if (row) suggested[index] = { ...row, notify: true, suggestedNotify: true };
  }

  return suggested;
}

/** Picks the Zenky status for a Frontpad name: the best kind, then a same name, then sorting. */
export function pickOrderStatus(
  frontpadName: string,
  orderStatuses: readonly OrderStatus[],
): OrderStatus | undefined {
  const normalized = normalizeStatusName(frontpadName);
  const visible = orderStatuses.filter((status) => status.is_hidden !== true);

  for (const kind of kindsForStatusName(frontpadName)) {
    const candidates = visible
      .filter((status) => status.kind === kind)
      .sort((a, b) => (a.sorting ?? 0) - (b.sorting ?? 0));
    const sameName = candidates.find(
      (status) => normalizeStatusName(status.name ?? '') === normalized,
    );
    if (sameName ?? candidates[0]) return sameName ?? candidates[0];
  }

  return undefined;
}

function pickNotifyRows(
  statuses: readonly FrontpadStatus[],
  rows: readonly DraftChange[],
  orderStatuses: readonly OrderStatus[],
): number[] {
  const kindOf = new Map(orderStatuses.map((status) => [status.id, status.kind]));
  const ranked = rows
    .map((row, index) => ({
      index,
      rank: NOTIFY_PRIORITY.indexOf(kindOf.get(row.order_status_id ?? '') ?? 'custom'),
      hidden: statuses[index]?.hidden === true,
    }))
    .filter((candidate) => candidate.rank >= 0 && !candidate.hidden)
    .sort((a, b) => a.rank - b.rank || a.index - b.index);

  // One row per kind first, so that two «delivering» rows do not crowd out «packing»; then
  // the remaining places go to the next rows by usefulness.
  const picked: number[] = [];
  const kinds = new Set<number>();
  for (const candidate of ranked) {
    if (picked.length < MAX_NOTIFY_STATUSES && !kinds.has(candidate.rank)) {
      picked.push(candidate.index);
      kinds.add(candidate.rank);
    }
  }
  for (const candidate of ranked) {
    if (picked.length < MAX_NOTIFY_STATUSES && !picked.includes(candidate.index)) {
      picked.push(candidate.index);
    }
  }

  return picked;
}
