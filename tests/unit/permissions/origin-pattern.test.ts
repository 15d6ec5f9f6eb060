import { describe, expect, it } from 'vitest';

import { isCoveredBy, originPattern } from '@/utils/permissions/origin-pattern';

describe('originPattern', () => {
  it.each([
    ['https://api.zenky.io', 'https://api.zenky.io/*'],
    ['https://api.zenky.io/', 'https://api.zenky.io/*'],
    ['https://host.example/zenky/v2?x=1#y', 'https://host.example/*'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1/*'],
    ['https://API.Zenky.IO:8443', 'https://api.zenky.io/*'],
  ])('%s gives %s', (url, pattern) => {
    expect(originPattern(url)).toBe(pattern);
  });

  it.each(['ftp://files.example/', 'not a url', '', 'moz-extension://abc/options.html'])(
    'rejects %j',
    (url) => {
      expect(originPattern(url)).toBeNull();
    },
  );
});

describe('isCoveredBy', () => {
  it.each([
    ['https://api.zenky.io/*', ['https://api.zenky.io/*'], true],
    ['https://api.zenky.io/*', ['https://*/*'], true],
    ['https://api.zenky.io/*', ['*://*/*'], true],
    ['https://api.zenky.io/*', ['https://*.zenky.io/*'], true],
    ['https://zenky.io/*', ['https://*.zenky.io/*'], true],
    ['https://evilzenky.io/*', ['https://*.zenky.io/*'], false],
    ['http://api.zenky.io/*', ['https://*/*'], false],
    ['http://127.0.0.1/*', ['https://*/*', 'http://127.0.0.1/*'], true],
    ['https://app.frontpad.ru/*', ['https://api.zenky.io/*'], false],
    ['https://app.frontpad.ru/*', [], false],
    ['https://app.frontpad.ru/path', ['https://*/*'], false],
  ] as const)('%s in %j is %s', (pattern, grants, covered) => {
    expect(isCoveredBy(pattern, grants)).toBe(covered);
  });
});
