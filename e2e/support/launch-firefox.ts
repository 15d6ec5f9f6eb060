import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import puppeteer, { type Browser, type Page } from 'puppeteer-core';

import { findFirefox } from './find-firefox';

export interface LaunchedFirefox {
  browser: Browser;
  extensionUrl: (path: string) => string;
  /** Opens an extension page, such as `options.html`, in a new tab. */
  openExtensionPage: (path: string) => Promise<Page>;
  close: () => Promise<void>;
}

/**
 * Starts headless Firefox with the built extension installed as a temporary add-on, the way
 * about:debugging and `web-ext run` install it.
 *
 * Puppeteer starts Firefox and drives it over WebDriver BiDi, and BiDi's `webExtension.install`
 * installs the add-on. `web-ext run` is not used here: web-ext 10.7.0 writes string prefs
 * through firefox-profile 4.7.1 without escaping quotes, so the JSON value of
 * `extensions.webextensions.uuids` arrives broken and the add-on gets a random UUID. A fixed
 * UUID is what lets the test open `moz-extension://<uuid>/options.html`.
 */
export async function launchFirefoxExtension(
  extensionPath: string,
  options: { locale?: string } = {},
): Promise<LaunchedFirefox> {
  const addonId = readGeckoId(extensionPath);
  const uuid = randomUUID();

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    // Without it, Firefox's WebDriver BiDi refuses to navigate to moz-extension: URLs.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      // Firefox uses a requested locale only when its language pack is installed
      // (Debian's firefox-esr-l10n-ru); otherwise the UI, and the extension, stay in English.
      'intl.locale.requested': options.locale ?? 'ru',
      // permissions.request() then grants at once instead of showing a doorhanger that
      // nothing in a headless run could accept.
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });

  try {
    await browser.installExtension(extensionPath);
  } catch (error) {
    await browser.close();
    throw error;
  }

  const extensionUrl = (path: string) => `moz-extension://${uuid}/${path}`;

  return {
    browser,
    extensionUrl,
    openExtensionPage: async (path) => {
      const page = await browser.newPage();
      // Firefox sends no BiDi load events for moz-extension: pages, so waiting for one would
      // time out. Callers wait for the element they need instead.
      await page.goto(extensionUrl(path), { waitUntil: [] });
      return page;
    },
    close: () => browser.close(),
  };
}

function readGeckoId(extensionPath: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionPath, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) {
    throw new Error(`${extensionPath}/manifest.json has no browser_specific_settings.gecko.id`);
  }
  return id;
}
