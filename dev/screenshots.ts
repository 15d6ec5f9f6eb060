import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import type { Page } from 'playwright-core';

import { connectInOptions, openStatusesThroughMenu, saveWithPreview } from '../e2e/flows/steps';
import { buildLocalExtension } from '../e2e/support/build-extension';
import { launchExtension } from '../e2e/support/launch-extension';
import { startStandIns } from '../e2e/support/stand-ins';

const LOCALES = ['ru', 'en'] as const;
const SCHEMES = ['light', 'dark'] as const;

/**
 * Saves screenshots of the options page and the popup in Russian and English, light and
 * dark, after the editor was filled by suggestions and synced, into a folder it prints.
 */
async function main(): Promise<void> {
  const folder = resolve('artifacts', `screens-${new Date().toISOString().replace(/[:.]/g, '-')}`);
  // A private copy, so that another build into .output meanwhile cannot change it mid-run.
  const extensionPath = mkdtempSync(join(tmpdir(), 'zfa-screens-ext-'));
  cpSync(buildLocalExtension(), extensionPath, { recursive: true });

  for (const locale of LOCALES) {
    const standIns = await startStandIns();
    const extension = await launchExtension(extensionPath, { locale });

    try {
      const options = await connectInOptions(extension, standIns.zenky);
      const { frontpad } = await openStatusesThroughMenu(extension, standIns.frontpadAppUrl);
      await options.reload();
      await options.getByTestId('suggest').click();
      await shoot(options, `${folder}/${locale}-options-suggested-light.png`);

      await saveWithPreview(options);
      await options.locator('#webhooks-enabled').click();
      await options.locator('#webhooks-enabled:checked').waitFor();

      const popup = await extension.context.newPage();
      await popup.setViewportSize({ width: 380, height: 600 });
      await popup.goto(extension.extensionUrl('popup.html'));
      await popup.locator('main.popup').waitFor();

      // The panel refreshes by itself when the background signals the sync.
      await frontpad.locator('zenky-frontpad-assistant .result.ok').waitFor();

      for (const scheme of SCHEMES) {
        for (const page of [options, popup, frontpad])
          await page.emulateMedia({ colorScheme: scheme });
        await shoot(options, `${folder}/${locale}-options-${scheme}.png`);
        await shoot(popup, `${folder}/${locale}-popup-${scheme}.png`);
        await frontpad
          .locator('zenky-frontpad-assistant .panel')
          .screenshot({ path: `${folder}/${locale}-control-${scheme}.png` });
      }
    } finally {
      await extension.close();
      await standIns.close();
    }
  }

  console.log(`Screenshots saved in ${folder}`);
}

async function shoot(page: Page, path: string): Promise<void> {
  await page.screenshot({ path, fullPage: true });
}

main().catch((error: unknown) => {
  console.error('screenshots failed:', error instanceof Error ? error.message : error);
  process.exit(1);
});
