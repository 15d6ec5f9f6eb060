import type { Translate } from '@/utils/i18n/catalog';
import type { ContentRequest } from '@/utils/messages/protocol';
import type { ContentState } from '@/utils/messages/state';
import { writeRecord } from '@/utils/storage/kv';

import { loadContentState } from './app-state';

export interface ContentHandlerDeps {
  runSync: () => Promise<unknown>;
  onCatalogChanged: () => Promise<void>;
  openOptions: () => Promise<void>;
  now: () => Date;
  t: Translate;
}

/** Carries out a request from the Frontpad content script; `pageUrl` comes from the sender. */
export async function handleContentRequest(
  request: ContentRequest,
  pageUrl: string,
  deps: ContentHandlerDeps,
): Promise<ContentState> {
  switch (request.type) {
    case 'frontpad/statuses-read':
      await writeRecord('catalog', {
        ...request.read,
        readAt: deps.now().toISOString(),
        pageUrl: stripQuery(pageUrl),
      });
      await deps.onCatalogChanged();
      break;

    case 'frontpad/sync':
      await deps.runSync();
      break;

    case 'frontpad/get-state':
      break;

    case 'frontpad/open-options':
      await deps.openOptions();
      break;
  }

  return loadContentState(deps.t);
}

/** Keeps only origin and path, so no order data from a query string is stored. */
function stripQuery(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.origin}${parsed.pathname}`;
  } catch {
    return '';
  }
}
