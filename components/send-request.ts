import { browser } from 'wxt/browser';

import { t } from '@/utils/i18n/t';
import type { PageRequest } from '@/utils/messages/protocol';
import type { Reply } from '@/utils/messages/state';

/** Sends a request to the background and returns its reply, never a rejected promise. */
export async function sendRequest<T>(request: PageRequest): Promise<Reply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
    if (reply && typeof reply === 'object' && 'ok' in reply) return reply;

    return { ok: false, error: { code: 'no_reply', message: t('errorNoReply') } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'no_reply', message: t('errorInternal', [detail]) } };
  }
}
