import type { Locator, Page } from 'playwright-core';

import type { LaunchedExtension } from '../e2e/support/launch-extension';

import type { ServerLog } from './server-log';
import { summarize, type Summary } from './stats';

export interface SyncTiming {
  /** From the click on «Синхронизировать с Zenky» to the stored mapping, in milliseconds. */
  timing: Summary;
  /** The run's first sync, reported apart because its code paths are still cold, in ms. */
  firstSync: number;
}

const MAPPING_STORED = /^PUT \/v2\/exchange\/frontpad\/status-mapping 200 /;
// The stand-in page has nine statuses, and each round adds one, so that the mapping changes.
const STAND_IN_STATUSES = 9;
const FIRST_ADDED_CODE = 1000;

// Installed in the page's main world: notes the wall-clock time of every click in the
// extension's control. Its shadow root is open, so the page can listen inside it.
const CLICK_PROBE = `
  document.querySelector('zenky-frontpad-assistant').shadowRoot.addEventListener(
    'click',
    () => { window.__zfaClickAt = performance.timeOrigin + performance.now(); },
    true,
  );
`;

/**
 * Times the in-page sync: from the click on the control's sync button to the Zenky stand-in's
 * log line for the stored mapping (`PUT …/status-mapping 200`). Before each round a status is
 * added to the page's table, so that the content script sends a changed catalog and the sync
 * has a new mapping to write. Both times are read from the machine's wall clock, one in the
 * page and one in this process.
 */
export async function timeSync(
  extension: LaunchedExtension,
  frontpadAppUrl: string,
  serverLog: ServerLog,
  rounds: number,
): Promise<SyncTiming> {
  const page = await extension.context.newPage();

  try {
    await page.goto(`${frontpadAppUrl}#spr/statuses`);
    const control = page.locator('zenky-frontpad-assistant');
    await waitForCount(control, STAND_IN_STATUSES);
    await page.evaluate(CLICK_PROBE);

    const times: number[] = [];
    for (let round = 0; round <= rounds; round++) {
      await addStatus(page, FIRST_ADDED_CODE + round);
      await waitForCount(control, STAND_IN_STATUSES + round + 1);
      times.push(await timeOneSync(page, control, serverLog));
    }

    const [firstSync, ...rest] = times;
    return { timing: summarize(rest), firstSync: firstSync as number };
  } finally {
    await page.close();
  }
}

async function timeOneSync(page: Page, control: Locator, serverLog: ServerLog): Promise<number> {
  await page.evaluate(() => ((window as unknown as ClickProbe).__zfaClickAt = 0));
  const stored = serverLog.next(MAPPING_STORED);

  await control.locator('button.sync').click();
  const { at: storedAt } = await stored;
  await control.locator('button.sync:enabled').waitFor();

  const clickedAt = await page.evaluate(() => (window as unknown as ClickProbe).__zfaClickAt);
  if (!clickedAt) throw new Error('The click probe in the Frontpad page saw no click');

  return storedAt - clickedAt;
}

interface ClickProbe {
  __zfaClickAt: number;
}

async function addStatus(page: Page, code: number): Promise<void> {
  await page.evaluate((newCode) => {
    const table = document.getElementById('statuses') as HTMLTableElement;
    const row = table.insertRow();
    row.innerHTML = `<td>Статус ${newCode}</td><td>${newCode}</td><td></td><td>Да</td><td></td>`;
  }, code);
}

/** Waits until the control's first number, the statuses read, is `count`. */
async function waitForCount(control: Locator, count: number): Promise<void> {
  await control.locator('.count', { hasText: new RegExp(`^\\D*${count}\\b`) }).waitFor();
}
