import { useState } from 'preact/hooks';

import { t } from '@/utils/i18n/t';
import type { PageRequest } from '@/utils/messages/protocol';
import type { AppState, ReplyError } from '@/utils/messages/state';

interface Props {
  state: AppState;
  busy: boolean;
  run: (request: PageRequest) => Promise<ReplyError | null>;
}

/** Zenky's «Использовать вебхуки статусов заказов» switch and the URL to paste into Frontpad. */
export function WebhookSettings({ state, busy, run }: Props) {
  const [copied, setCopied] = useState(false);
  const settings = state.settings;

  if (!settings) {
    return (
      <section aria-labelledby="webhooks-title">
        <h2 id="webhooks-title">{t('webhooksTitle')}</h2>
        <p class="muted">{t('webhooksUnknown')}</p>
      </section>
    );
  }

  async function copy(url: string) {
    await navigator.clipboard.writeText(url);
    setCopied(true);
  }

  return (
    <section aria-labelledby="webhooks-title">
      <h2 id="webhooks-title">{t('webhooksTitle')}</h2>
      <p class="muted">{t('webhooksExplained')}</p>
      <label>
        <input
          type="checkbox"
          id="webhooks-enabled"
          checked={settings.status_webhooks_enabled}
          disabled={busy}
          onChange={(event) =>
            void run({ type: 'webhooks/set', enabled: event.currentTarget.checked })
          }
        />{' '}
        {t('webhooksToggle')}
      </label>
      <p data-testid="webhooks-state">
        {settings.status_webhooks_enabled ? t('webhooksStateOn') : t('webhooksStateOff')}
      </p>

      <div class="form-grid wide">
        <label for="webhook-url">{t('webhooksUrl')}</label>
        <div class="actions" style={{ marginTop: 0 }}>
          <input id="webhook-url" class="grow" type="text" readOnly value={settings.webhook_url} />
          <button type="button" onClick={() => void copy(settings.webhook_url)}>
            {copied ? t('webhooksCopied') : t('webhooksCopy')}
          </button>
        </div>
      </div>
      <p class="muted">{t('webhooksFrontpadHint')}</p>
    </section>
  );
}
