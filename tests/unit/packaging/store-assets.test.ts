import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import type { MessageCatalog } from '@/utils/i18n/catalog';

const ROOT = join(__dirname, '../../..');

/** Sizes that npm run icons renders; WXT lists public/icon/<size>.png in the manifest. */
const ICON_SIZES = [16, 32, 48, 96, 128];

/** addons-linter 10.13.0's manifest schema caps `name` at 45 characters. */
const MAX_NAME_LENGTH = 45;

/** The Chrome Web Store caps the manifest `description` at 132 characters. */
const MAX_DESCRIPTION_LENGTH = 132;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function readCatalog(locale: string): MessageCatalog {
  const path = join(ROOT, 'public/_locales', locale, 'messages.json');
  return JSON.parse(readFileSync(path, 'utf8')) as MessageCatalog;
}

/** Returns a PNG's width and height from its IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  if (!bytes.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error(`${path} is not a PNG`);

  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('icons', () => {
  it.each(ICON_SIZES)('%i px is a square PNG of that size', (size) => {
    const { width, height } = pngSize(join(ROOT, 'public/icon', `${size}.png`));

    expect(width).toBe(size);
    expect(height).toBe(size);
  });
});

describe.each(['ru', 'en'])('%s store listing', (locale) => {
  const catalog = readCatalog(locale);

  it('has a name the stores accept', () => {
    const name = catalog.extName?.message ?? '';

    expect(name.length).toBeGreaterThanOrEqual(2);
    expect(name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
  });

  it('has a description the stores accept', () => {
    const description = catalog.extDescription?.message ?? '';

    expect(description.length).toBeGreaterThan(0);
    expect(description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH);
  });
});
