// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';

import { findWebhookField, isWebhookUrlLabel } from '@/utils/frontpad/find-webhook-field';

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

/** Returns the `name` of the input found, so a wrong match names itself in the failure. */
function foundName(html: string): string | null {
  const field = findWebhookField(parseHtml(html));
  return field ? field.getAttribute('name') : null;
}

// Each dialog variant has the Webhook url input named "hook" and other inputs named otherwise.
const foundCases: [string, string][] = [
  [
    'stand-in dialog: text, line break, input',
    `<div id="popup">
       <div class="row"><label><input type="checkbox" name="api_enabled"> Использовать API</label></div>
       <div class="row">Секретный ключ:<br><input type="text" name="secret" readonly></div>
       <div class="row">Webhook url:<br><input type="text" name="hook"></div>
     </div>`,
  ],
  [
    'label before the input, by for',
    `<label for="f1">Секретный ключ</label><input id="f1" name="secret">
     <label for="f2">Webhook url</label><input id="f2" name="hook">`,
  ],
  [
    'label with for placed far from the input',
    `<label for="wh">Webhook url</label><p>Адрес для уведомлений о статусах</p>
     <div><input id="wh" name="hook" type="url"></div>`,
  ],
  ['label around the input', `<label>Webhook url: <input name="hook"></label>`],
  [
    'inside a table row',
    `<table>
       <tr><td>Секретный ключ</td><td><input name="secret"></td></tr>
       <tr><td>Webhook url</td><td><input name="hook"></td></tr>
     </table>`,
  ],
  [
    'table row with th and a wrapped input',
    `<table><tbody>
       <tr><th scope="row">Webhook URL:</th><td><div class="f"><span><input name="hook"></span></div></td></tr>
     </tbody></table>`,
  ],
  [
    'label block in front of the field block',
    `<div class="form">
       <div class="label">Webhook url</div><div class="field"><input name="hook"></div>
     </div>`,
  ],
  ['label in a span on the same line', `<div><span>Webhook url</span> <input name="hook"></div>`],
  ['label split over inline markup', `<div><b>Webhook</b> url: <input name="hook"></div>`],
  ['upper case and extra spaces', `<div>  WEBHOOK    URL  :<br/> <input name="hook"></div>`],
  ['no-break space', `<div>Webhook\u00a0url<br><input name="hook"></div>`],
  ['hyphen between the words', `<div>Webhook-URL<br><input name="hook"></div>`],
  ['no space between the words', `<div>WebhookUrl:<br><input name="hook"></div>`],
  ['required-field asterisk', `<div>Webhook url *<br><input name="hook"></div>`],
  ['aria-label only', `<input name="other"><input name="hook" aria-label="Webhook url">`],
  ['type attribute in upper case', `<div>Webhook url<br><input type="URL" name="hook"></div>`],
  [
    'second of two inputs on one line',
    `<div>Секретный ключ: <input name="secret"> Webhook url: <input name="hook"></div>`,
  ],
  [
    'first input after a shared label',
    `<div>Webhook url</div><div><input name="hook"></div><div><input name="extra"></div>`,
  ],
];

const notFoundCases: [string, string][] = [
  ['no fields at all', `<p>Webhook url</p>`],
  [
    'other fields only',
    `<div>Секретный ключ:<br><input name="secret"></div><div>Телефон:<br><input name="phone"></div>`,
  ],
  ['checkbox with the label', `<label><input type="checkbox" name="hook"> Webhook url</label>`],
  ['hidden input with the label', `<div>Webhook url<br><input type="hidden" name="hook"></div>`],
  ['label with more words', `<div>Webhook url для заказов<br><input name="hook"></div>`],
  [
    'id and name only, no label',
    `<div>Адрес:<br><input id="webhook_url" name="webhook_url"></div>`,
  ],
  ['label after the input', `<div><input name="hook"> Webhook url</div>`],
  ['field inside a template', `<template><div>Webhook url<br><input name="hook"></div></template>`],
  [
    'another field in front of it',
    `<div>Webhook url</div><div><input type="checkbox" name="first"><input name="hook"></div>`,
  ],
];

describe('findWebhookField', () => {
  it.each(foundCases)('finds the field: %s', (_name, html) => {
    expect(foundName(html)).toBe('hook');
  });

  it.each(notFoundCases)('finds nothing: %s', (_name, html) => {
    expect(foundName(html)).toBeNull();
  });

  it('searches only under the given root', () => {
    const document = parseHtml(
      `<div id="a">Webhook url<br><input name="outside"></div><div id="b"><input name="x"></div>`,
    );

    expect(findWebhookField(document.getElementById('b')!)).toBeNull();
  });

  it('returns the first of two matches', () => {
    const html = `<div>Webhook url<br><input name="hook"></div><div>Webhook url<br><input name="again"></div>`;

    expect(foundName(html)).toBe('hook');
  });
});

describe('isWebhookUrlLabel', () => {
  it.each(['Webhook url', 'Webhook url:', ' webhook  URL : ', 'WEBHOOK_URL', 'webhookurl'])(
    'accepts %j',
    (text) => {
      expect(isWebhookUrlLabel(text)).toBe(true);
    },
  );

  it.each(['', 'Webhook', 'url', 'Webhook url 2', 'Hook url', 'Webhook urls', 'Секретный ключ'])(
    'rejects %j',
    (text) => {
      expect(isWebhookUrlLabel(text)).toBe(false);
    },
  );
});
