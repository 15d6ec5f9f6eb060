import type { BrowserContext } from 'playwright-core';

import type { LaunchedExtension } from '../e2e/support/launch-extension';

import { attachToTarget } from './cdp-target';
import { EMPTY_SCRIPT_HOST, onHost, PLAIN_HOST } from './hosts';
import { summarize } from './stats';

export interface MemoryUse {
  /** JavaScript heap of the Frontpad stand-in page's renderer, in bytes, median of the visits. */
  pageWithExtension: number;
  /** The same with the reference extension's empty content script instead. */
  pageWithEmptyScript: number;
  pageWithoutExtension: number;
  /** JavaScript heap of the extension's service worker, in bytes. */
  background: number;
  visits: number;
}

interface HeapUsage {
  usedSize: number;
}

// Time left after the statuses table appears for the content script to finish its work.
const SETTLE_MS = 1000;

/**
 * Measures the used JavaScript heap after a garbage collection (DevTools protocol
 * `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage`). A page's figure covers its
 * renderer's whole V8 isolate, which the content script shares. So the page on 127.0.0.1
 * minus the same page on `PLAIN_HOST` is what the extension's content script keeps, and the
 * page on `EMPTY_SCRIPT_HOST` shows what any content script keeps.
 */
export async function measureMemory(
  extension: LaunchedExtension,
  frontpadAppUrl: string,
  visits: number,
): Promise<MemoryUse> {
  const withSizes: number[] = [];
  const emptyScriptSizes: number[] = [];
  const withoutSizes: number[] = [];
  const { context } = extension;

  for (let visit = 0; visit < visits; visit++) {
    withSizes.push(await measurePage(context, frontpadAppUrl));
    emptyScriptSizes.push(await measurePage(context, onHost(frontpadAppUrl, EMPTY_SCRIPT_HOST)));
    withoutSizes.push(await measurePage(context, onHost(frontpadAppUrl, PLAIN_HOST)));
  }

  const worker = await attachToTarget(
    extension.context.browser()!,
    'service_worker',
    extension.extensionUrl(''),
  );
  try {
    await worker.send('HeapProfiler.collectGarbage');
    const { usedSize } = await worker.send<HeapUsage>('Runtime.getHeapUsage');

    return {
      pageWithExtension: summarize(withSizes).median,
      pageWithEmptyScript: summarize(emptyScriptSizes).median,
      pageWithoutExtension: summarize(withoutSizes).median,
      background: usedSize,
      visits,
    };
  } finally {
    await worker.detach();
  }
}

/** Opens the statuses section in a new tab and returns its used heap after a collection. */
async function measurePage(context: BrowserContext, appUrl: string): Promise<number> {
  const page = await context.newPage();

  try {
    await page.goto(`${appUrl}#spr/statuses`);
    await page.locator('#statuses').waitFor();
    await page.waitForTimeout(SETTLE_MS);

    const session = await context.newCDPSession(page);
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    await session.detach();

    return usedSize;
  } finally {
    await page.close();
  }
}
