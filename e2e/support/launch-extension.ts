import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium, type BrowserContext } from 'playwright-core';

import { findChromium } from './find-chromium';

const LINUX_LOCALES: Record<string, string> = { ru: 'ru_RU.UTF-8', en: 'en_US.UTF-8' };

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  extensionUrl: (path: string) => string;
  close: () => Promise<void>;
}

export interface LaunchOptions {
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /**
   * Profile folder to start with, such as one a closed browser left. Without it a new profile
   * is made and `close()` deletes it; a given folder is kept.
   */
  userDataDir?: string;
  /** More Chromium command-line flags, such as `--host-resolver-rules` for the benchmark. */
  extraArgs?: string[];
}

/**
 * Starts headless Chromium with the built extension, on a new profile unless one is given.
 * The flags turn off Chromium's own network traffic, which this machine's closed network
 * refuses.
 */
export async function launchExtension(
  extensionPath: string,
  options: LaunchOptions = {},
): Promise<LaunchedExtension> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'zfa-chromium-'));
  const locale = options.locale ?? 'ru';

  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    locale,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
    // Chromium on Linux takes its UI language, and so the extension's locale, from LANGUAGE
    // and LANG; `--lang` works on Windows only.
    env: { ...process.env, LANGUAGE: locale, LANG: LINUX_LOCALES[locale] ?? 'en_US.UTF-8' },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      `--lang=${locale}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(options.extraArgs ?? []),
    ],
  });

  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    close: async () => {
      await context.close();
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
