import type { Page } from 'puppeteer-core';
import type { Browser } from 'webextension-polyfill';

import type { LaunchedFirefox } from '../support/launch-firefox';

/**
 * Steps of the operator's path in Firefox, driven by Puppeteer over WebDriver BiDi. They find
 * elements by id, class and test id, never by their text, because Firefox shows the extension
 * in English when its Russian language pack is missing.
 */

const PANEL = 'zenky-frontpad-assistant';

export interface ZenkyConnection {
  baseUrl: string;
  storeId: string;
  token: string;
}

/** Opens the options page, enters the connection and saves it; returns the page. */
export async function saveConnection(
  firefox: LaunchedFirefox,
  zenky: ZenkyConnection,
): Promise<Page> {
  const options = await firefox.openExtensionPage('options.html');

  await options.locator('#base-url').fill(zenky.baseUrl);
  await options.locator('#store-id').fill(zenky.storeId);
  await options.locator('#token').fill(zenky.token);
  await options.locator('form:has(#base-url) button[type="submit"]').click();
  await options.waitForSelector('[data-testid="connection-result"].ok');

  return options;
}

/** Returns the host patterns of the options page's «Доступ к сайтам» list and whether each is granted. */
export async function readHostAccess(options: Page): Promise<Record<string, boolean>> {
  await options.waitForSelector('[data-testid="host-permissions"] [data-pattern]');

  const entries = await options.$$eval('[data-testid="host-permissions"] [data-pattern]', (nodes) =>
    nodes.map((node) => [node.getAttribute('data-pattern'), node.getAttribute('data-granted')]),
  );
  return Object.fromEntries(entries.map(([pattern, granted]) => [pattern, granted === 'true']));
}

/** Waits until the options page shows `pattern` as granted or as not granted. */
export async function waitForHostAccess(
  options: Page,
  pattern: string,
  granted: boolean,
): Promise<void> {
  await options.waitForSelector(
    `[data-testid="host-permissions"] [data-pattern="${pattern}"][data-granted="${granted}"]`,
  );
}

/**
 * Opens the Frontpad stand-in and «Справочники → Статусы» through its menu, the way an
 * operator does. The menu items are found by their `onclick` handlers.
 */
export async function openStatuses(firefox: LaunchedFirefox, frontpadUrl: string): Promise<Page> {
  const frontpad = await firefox.browser.newPage();
  await frontpad.goto(frontpadUrl);

  await frontpad.locator('#menu > li.group').click();
  await frontpad.locator(`#menu li[onclick="menu('spr','statuses')"]`).click();
  await frontpad.waitForSelector('#content table');

  return frontpad;
}

/** Waits for the in-page panel and returns the number of statuses it reports as read. */
export async function readPanelCount(frontpad: Page): Promise<number> {
  const count = await frontpad.waitForFunction(
    (selector) => {
      const text = document.querySelector(selector)?.shadowRoot?.querySelector('.count');
      const match = /\d+/.exec(text?.textContent ?? '');
      return match ? Number(match[0]) : 0;
    },
    {},
    PANEL,
  );
  return (await count.jsonValue()) as number;
}

/** Tells whether the content script has added its panel to the page. */
export async function hasPanel(frontpad: Page): Promise<boolean> {
  return frontpad.evaluate((selector) => document.querySelector(selector) !== null, PANEL);
}

/**
 * Presses «Синхронизировать с Zenky» in the panel and returns the result line it shows. Expects
 * a panel that shows no result yet, because an earlier result would be returned at once.
 */
export async function syncFromPanel(frontpad: Page): Promise<{ ok: boolean; text: string }> {
  await frontpad.locator(`${PANEL} >>> button.sync`).click();

  const result = await frontpad.waitForFunction(
    (selector) => {
      const line = document.querySelector(selector)?.shadowRoot?.querySelector('.result');
      if (!line || !/\b(ok|error)\b/.test(line.className)) return null;

      return { ok: line.classList.contains('ok'), text: line.textContent ?? '' };
    },
    {},
    PANEL,
  );
  return (await result.jsonValue()) as { ok: boolean; text: string };
}

/** Withdraws a host permission, as the operator can in Firefox's add-on manager. */
export async function revokeHostAccess(extensionPage: Page, pattern: string): Promise<boolean> {
  return extensionPage.evaluate((origin) => {
    const { browser } = globalThis as unknown as { browser: Browser };
    return browser.permissions.remove({ origins: [origin] });
  }, pattern);
}

/** Makes the stand-in Zenky server reply to the next mapping write with 503. */
export async function failNextMappingWrite(zenkyBaseUrl: string): Promise<void> {
  const response = await fetch(`${zenkyBaseUrl}/dev/faults`, {
    method: 'POST',
    body: JSON.stringify({
      status: 503,
      path: '/v2/exchange/frontpad/status-mapping',
      method: 'PUT',
    }),
  });
  if (response.status !== 201) throw new Error(`POST /dev/faults returned ${response.status}`);
}
