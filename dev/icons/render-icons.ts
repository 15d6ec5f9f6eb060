/**
 * Renders dev/icons/icon.svg into public/icon/<size>.png with Debian's Chromium, at the sizes
 * the browsers and the stores use: 16 and 32 for the toolbar, 48 and 96 for the extension
 * pages of Chrome and Firefox, 128 for the Chrome Web Store and the install dialog.
 * WXT finds public/icon/<size>.png and lists the files under `icons` in the manifest.
 *
 * Usage: npm run icons
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { chromium } from 'playwright-core';

import { findChromium } from '../../e2e/support/find-chromium';

const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/**
 * Transparent margin around the artwork, in pixels. The Chrome Web Store recommends a 128 px
 * icon whose artwork is 96 px; at toolbar sizes every pixel goes to the artwork.
 */
const PADDING: Record<number, number> = { 16: 0, 32: 0, 48: 1, 96: 3, 128: 16 };

async function renderIcons(): Promise<void> {
  const svg = readFileSync(resolve('dev/icons/icon.svg'));
  const source = `data:image/svg+xml;base64,${svg.toString('base64')}`;
  const outDir = resolve('public/icon');
  mkdirSync(outDir, { recursive: true });

  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu'],
  });

  try {
    for (const size of ICON_SIZES) {
      const padding = PADDING[size] ?? 0;
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      const artwork = size - 2 * padding;
      await page.setContent(
        `<body style="margin:0;background:transparent">` +
          `<img src="${source}" width="${artwork}" height="${artwork}" ` +
          `style="display:block;margin:${padding}px"></body>`,
      );
      await page.locator('img').evaluate((image: HTMLImageElement) => image.decode());

      const path = join(outDir, `${size}.png`);
      await page.screenshot({ path, omitBackground: true });
      await page.close();
      console.log(`icons: ${path}`);
    }
  } finally {
    await browser.close();
  }
}

await renderIcons();
