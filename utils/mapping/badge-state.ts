import type { FrontpadStatus } from '@/utils/frontpad/types';
import type { DraftEntry } from '@/utils/storage/records';
import type { MappingItem } from '@/utils/zenky/schemas';

import { buildMappingItems, sameMappingItems } from './build-items';
import { findDrift, hasDrift } from './drift';

export type BadgeReason = 'failed' | 'retrying' | 'sending' | 'unmapped' | 'stale' | 'none';

/** Texts of the badge for a write Zenky has not confirmed yet. */
const PENDING_TEXT = { failed: '!', retrying: '↻', sending: '…' } as const;

export interface BadgeState {
  text: string;
  reason: BadgeReason;
  /** Number of unmapped statuses, or of drifted rows for `stale`. */
  count: number;
}

/**
 * Decides the toolbar badge. A write Zenky has not confirmed shows «!» while it is stopped
 * until the operator acts, «↻» while it waits for a retry and «…» while it is being sent.
 * Otherwise the badge shows the number of unmapped statuses, «↑» while Zenky's mapping is
 * stale (Frontpad added, removed or renamed a status, or the draft has edits not synced yet),
 * and nothing when all is in place.
 */
export function badgeState(input: {
  statuses: readonly FrontpadStatus[];
  entries: Readonly<Record<string, DraftEntry>>;
  remoteItems: readonly MappingItem[] | null;
  /** State of the write Zenky has not confirmed yet, if any. */
  pending: keyof typeof PENDING_TEXT | null;
}): BadgeState {
  if (input.pending) return { text: PENDING_TEXT[input.pending], reason: input.pending, count: 0 };

  const unmapped = input.statuses.filter(
    (status) => !input.entries[String(status.code)]?.order_status_id,
  ).length;
  if (unmapped > 0) return { text: String(unmapped), reason: 'unmapped', count: unmapped };

  if (input.statuses.length === 0 || input.remoteItems === null) {
    return { text: '', reason: 'none', count: 0 };
  }

  const drift = findDrift(input.statuses, input.remoteItems);
  const items = buildMappingItems(input.statuses, input.entries);
  if (hasDrift(drift) || !sameMappingItems(items, input.remoteItems)) {
    const count = drift.added.length + drift.removed.length + drift.renamed.length;
    return { text: '↑', reason: 'stale', count };
  }

  return { text: '', reason: 'none', count: 0 };
}
