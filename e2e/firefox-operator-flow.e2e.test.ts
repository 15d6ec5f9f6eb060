import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LOCAL_STANDIN_MATCHES } from '../utils/origins';

import {
  failNextMappingWrite,
  hasPanel,
  openStatuses,
  readHostAccess,
  readPanelCount,
  revokeHostAccess,
  saveConnection,
  syncFromPanel,
  waitForHostAccess,
} from './flows/firefox-steps';
import { fetchMapping } from './flows/operator-flow';
import { buildLocalExtension } from './support/build-extension';
import { launchFirefoxExtension, type LaunchedFirefox } from './support/launch-firefox';
import { startStandIns, type StandIns } from './support/stand-ins';

const STANDIN_PATTERN = LOCAL_STANDIN_MATCHES[0]!;

/** How long the content script gets to add its panel before the test calls it absent. */
const PANEL_GRACE_MS = 1_500;

/** The background's first retry delay (30 s) with its maximum jitter (20 %) and some slack. */
const RETRY_WAIT_MS = 45_000;

describe('operator flow in Firefox', () => {
  let standIns: StandIns;
  let firefox: LaunchedFirefox;
  let options: Page;

  beforeAll(async () => {
    const extensionPath = buildLocalExtension('firefox');
    standIns = await startStandIns();
    firefox = await launchFirefoxExtension(extensionPath);
    options = await saveConnection(firefox, standIns.zenky);
  });

  afterAll(async () => {
    await firefox?.close();
    await standIns?.close();
  });

  describe('with the host permissions of the install', () => {
    it('lists every needed host as granted', async () => {
      // The list is checked again once the saved connection replaces the default API address.
      await expect
        .poll(() => readHostAccess(options))
        .toEqual({ 'https://app.frontpad.ru/*': true, [STANDIN_PATTERN]: true });
    });

    it('hides the grant button', async () => {
      expect(await options.$('#grant-host-permissions')).toBeNull();
    });

    it('reads nine statuses from the page', async () => {
      const frontpad = await openStatuses(firefox, standIns.frontpadAppUrl);

      expect(await readPanelCount(frontpad)).toBe(9);
      await frontpad.close();
    });

    it('reports a failed sync in the panel', async () => {
      await failNextMappingWrite(standIns.zenky.baseUrl);
      const frontpad = await openStatuses(firefox, standIns.frontpadAppUrl);
      await readPanelCount(frontpad);

      const result = await syncFromPanel(frontpad);
      await frontpad.close();

      expect(result.ok, result.text).toBe(false);
    });

    it('retries the sync from an alarm', async () => {
      // The first retry comes 30 s after the failure, plus up to 20 % jitter.
      await expect
        .poll(async () => (await fetchMapping(standIns.zenky)).revision, {
          timeout: RETRY_WAIT_MS,
          interval: 1_000,
        })
        .toBe(1);
    });

    it('stores every status on the server', async () => {
      const mapping = await fetchMapping(standIns.zenky);
      const codes = mapping.items.map((item) => item.frontpad_code);

      expect(codes).toEqual([1, 13, 3, 12, 15, 4, 10, 11, 14]);
    });

    it('stores the statuses unmapped', async () => {
      const mapping = await fetchMapping(standIns.zenky);

      expect(mapping.items.every((item) => item.order_status_id === null)).toBe(true);
    });

    it('shows a successful sync in the panel', async () => {
      const frontpad = await openStatuses(firefox, standIns.frontpadAppUrl);
      await readPanelCount(frontpad);

      const result = await syncFromPanel(frontpad);
      await frontpad.close();

      expect(result.ok, result.text).toBe(true);
    });
  });

  describe('after the operator withdraws access', () => {
    beforeAll(async () => {
      const removed = await revokeHostAccess(options, STANDIN_PATTERN);
      if (!removed) throw new Error(`Firefox kept the permission for ${STANDIN_PATTERN}`);

      await waitForHostAccess(options, STANDIN_PATTERN, false);
    });

    it('shows the host as not granted', async () => {
      const access = await readHostAccess(options);

      expect(access[STANDIN_PATTERN]).toBe(false);
    });

    it('adds no panel to the page', async () => {
      const frontpad = await openStatuses(firefox, standIns.frontpadAppUrl);
      await new Promise((resolve) => setTimeout(resolve, PANEL_GRACE_MS));

      expect(await hasPanel(frontpad)).toBe(false);
      await frontpad.close();
    });

    it('grants it again from the button', async () => {
      await options.locator('#grant-host-permissions').click();
      await waitForHostAccess(options, STANDIN_PATTERN, true);

      const result = await options.waitForSelector('[data-testid="host-permissions-result"]');
      expect(await result!.evaluate((node) => node.classList.contains('ok'))).toBe(true);
    });

    it('shows the panel again after the grant', async () => {
      const frontpad = await openStatuses(firefox, standIns.frontpadAppUrl);

      expect(await readPanelCount(frontpad)).toBe(9);
      await frontpad.close();
    });
  });
});
