import type { BrowserContext, Page } from 'playwright-core';

import { EMPTY_SCRIPT_HOST, onHost, PLAIN_HOST } from './hosts';
import { summarize, type Summary } from './stats';

/** The three ways the stand-in page is loaded. */
export type PageVariant = 'extension' | 'emptyScript' | 'plain';

export const PAGE_VARIANTS: readonly PageVariant[] = ['extension', 'emptyScript', 'plain'];

/** One figure of the page-load comparison, in milliseconds from navigation start. */
export interface LoadComparison {
  byVariant: Record<PageVariant, Summary>;
  /** Median with the extension's content script over the median of the plain page. */
  extensionRatio: number;
  /** Median with the reference extension's empty content script over that of the plain page. */
  emptyScriptRatio: number;
}

export interface PageLoadTiming {
  visits: number;
  /** Until the end of the page's `load` event. */
  loadEvent: LoadComparison;
  /** Until the first animation frame after the page put the statuses table in. */
  statusesShown: LoadComparison;
}

interface VisitTiming {
  loadEvent: number;
  statusesShown: number;
}

// Time left after the table appears for the content script to read it, send it to the
// background and show its control, so that this work does not spill into the next visit.
const AFTER_TABLE_MS = 500;

// Installed in the page before its own scripts: notes the first animation frame after the
// statuses table (`#statuses`) is in the document. The same script runs in every variant.
const STATUSES_SHOWN_PROBE = `
  (() => {
    const observer = new MutationObserver(() => {
      if (!document.getElementById('statuses')) return;
      observer.disconnect();
      requestAnimationFrame(() => { window.__zfaStatusesShown = performance.now(); });
    });
    observer.observe(document, { childList: true, subtree: true });
  })();
`;

/**
 * Loads the Frontpad stand-in page with its statuses section (`app.html#spr/statuses`) in
 * three tabs of one browser: from 127.0.0.1, where the extension's content script runs, from
 * `EMPTY_SCRIPT_HOST`, where only an empty content script runs, and from `PLAIN_HOST`, where
 * none does. The tabs take turns and the first tab rotates every round, so that a drift of
 * the machine's speed affects all alike. Every visit is a new document.
 */
export async function timePageLoad(
  context: BrowserContext,
  frontpadAppUrl: string,
  visits: number,
): Promise<PageLoadTiming> {
  const urls: Record<PageVariant, string> = {
    extension: frontpadAppUrl,
    emptyScript: onHost(frontpadAppUrl, EMPTY_SCRIPT_HOST),
    plain: onHost(frontpadAppUrl, PLAIN_HOST),
  };
  const pages = new Map<PageVariant, Page>();
  const timings = new Map<PageVariant, VisitTiming[]>();
  for (const variant of PAGE_VARIANTS) {
    pages.set(variant, await openProbedPage(context));
    timings.set(variant, []);
  }

  try {
    for (let visit = 0; visit < visits; visit++) {
      for (let step = 0; step < PAGE_VARIANTS.length; step++) {
        const variant = PAGE_VARIANTS[(visit + step) % PAGE_VARIANTS.length] as PageVariant;
        const url = `${urls[variant]}?visit=${visit}#spr/statuses`;
        timings.get(variant)?.push(await timeVisit(pages.get(variant) as Page, url));
      }
    }
  } finally {
    await Promise.all([...pages.values()].map((page) => page.close()));
  }

  const compare = (pick: (timing: VisitTiming) => number): LoadComparison => {
    const summaryOf = (variant: PageVariant) => summarize((timings.get(variant) ?? []).map(pick));
    const byVariant = {
      extension: summaryOf('extension'),
      emptyScript: summaryOf('emptyScript'),
      plain: summaryOf('plain'),
    };

    return {
      byVariant,
      extensionRatio: byVariant.extension.median / byVariant.plain.median,
      emptyScriptRatio: byVariant.emptyScript.median / byVariant.plain.median,
    };
  };

  return {
    visits,
    loadEvent: compare((timing) => timing.loadEvent),
    statusesShown: compare((timing) => timing.statusesShown),
  };
}

async function openProbedPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript({ content: STATUSES_SHOWN_PROBE });

  return page;
}

async function timeVisit(page: Page, url: string): Promise<VisitTiming> {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => '__zfaStatusesShown' in window);
  await page.waitForTimeout(AFTER_TABLE_MS);

  return page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const probe = window as unknown as { __zfaStatusesShown: number };

    return { loadEvent: navigation.loadEventEnd, statusesShown: probe.__zfaStatusesShown };
  });
}
