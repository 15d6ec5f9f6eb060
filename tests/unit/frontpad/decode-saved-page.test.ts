import { describe, expect, it } from 'vitest';

import { decodeSavedPage } from '@/utils/frontpad/decode-saved-page';

// «Новый» in windows-1251.
const NEW_IN_CP1251 = [0xcd, 0xee, 0xe2, 0xfb, 0xe9];

function ascii(text: string): number[] {
  return Array.from(text, (character) => character.charCodeAt(0));
}

function page(head: string, body: number[]): Uint8Array {
  return new Uint8Array([...ascii(`<html><head>${head}</head><body>`), ...body]);
}

describe('decodeSavedPage', () => {
  it('reads meta charset', () => {
    const bytes = page('<meta charset="windows-1251">', NEW_IN_CP1251);

    expect(decodeSavedPage(bytes)).toContain('<body>Новый');
  });

  it('reads http-equiv charset', () => {
    const bytes = page(
      '<meta http-equiv="Content-Type" content="text/html; charset=Windows-1251">',
      NEW_IN_CP1251,
    );

    expect(decodeSavedPage(bytes)).toContain('<body>Новый');
  });

  it('defaults to UTF-8', () => {
    const bytes = new TextEncoder().encode('<html><body>Новый</body></html>');

    expect(decodeSavedPage(bytes)).toContain('<body>Новый');
  });

  it('follows the UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('<meta charset="windows-1251">Новый'),
    ]);

    expect(decodeSavedPage(bytes)).toBe('<meta charset="windows-1251">Новый');
  });

  it('falls back on unknown labels', () => {
    const bytes = new TextEncoder().encode('<meta charset="klingon">Новый');

    expect(decodeSavedPage(bytes)).toBe('<meta charset="klingon">Новый');
  });

  it('reads UTF-16 labels as UTF-8', () => {
    const bytes = new TextEncoder().encode('<meta charset="utf-16">Новый');

    expect(decodeSavedPage(bytes)).toBe('<meta charset="utf-16">Новый');
  });
});
