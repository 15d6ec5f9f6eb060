import { compareWebhookUrl, MAX_WEBHOOK_URL_LENGTH } from '@/utils/frontpad/compare-webhook-url';
import { truncateText } from '@/utils/frontpad/normalize-text';
import type { WebhookFieldInfo } from '@/utils/messages/webhook-field-info';

import { fillInput } from './fill-input';
import { sendToBackground } from './send';
import { createWebhookFieldPanel, type WebhookFieldView } from './webhook-field-panel';

/** Operators type into the field, so its value is reported once typing has paused this long. */
const REPORT_DELAY_MS = 500;

/**
 * Frontpad may set the field's value from a script after the dialog opens, which fires no
 * event. So the value is compared again at this interval while the field is on the page.
 */
const VALUE_POLL_MS = 1000;

export interface WebhookFieldSession {
  field: HTMLInputElement;
  /** Tells whether the field and the hint under it are both still on the page. */
  isAlive: () => boolean;
  end: () => void;
}

/**
 * Shows the hint under one «Webhook url» field and keeps it current. The hint compares the
 * field with Zenky's webhook URL and fills it on the operator's click. Another service's URL
 * is replaced only after a second, confirming click. What the field contains is reported to
 * the background.
 */
export function startWebhookFieldSession(field: HTMLInputElement): WebhookFieldSession {
  let info: WebhookFieldInfo | null = null;
  let failure: string | null = null;
  let confirming = false;
  let changed = false;
  let replacedValue: string | null = null;
  let lastValue = field.value;
  let lastReport: string | null = null;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;

  const panel = createWebhookFieldPanel({
    fill: () => setField(info?.zenkyUrl),
    askReplace: () => {
      confirming = true;
      render();
    },
    confirmReplace: () => void replace(),
    cancelReplace: () => {
      confirming = false;
      render();
    },
    restorePrevious: () => setField(replacedValue ?? info?.previousValue),
    openOptions: () => void sendToBackground({ type: 'frontpad/open-options' }),
  });
  insertAfterField(field, panel.host);

  function view(): WebhookFieldView {
    const common = { changed, webhooksOff: info?.webhooksEnabled === false };
    if (failure !== null) return { kind: 'error', message: failure, ...common };

    const zenkyUrl = info?.zenkyUrl;
    if (!info || !zenkyUrl) {
      return { kind: 'no-url', connected: info?.connected ?? false, ...common };
    }

    const state = compareWebhookUrl(field.value, zenkyUrl);
    if (state === 'empty') return { kind: 'empty', ...common };
    if (state === 'foreign') {
      return { kind: 'foreign', value: field.value.trim(), confirming, ...common };
    }

    return { kind: 'equal', previousValue: replacedValue ?? info.previousValue, ...common };
  }

  function render() {
    panel.render(view());
  }

  function setField(value: string | null | undefined) {
    if (!value) return;

    changed = true;
    confirming = false;
    fillInput(field, value);
  }

  async function replace() {
    const zenkyUrl = info?.zenkyUrl;
    if (!zenkyUrl) return;

    const previous = field.value.trim();
    replacedValue = previous;
    setField(zenkyUrl);

    // A value longer than the stored limit is kept for this dialog only.
    if (previous.length > MAX_WEBHOOK_URL_LENGTH) return;

    const reply = await sendToBackground<WebhookFieldInfo>({
      type: 'frontpad/webhook-field-replaced',
      previousValue: previous,
    });
    if (reply.ok) info = reply.value;
  }

  async function report() {
    reportTimer = undefined;
    const zenkyUrl = info?.zenkyUrl;
    if (!zenkyUrl) return;

    const value = truncateText(field.value.trim(), MAX_WEBHOOK_URL_LENGTH);
    const state = compareWebhookUrl(value, zenkyUrl);
    const signature = `${state}\n${value}`;
    if (signature === lastReport) return;

    lastReport = signature;
    const reply = await sendToBackground<WebhookFieldInfo>({
      type: 'frontpad/webhook-field-seen',
      state,
      value,
    });
    if (reply.ok) info = reply.value;
  }

  function onValueChanged() {
    lastValue = field.value;
    confirming = false;
    render();
    clearTimeout(reportTimer);
    reportTimer = setTimeout(() => void report(), REPORT_DELAY_MS);
  }

  const poll = setInterval(() => {
    if (field.value !== lastValue) onValueChanged();
  }, VALUE_POLL_MS);

  field.addEventListener('input', onValueChanged);
  field.addEventListener('change', onValueChanged);

  void sendToBackground<WebhookFieldInfo>({ type: 'frontpad/get-webhook-url' }).then((reply) => {
    if (reply.ok) info = reply.value;
    else failure = reply.error.message;
    render();
    void report();
  });

  return {
    field,
    isAlive: () => field.isConnected && panel.host.isConnected,
    end() {
      clearInterval(poll);
      clearTimeout(reportTimer);
      field.removeEventListener('input', onValueChanged);
      field.removeEventListener('change', onValueChanged);
      panel.remove();
    },
  };
}

/** Puts the hint right after the field, or after the `<label>` that wraps it. */
function insertAfterField(field: HTMLInputElement, host: HTMLElement): void {
  const anchor = field.closest('label') ?? field;
  anchor.after(host);
}
