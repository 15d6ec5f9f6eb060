import { fakeBrowser } from 'wxt/testing';

import ruCatalog from '@/public/_locales/ru/messages.json';
import { translatorFromCatalog } from '@/utils/i18n/catalog';

/**
 * Makes `fakeBrowser.i18n.getMessage` read the Russian catalog, as a browser with a Russian UI
 * does, so that components render the operator's text. `utils/i18n/t.ts` keeps a reference to
 * `getMessage` when it is first imported, so call this from `vi.hoisted`, before any import of
 * a component.
 */
export function useRussianMessages(): void {
  const translate = translatorFromCatalog(ruCatalog);

  // Browsers return '' for a key missing from the catalog, and t() then shows the key.
  fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | string[]) => {
    if (!(key in ruCatalog)) return '';

    const values = typeof substitutions === 'string' ? [substitutions] : substitutions;
    return translate(key, values);
  };
}
