import type { Locator, Page } from 'playwright-core';

import type { LaunchedExtension } from '../support/launch-extension';

interface BadgeApi {
  getBadgeText: (details: object) => Promise<string>;
}

export interface ZenkyAccess {
  baseUrl: string;
  storeId: string;
  token: string;
}

/** Opens the options page, enters the connection, checks it and saves it. */
export async function connectInOptions(
  extension: LaunchedExtension,
  zenky: ZenkyAccess,
): Promise<Page> {
  const options = await extension.context.newPage();
  await options.goto(extension.extensionUrl('options.html'));
  await options.fill('#base-url', zenky.baseUrl);
  await options.fill('#store-id', zenky.storeId);
  await options.fill('#token', zenky.token);
  const result = options.locator('[data-testid="connection-result"]');
  await options.getByTestId('connection-test').click();
  await options.locator('[data-testid="connection-result"].ok').waitFor();
  const tested = await result.textContent();

  await options.getByTestId('connection-save').click();
  await options.waitForFunction((previous) => {
    const element = document.querySelector('[data-testid="connection-result"]');
    return element?.classList.contains('ok') && element.textContent !== previous;
  }, tested);

  return options;
}

/** Opens Frontpad and «Справочники → Статусы» through its menu; returns the in-page panel. */
export async function openStatusesThroughMenu(
  extension: LaunchedExtension,
  frontpadUrl: string,
): Promise<{ frontpad: Page; control: Locator }> {
  const frontpad = await extension.context.newPage();
  await frontpad.goto(frontpadUrl);
  await frontpad.locator('#menu li.group', { hasText: 'Справочники' }).click();
  await frontpad.locator('#menu li', { hasText: /^Статусы$/ }).click();

  const control = frontpad.locator('zenky-frontpad-assistant');
  await control.locator('.count').filter({ hasText: /\d/ }).waitFor();

  return { frontpad, control };
}

/** Presses «Сохранить и синхронизировать», confirms the preview and waits for the result. */
export async function saveWithPreview(options: Page): Promise<void> {
  await options.getByTestId('save-and-sync').click();
  await options.getByTestId('preview').waitFor();
  await options.getByTestId('preview-confirm').click();
  await options.getByTestId('preview').waitFor({ state: 'detached' });
}

/** Reads the toolbar badge text through the extension's service worker. */
export async function readBadgeText(extension: LaunchedExtension): Promise<string> {
  const worker = extension.context.serviceWorkers()[0];
  if (!worker) throw new Error('The extension has no running service worker');

  // The worker's global is the extension's, where `chrome.action` exists; Node's types lack it.
  return worker.evaluate(() => {
    const api = (globalThis as unknown as { chrome: { action: BadgeApi } }).chrome;
    return api.action.getBadgeText({});
  });
}
