import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import type { MessageCatalog } from '@/utils/i18n/catalog';
import { ORDER_STATUS_KINDS } from '@/utils/zenky/schemas';

const ROOT = join(__dirname, '../../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'utils'];
const LOCALES = ['ru', 'en'] as const;

/** A literal key passed to `t(…)` or `translate(…)`, also across a line break. */
const KEY_CALL_PATTERN = /\b(?:t|translate)\(\s*['"]([A-Za-z0-9_@]+)['"]/g;

function readCatalog(locale: string): MessageCatalog {
  const path = join(ROOT, 'public/_locales', locale, 'messages.json');
  return JSON.parse(readFileSync(path, 'utf8')) as MessageCatalog;
}

function listSourceFiles(): string[] {
  return SOURCE_DIRS.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => join(ROOT, dir, file)),
  );
}

function findUsedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of listSourceFiles()) {
    for (const match of readFileSync(file, 'utf8').matchAll(KEY_CALL_PATTERN)) {
      keys.add(match[1]!);
    }
  }

  for (const kind of ORDER_STATUS_KINDS) keys.add(`kind_${kind}`);
  return keys;
}

/** Returns the positional placeholders (`$1`…`$9`) of a message. */
function positionalPlaceholders(message: string): string[] {
  return [...new Set(message.match(/\$\d/g) ?? [])].sort();
}

const catalogs = { ru: readCatalog('ru'), en: readCatalog('en') };
const usedKeys = [...findUsedKeys()].sort();

describe('key scan', () => {
  it('finds keys of known callers', () => {
    expect(usedKeys).toEqual(
      expect.arrayContaining(['extName', 'optionsTitle', 'actionSync', 'warningNoRows']),
    );
  });

  it('finds more than 60 keys', () => {
    expect(usedKeys.length).toBeGreaterThan(60);
  });
});

describe.each(LOCALES)('%s locale', (locale) => {
  const catalog = catalogs[locale];

  it.each(usedKeys)('has %s', (key) => {
    expect(catalog[key]).toBeDefined();
  });

  it.each(Object.keys(catalog))('%s is not empty', (key) => {
    expect(catalog[key]?.message.trim()).not.toBe('');
  });
});

describe('ru and en', () => {
  it('have the same keys', () => {
    expect(Object.keys(catalogs.en).sort()).toEqual(Object.keys(catalogs.ru).sort());
  });

  it.each(Object.keys(catalogs.ru))('%s keeps its placeholders in en', (key) => {
    const ruPlaceholders = positionalPlaceholders(catalogs.ru[key]!.message);
    const enMessage = catalogs.en[key]?.message ?? '';

    expect(positionalPlaceholders(enMessage)).toEqual(expect.arrayContaining(ruPlaceholders));
  });
});
