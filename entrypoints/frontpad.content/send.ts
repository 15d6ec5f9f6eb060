import { browser } from 'wxt/browser';

import { t } from '@/utils/i18n/t';
import type { ContentRequest } from '@/utils/messages/protocol';
import type { ContentState, Reply } from '@/utils/messages/state';

/**
 * Sends a request to the background. After the extension is updated or reloaded, the old
 * content script can no longer reach it ("Extension context invalidated"); that is reported
 * as a reply asking the operator to reload the page.
 */
export async function sendToBackground<T = ContentState>(
  request: ContentRequest,
): Promise<Reply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply;

    return { ok: false, error: { code: 'no_reply', message: t('errorNoReply') } };
  } catch {
    return { ok: false, error: { code: 'context_invalidated', message: t('errorReloadPage') } };
  }
}
