import type { Runtime } from 'webextension-polyfill';

import type { Translate } from '@/utils/i18n/catalog';
import { contentRequestSchema, pageRequestSchema } from '@/utils/messages/protocol';
import type { Reply } from '@/utils/messages/state';
import { logger } from '@/utils/logger';

import { handleContentRequest, type ContentHandlerDeps } from './handle-content';
import { handlePageRequest, ReplyFailure, type PageHandlerDeps } from './handle-page';
import { pageMaySend } from './page-access';
import type { SenderKind } from './sender';

/**
 * Validates a message against the schema for its sender and runs its handler. Every outcome
 * is a `Reply`, so callers never see a rejected promise or an unlocalized error.
 */
export async function dispatchMessage(
  message: unknown,
  sender: Runtime.MessageSender,
  senderKind: SenderKind,
  deps: PageHandlerDeps & ContentHandlerDeps,
): Promise<Reply<unknown>> {
  const { t } = deps;

  if (senderKind === 'rejected') {
    // Only the origin: the rest of a page's URL may carry order numbers or customer data.
    logger.warn('Rejected a message from an unexpected sender', originOf(sender.url) ?? sender.id);
    return fail('rejected_sender', t('errorRejectedSender'));
  }

  try {
    if (senderKind === 'options-page' || senderKind === 'extension-page') {
      const parsed = pageRequestSchema.safeParse(message);
      if (!parsed.success) return invalidMessage(parsed.error.issues[0], t);

      if (!pageMaySend(parsed.data, senderKind)) {
        logger.warn('Rejected a connection request from a page other than the options page');
        return fail('rejected_sender', t('errorRejectedSender'));
      }

      return { ok: true, value: await handlePageRequest(parsed.data, deps) };
    }

    const parsed = contentRequestSchema.safeParse(message);
    if (!parsed.success) return invalidMessage(parsed.error.issues[0], t);

    return { ok: true, value: await handleContentRequest(parsed.data, sender.url ?? '', deps) };
  } catch (error) {
    if (error instanceof ReplyFailure) return { ok: false, error: error.reply };

    logger.error('Message handler failed', error);
    return fail('internal', internalMessage(error, t));
  }
}

function invalidMessage(
  issue: { path: PropertyKey[]; message: string } | undefined,
  t: Translate,
): Reply<never> {
  const path = issue?.path.map(String).join('.') || '-';
  logger.warn('Rejected an invalid message', path, issue?.message);

  return fail('invalid_message', t('errorInvalidMessage', [path]));
}

function fail(code: string, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

function internalMessage(error: unknown, t: Translate): string {
  const detail = error instanceof Error ? error.message : String(error);
  return t('errorInternal', [detail]);
}

function originOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;

  try {
    return new URL(url).origin;
  } catch {
    return '(unparsable URL)';
  }
}
