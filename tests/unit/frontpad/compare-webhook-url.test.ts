import { describe, expect, it } from 'vitest';

import { compareWebhookUrl, type WebhookFieldState } from '@/utils/frontpad/compare-webhook-url';

const ZENKY_URL = 'https://api.zenky.io/api/zk_hook_4f2a';

const cases: [string, string, WebhookFieldState][] = [
  ['empty value', '', 'empty'],
  ['spaces only', '   \t', 'empty'],
  ['same URL', ZENKY_URL, 'equal'],
  ['same URL with spaces around', `  ${ZENKY_URL} `, 'equal'],
  ['host in upper case', 'https://API.ZENKY.IO/api/zk_hook_4f2a', 'equal'],
  ['token in another case', 'https://api.zenky.io/api/ZK_HOOK_4F2A', 'foreign'],
  ['trailing slash', `${ZENKY_URL}/`, 'foreign'],
  ['another token', 'https://api.zenky.io/api/zk_hook_0000', 'foreign'],
  ['another service', 'https://hooks.example.org/frontpad?key=1', 'foreign'],
  ['not a URL', 'скоро настроим', 'foreign'],
];

describe('compareWebhookUrl', () => {
  it.each(cases)('%s', (_name, value, expected) => {
    expect(compareWebhookUrl(value, ZENKY_URL)).toBe(expected);
  });
});
