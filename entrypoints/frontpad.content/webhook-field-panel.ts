import { t } from '@/utils/i18n/t';

import { WEBHOOK_FIELD_CSS } from './webhook-field-style';
import { button, element } from './dom';

/** Content of the hint under «Webhook url». */
export type WebhookFieldView = (
  | { kind: 'no-url'; connected: boolean }
  | { kind: 'error'; message: string }
  | { kind: 'empty' }
  | { kind: 'equal'; previousValue: string | null }
  | { kind: 'foreign'; value: string; confirming: boolean }
) & {
  /** The extension changed the field, and the operator still has to save and restart. */
  changed: boolean;
  webhooksOff: boolean;
};

export interface WebhookFieldActions {
  fill: () => void;
  askReplace: () => void;
  confirmReplace: () => void;
  cancelReplace: () => void;
  restorePrevious: () => void;
  openOptions: () => void;
}

export interface WebhookFieldPanel {
  host: HTMLElement;
  render: (view: WebhookFieldView) => void;
  remove: () => void;
}

/**
 * Creates the hint shown under Frontpad's «Webhook url» field, in a shadow root. Text is set
 * with `textContent` only. Its buttons are outside Frontpad's form, so none of them submits it.
 */
export function createWebhookFieldPanel(actions: WebhookFieldActions): WebhookFieldPanel {
  const host = document.createElement('zenky-webhook-field-hint');
  const shadow = host.attachShadow({ mode: 'open' });

  const style = document.createElement('style');
  style.textContent = WEBHOOK_FIELD_CSS;
  const hint = element('section', 'hint');
  hint.setAttribute('aria-label', t('extName'));
  hint.setAttribute('role', 'status');
  shadow.append(style, hint);

  // Hidden until the first render, so that an empty frame does not flash under the field.
  host.style.display = 'none';

  return {
    host,
    render(view) {
      host.style.display = '';
      host.dataset.state = view.kind === 'foreign' && view.confirming ? 'confirm' : view.kind;
      hint.className = `hint ${toneOf(view)}`;
      hint.replaceChildren(element('p', 'title', t('fieldHintTitle')), ...bodyOf(view, actions));
    },
    remove() {
      host.remove();
    },
  };
}

function toneOf(view: WebhookFieldView): string {
  if (view.kind === 'equal') return 'ok';
  if (view.kind === 'foreign' || view.kind === 'no-url' || view.kind === 'error') return 'warn';
  return '';
}

function bodyOf(view: WebhookFieldView, actions: WebhookFieldActions): HTMLElement[] {
  const nodes: HTMLElement[] = [];

  switch (view.kind) {
    case 'no-url':
      nodes.push(element('p', '', t(view.connected ? 'fieldHintNoUrl' : 'fieldHintNotConnected')));
      nodes.push(buttons([button(t('actionOpenOptions'), '', actions.openOptions)]));
      break;

    case 'error':
      nodes.push(element('p', '', view.message));
      break;

    case 'empty':
      nodes.push(element('p', '', t('fieldHintEmpty')));
      nodes.push(buttons([button(t('fieldHintFill'), 'primary', actions.fill)]));
      break;

    case 'equal':
      nodes.push(element('p', '', t('fieldHintEqual')));
      if (view.previousValue !== null) {
        nodes.push(element('p', 'note', t('fieldHintPreviousKept')));
        nodes.push(element('code', 'value', view.previousValue));
        nodes.push(buttons([button(t('fieldHintRestore'), '', actions.restorePrevious)]));
      }
      break;

    case 'foreign':
      nodes.push(...foreignBody(view.value, view.confirming, actions));
      break;
  }

  if (view.changed) nodes.push(element('p', 'reminder', t('fieldHintSaveAndRestart')));
  if (view.webhooksOff) nodes.push(element('p', 'note', t('fieldHintWebhooksOff')));

  return nodes;
}

function foreignBody(
  value: string,
  confirming: boolean,
  actions: WebhookFieldActions,
): HTMLElement[] {
  if (!confirming) {
    return [
      element('p', '', t('fieldHintForeign')),
      element('code', 'value', value),
      element('p', 'note', t('fieldHintForeignRisk')),
      buttons([button(t('fieldHintReplace'), '', actions.askReplace)]),
    ];
  }

  return [
    element('p', '', t('fieldHintConfirmQuestion')),
    element('code', 'value', value),
    element('p', 'note', t('fieldHintConfirmKeepsOld')),
    buttons([
      button(t('fieldHintConfirmReplace'), 'danger', actions.confirmReplace),
      button(t('fieldHintCancel'), '', actions.cancelReplace),
    ]),
  ];
}

function buttons(items: HTMLElement[]): HTMLElement {
  const row = element('div', 'actions');
  row.append(...items);
  return row;
}
