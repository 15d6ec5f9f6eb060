import type { FrontpadStatus } from '@/utils/frontpad/types';

/**
 * Merges statuses read from a page with the ones the operator entered by hand. Page order
 * comes first. A manual status whose code the page now lists is replaced by the page's, so
 * manual entries fill gaps and never hide what Frontpad shows.
 */
export function mergeReadWithManual(
  read: readonly FrontpadStatus[],
  previous: readonly FrontpadStatus[],
  manualCodes: readonly number[],
): { statuses: FrontpadStatus[]; manualCodes: number[] } {
  const readCodes = new Set(read.map((status) => status.code));
  const manual = previous.filter(
    (status) => manualCodes.includes(status.code) && !readCodes.has(status.code),
  );

  return {
    statuses: [...read, ...manual],
    manualCodes: manual.map((status) => status.code),
  };
}

/** Adds hand-entered statuses to a catalog; an entry replaces a manual one with its code. */
export function addManualStatuses(
  current: readonly FrontpadStatus[],
  manualCodes: readonly number[],
  added: readonly FrontpadStatus[],
): { statuses: FrontpadStatus[]; manualCodes: number[]; rejected: number[] } {
  const statuses = [...current];
  const codes = new Set(manualCodes);
  const rejected: number[] = [];

  for (const status of added) {
    const index = statuses.findIndex((existing) => existing.code === status.code);
    if (index >= 0 && !codes.has(status.code)) {
      rejected.push(status.code);
      continue;
    }

    if (index >= 0) statuses[index] = status;
    else statuses.push(status);
    codes.add(status.code);
  }

  return { statuses, manualCodes: [...codes], rejected };
}
