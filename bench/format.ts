import type { SizeBudgetName } from './budgets';

/** Names of the size groups, as the table and the size check print them. */
export const SIZE_GROUP_LABELS: Record<SizeBudgetName, string> = {
  popupInitialJs: 'popup initial JavaScript',
  contentScript: 'content script',
  background: 'background',
};

/** Formats bytes as kilobytes (1 kB = 1000 bytes) with one decimal. */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** Formats milliseconds with two decimals below 10 ms and one decimal from 10 ms up. */
export function formatMs(ms: number): string {
  return `${ms < 10 ? ms.toFixed(2) : ms.toFixed(1)} ms`;
}

/** Formats a ratio with three decimals, such as `1.012`. */
export function formatRatio(ratio: number): string {
  return ratio.toFixed(3);
}

/** Formats bytes as megabytes (1 MB = 1,000,000 bytes) with two decimals. */
export function formatMb(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}
