import { browser } from 'wxt/browser';

import type { Translate } from '@/utils/i18n/catalog';

// WXT types getMessage's key as the union of known keys, but callers here pass keys as
// strings. A unit test checks that every key used in the code exists in both locales.
const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string[]) => string;

/** Translates through the browser's `_locales` catalogs; an unknown key returns the key. */
export const t: Translate = (key, substitutions) => {
  const text = getMessage(key, substitutions?.map(String));
  return text === '' ? key : text;
};
