import type { FrontpadStatus } from '@/utils/frontpad/types';
import type { DraftEntry } from '@/utils/storage/records';

export interface MappingSummary {
  read: number;
  mapped: number;
  notify: number;
}

/** Counts the statuses read from Frontpad, how many have a Zenky status, and how many are marked. */
export function summarizeMapping(
  statuses: readonly FrontpadStatus[],
  entries: Readonly<Record<string, DraftEntry>>,
): MappingSummary {
  let mapped = 0;
  let notify = 0;

  for (const status of statuses) {
    const entry = entries[String(status.code)];
    if (entry?.order_status_id) mapped += 1;
    if (entry?.notify) notify += 1;
  }

  return { read: statuses.length, mapped, notify };
}
