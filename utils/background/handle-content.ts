import type { Translate } from '@/utils/i18n/catalog';
import type { ContentRequest } from '@/utils/messages/protocol';
import type { ContentState } from '@/utils/messages/state';
import type { WebhookFieldInfo } from '@/utils/messages/webhook-field-info';
import { mergeReadWithManual } from '@/utils/mapping/merge-catalog';
import { readRecord, writeRecord } from '@/utils/storage/kv';

import { loadContentState } from './app-state';
import { handleWebhookFieldRequest } from './handle-webhook-field';

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
): Promise<ContentState | WebhookFieldInfo> {
  switch (request.type) {
    case 'frontpad/statuses-read': {
      const previous = await readRecord('catalog');
      const merged = mergeReadWithManual(
        request.read.statuses,
        previous?.statuses ?? [],
        previous?.manualCodes ?? [],
      );
      await writeRecord('catalog', {
        statuses: merged.statuses,
        warnings: request.read.warnings,
        manualCodes: merged.manualCodes,
        readAt: deps.now().toISOString(),
        pageUrl: stripQuery(pageUrl),
      });
      await deps.onCatalogChanged();
      break;
    }

    case 'frontpad/sync':
      await deps.runSync();
      break;

    case 'frontpad/get-state':
      break;

    case 'frontpad/open-options':
      await deps.openOptions();
      break;

    case 'frontpad/get-webhook-url':
    case 'frontpad/webhook-field-seen':
    case 'frontpad/webhook-field-replaced':
      return handleWebhookFieldRequest(request, deps.now);
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
