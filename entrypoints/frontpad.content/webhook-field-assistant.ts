import { findWebhookField } from '@/utils/frontpad/find-webhook-field';

import { startWebhookFieldSession, type WebhookFieldSession } from './webhook-field-session';

/** Frontpad fills a dialog in several steps, so the field is searched once the DOM is quiet. */
const SETTLE_MS = 150;

const ELEMENT_NODE = 1;

/**
 * Watches Frontpad pages for the «Webhook url» field of «API (подключение интернет-магазина)»,
 * which opens in a dialog after a delay, and shows the extension's hint under it. The page is
 * searched only after nodes containing an input were added, or after the field went away.
 * Returns a function that stops watching and removes the hint.
 */
export function startWebhookFieldAssistant(): () => void {
  let session: WebhookFieldSession | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    timer = undefined;
    const field = findWebhookField(document);
    if (session && session.field === field && session.isAlive()) return;

    session?.end();
    session = field ? startWebhookFieldSession(field) : null;
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(check, SETTLE_MS);
  };

  const observer = new MutationObserver((records) => {
    if (session && !session.isAlive()) schedule();
    else if (records.some(addsInput)) schedule();
  });

  observer.observe(document.body, { childList: true, subtree: true });
  schedule();

  return () => {
    observer.disconnect();
    clearTimeout(timer);
    session?.end();
    session = null;
  };
}

function addsInput(record: MutationRecord): boolean {
  for (const node of record.addedNodes) {
    if (node.nodeType !== ELEMENT_NODE) continue;

    const element = node as Element;
    if (element.localName === 'input' || element.getElementsByTagName('input').length > 0) {
      return true;
    }
  }

  return false;
}
