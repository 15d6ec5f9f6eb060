/**
 * Prints the Frontpad order statuses read from a saved page as one line of JSON:
 * `{"statuses":[{"code":1,"name":"Новый"},…],"warnings":["…"]}`, with warnings as operator
 * sentences. Run: npm run scrape -- PAGE.html [--lang ru|en]
 *
 * Exit codes: 0 on success, 1 when the page has no statuses table (the localized error goes
 * to stderr), 2 on a usage error or a file that cannot be read, 3 on any other error.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

import { Window } from 'happy-dom';

import enCatalog from '@/public/_locales/en/messages.json';
import ruCatalog from '@/public/_locales/ru/messages.json';
import { decodeSavedPage } from '@/utils/frontpad/decode-saved-page';
import { describeWarning } from '@/utils/frontpad/describe-warning';
import { parseSavedPage } from '@/utils/frontpad/parse-saved-page';
import { StatusesTableNotFoundError } from '@/utils/frontpad/statuses-table-not-found-error';
import { translatorFromCatalog, type MessageCatalog } from '@/utils/i18n/catalog';

const CATALOGS: Record<string, MessageCatalog> = { ru: ruCatalog, en: enCatalog };

const USAGE = `Usage: npm run scrape -- PAGE.html [--lang ru|en]
Reads the Frontpad statuses table from a saved HTML page and prints it as one line of JSON.
  --lang  language of warnings and errors: ru (default) or en`;

async function main(): Promise<number> {
  let path: string;
  let lang: string;

  try {
    const { values, positionals } = parseArgs({
      options: { lang: { type: 'string', default: 'ru' } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) throw new Error('expected exactly one page path');
    if (!(values.lang in CATALOGS)) {
      throw new Error(`invalid --lang "${values.lang}", expected ru or en`);
    }

    path = positionals[0] as string;
    lang = values.lang;
  } catch (error) {
    console.error(`Invalid arguments: ${(error as Error).message}.\n${USAGE}`);
    return 2;
  }

  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    console.error(
      `Failed to read the page "${path}": ${(error as Error).message}. ` +
        'Pass the path of an HTML file saved from Frontpad, e.g. dev/frontpad/app.html.',
    );
    return 2;
  }

  const translate = translatorFromCatalog(CATALOGS[lang] as MessageCatalog);
  const window = createInertWindow();

  try {
    const document = new window.DOMParser().parseFromString(decodeSavedPage(bytes), 'text/html');
    // happy-dom's Document implements the DOM interfaces the parser uses.
    const read = parseSavedPage(document as unknown as Document);
    const warnings = read.warnings.map((warning) => describeWarning(warning, translate));

    process.stdout.write(`${JSON.stringify({ statuses: read.statuses, warnings })}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof StatusesTableNotFoundError)) throw error;

    console.error(translate('errorNoStatusesTable'));
    return 1;
  } finally {
    await window.happyDOM.close();
  }
}

/** Creates a happy-dom window that runs no page scripts and loads nothing over the network. */
function createInertWindow(): Window {
  return new Window({
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      enableImageFileLoading: false,
      enableIframePageLoading: false,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
      // Every request gets a local 403 response without reaching the network.
      fetch: {
        interceptor: {
          beforeAsyncRequest: async ({ window }) => new window.Response(null, { status: 403 }),
          beforeSyncRequest: ({ window }) => ({
            status: 403,
            statusText: 'Forbidden',
            ok: false,
            url: '',
            redirected: false,
            headers: new window.Headers(),
            body: null,
          }),
        },
      },
    },
  });
}

process.exitCode = await main().catch((error: unknown) => {
  console.error('Failed to read statuses from the page:', error);
  return 3;
});
