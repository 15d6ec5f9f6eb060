import type { Page } from 'playwright-core';

import { POPUP_DATA_MARK } from '../components/use-rendered-mark';
import type { LaunchedExtension } from '../e2e/support/launch-extension';

import { EMPTY_PAGE } from './prepare-extension';
import { summarize, type Summary } from './stats';

export interface PopupRenderTiming {
  visits: number;
  /** From navigation start to the popup's first render with data, in milliseconds. */
  popup: Summary;
  /** From navigation start to the first contentful paint of an empty extension page. */
  emptyPage: Summary;
  /** Median of the popup over the median of the empty page. */
  ratio: number;
}

/**
 * Opens popup.html and an empty page of the same extension in turn, in one tab, and times
 * each. The popup is opened as a tab, since a headless browser has no toolbar to open it from.
 * Its figure is the performance mark that the popup adds once its first render with the
 * background's state has been painted. The empty page's figure is its first contentful paint.
 */
export async function timePopupRender(
  extension: LaunchedExtension,
  visits: number,
): Promise<PopupRenderTiming> {
  const page = await extension.context.newPage();
  const popupTimes: number[] = [];
  const emptyTimes: number[] = [];

  try {
    for (let visit = 0; visit < visits; visit++) {
      const popupUrl = extension.extensionUrl(`popup.html?visit=${visit}`);
      const emptyUrl = extension.extensionUrl(`${EMPTY_PAGE}?visit=${visit}`);

      if (visit % 2 === 0) {
        popupTimes.push(await timeEntry(page, popupUrl, POPUP_DATA_MARK));
        emptyTimes.push(await timeEntry(page, emptyUrl, 'first-contentful-paint'));
      } else {
        emptyTimes.push(await timeEntry(page, emptyUrl, 'first-contentful-paint'));
        popupTimes.push(await timeEntry(page, popupUrl, POPUP_DATA_MARK));
      }
    }
  } finally {
    await page.close();
  }

  const popup = summarize(popupTimes);
  const emptyPage = summarize(emptyTimes);

  return { visits, popup, emptyPage, ratio: popup.median / emptyPage.median };
}

/** Opens `url` and returns the start time of its first performance entry named `name`. */
async function timeEntry(page: Page, url: string, name: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction((entry) => performance.getEntriesByName(entry).length > 0, name);

  return page.evaluate((entry) => performance.getEntriesByName(entry)[0]?.startTime ?? NaN, name);
}
