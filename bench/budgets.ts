/**
 * Performance budgets of the extension, in one place. Sizes are gzip bytes (zlib's default
 * level 6, 1 kB = 1000 bytes) of the production build `.output/chrome-mv3`. CI checks them with
 * `npm run check:sizes`. The timing budgets are checked only by `npm run bench`.
 */
export const SIZE_BUDGETS = {
  /** JavaScript that popup.html loads before its first render: its module and static imports. */
  popupInitialJs: 25_000,
  /** Every script of the Frontpad content script, as listed in the manifest. */
  contentScript: 15_000,
  /** The background service worker and its static imports. */
  background: 45_000,
} as const;

export type SizeBudgetName = keyof typeof SIZE_BUDGETS;

export const TIMING_BUDGETS = {
  /** Median time to parse a statuses table of 1,000 rows, in the browser, in milliseconds. */
  parse1000RowsMs: 5,
  /** Median load time of the Frontpad stand-in page with the extension over without it. */
  pageLoadRatio: 1.05,
  /** Median time from opening the popup to its first render with data, in milliseconds. */
  popupFirstRenderMs: 100,
} as const;
