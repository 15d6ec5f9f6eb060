import type { Runtime, Tabs } from 'webextension-polyfill';
import { describe, expect, it } from 'vitest';

import { classifySender, type SenderKind } from '@/utils/background/sender';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const OTHER_EXTENSION_ID = 'ponmlkjihgfedcbaponmlkjihgfedcba';

const TAB: Tabs.Tab = {
  id: 7,
  index: 0,
  highlighted: true,
  active: true,
  pinned: false,
  incognito: false,
};

/** Builds a sender with this extension's id. */
function sender(fields: Partial<Runtime.MessageSender>): Runtime.MessageSender {
  return { id: EXTENSION_ID, ...fields };
}

/** Builds a content script sender: a tab showing `url` and a frame id. */
function fromTab(url: string, frameId = 0): Runtime.MessageSender {
  return sender({ url, tab: { ...TAB, url }, frameId });
}

describe('classifySender', () => {
  const cases: [string, Runtime.MessageSender, boolean, SenderKind][] = [
    ['popup', sender({ url: `${EXTENSION_ORIGIN}popup.html` }), false, 'extension-page'],
    ['options in a tab', fromTab(`${EXTENSION_ORIGIN}options.html`), false, 'options-page'],
    [
      'options with a hash',
      sender({ url: `${EXTENSION_ORIGIN}options.html#x` }),
      false,
      'options-page',
    ],
    [
      'popup dressed as options',
      sender({ url: `${EXTENSION_ORIGIN}popup.html?options.html` }),
      false,
      'extension-page',
    ],
    [
      'options path walked back',
      sender({ url: `${EXTENSION_ORIGIN}options.html/../popup.html` }),
      false,
      'extension-page',
    ],
    ['Frontpad tab', fromTab('https://app.frontpad.ru/'), false, 'frontpad-tab'],
    [
      'Frontpad tab with query',
      fromTab('https://app.frontpad.ru/?page=statuses#x'),
      false,
      'frontpad-tab',
    ],
    ['Frontpad frame', fromTab('https://app.frontpad.ru/frame.php', 2), false, 'frontpad-tab'],
    ['Frontpad tab with stand-ins on', fromTab('https://app.frontpad.ru/'), true, 'frontpad-tab'],
    ['Frontpad URL without a tab', sender({ url: 'https://app.frontpad.ru/' }), false, 'rejected'],
    ['Frontpad over http', fromTab('http://app.frontpad.ru/'), false, 'rejected'],
    ['Frontpad subdomain', fromTab('https://www.app.frontpad.ru/'), false, 'rejected'],
    ['lookalike host frame', fromTab('https://app.frontpad.ru.evil.test/', 3), false, 'rejected'],
    [
      'lookalike host with stand-ins on',
      fromTab('https://app.frontpad.ru.evil.test/'),
      true,
      'rejected',
    ],
    ['Frontpad as user info', fromTab('https://app.frontpad.ru@evil.test/'), false, 'rejected'],
    [
      'Frontpad in the query',
      fromTab('https://evil.test/?u=https://app.frontpad.ru/'),
      false,
      'rejected',
    ],
    ['another origin', fromTab('https://example.test/'), false, 'rejected'],
    ['stand-in with stand-ins on', fromTab('http://127.0.0.1:8788/app.html'), true, 'frontpad-tab'],
    ['stand-in without port', fromTab('http://127.0.0.1/app.html'), true, 'frontpad-tab'],
    ['stand-in with stand-ins off', fromTab('http://127.0.0.1:8788/app.html'), false, 'rejected'],
    ['stand-in over https', fromTab('https://127.0.0.1:8788/app.html'), true, 'rejected'],
    ['localhost with stand-ins on', fromTab('http://localhost:8788/app.html'), true, 'rejected'],
    ['unparsable URL', fromTab('not a url'), false, 'rejected'],
    ['missing URL', sender({ tab: TAB, frameId: 0 }), false, 'rejected'],
    ['missing id', { url: `${EXTENSION_ORIGIN}popup.html` }, false, 'rejected'],
    [
      'another extension page',
      sender({
        id: OTHER_EXTENSION_ID,
        url: `chrome-extension://${OTHER_EXTENSION_ID}/popup.html`,
      }),
      false,
      'rejected',
    ],
    [
      'another extension on Frontpad',
      { ...fromTab('https://app.frontpad.ru/'), id: OTHER_EXTENSION_ID },
      false,
      'rejected',
    ],
    [
      'page of an extension sharing the prefix',
      sender({ url: `chrome-extension://${EXTENSION_ID}x/popup.html` }),
      false,
      'rejected',
    ],
  ];

  it.each(cases)('%s', (_name, messageSender, localStandins, expected) => {
    const kind = classifySender(messageSender, EXTENSION_ID, EXTENSION_ORIGIN, localStandins);

    expect(kind).toBe(expected);
  });

  it('Firefox extension page', () => {
    const origin = 'moz-extension://0b7c2a52-4f0a-4d7e-9a3e-2f0d6c1e9b11/';
    const messageSender = sender({ url: `${origin}popup.html` });

    expect(classifySender(messageSender, EXTENSION_ID, origin, false)).toBe('extension-page');
  });
});
