import { t } from '@/utils/i18n/t';
import type { PageRequest } from '@/utils/messages/protocol';
import type { AppState, ReplyError } from '@/utils/messages/state';
import type { SetupItem } from '@/utils/setup/checklist';

import { CopyButton } from './CopyButton';

export interface SetupActionProps {
  item: SetupItem;
  state: AppState;
  busy: boolean;
  run: (request: PageRequest) => Promise<ReplyError | null>;
  /** Shows the mapping editor: the options page scrolls to it, the popup opens it. */
  openMapping: () => void;
}

/** Renders the control that fixes a step of the setup checklist, or nothing when there is none. */
export function SetupItemAction({ item, state, busy, run, openMapping }: SetupActionProps) {
  const connected = state.connection.configured;

  switch (item.id) {
    case 'statuses-read':
      return null;

    case 'all-mapped':
    case 'notify-marked':
      if (item.done || state.catalog === null) return null;
      return (
        <button type="button" onClick={openMapping}>
          {t('controlOpenMapping')}
        </button>
      );

    case 'mapping-synced':
      if (item.done || item.sync === 'no-statuses') return null;
      if (item.sync === 'conflict') {
        return (
          <button type="button" onClick={openMapping}>
            {t('controlOpenMapping')}
          </button>
        );
      }
      return (
        <button
          type="button"
          disabled={busy || !connected}
          onClick={() => void run({ type: 'sync/run' })}
        >
          {busy ? t('syncRunning') : t('actionSync')}
        </button>
      );

    case 'webhooks-on':
      return <WebhooksSwitch enabled={item.enabled} busy={busy} connected={connected} run={run} />;

    case 'url-in-frontpad':
      if (!state.settings) return null;
      return (
        <>
          <code class="setup-url" data-testid="setup-zenky-url">
            {state.settings.webhook_url}
          </code>
          <CopyButton text={state.settings.webhook_url} />
        </>
      );

    case 'frontpad-restarted':
      return (
        <label class="setup-tick">
          <input
            type="checkbox"
            data-testid="setup-restarted"
            checked={item.done}
            disabled={busy || !item.canConfirm}
            onChange={(event) =>
              void run({
                type: 'setup/set-frontpad-restarted',
                restarted: event.currentTarget.checked,
              })
            }
          />{' '}
          {t('setupFrontpadRestartedTick')}
        </label>
      );
  }
}

interface SwitchProps {
  enabled: boolean | null;
  busy: boolean;
  connected: boolean;
  run: SetupActionProps['run'];
}

/**
 * Renders the button that turns status webhooks on or off in Zenky. The step's detail text
 * explains what turning them on changes.
 */
function WebhooksSwitch({ enabled, busy, connected, run }: SwitchProps) {
  if (enabled === null) {
    if (!connected) return null;
    return (
      <button type="button" disabled={busy} onClick={() => void run({ type: 'zenky/refresh' })}>
        {t('actionRefreshZenky')}
      </button>
    );
  }

  return (
    <button
      type="button"
      class={enabled ? '' : 'primary'}
      data-testid="setup-webhooks-switch"
      disabled={busy}
      onClick={() => void run({ type: 'webhooks/set', enabled: !enabled })}
    >
      {enabled ? t('setupWebhooksTurnOff') : t('setupWebhooksTurnOn')}
    </button>
  );
}
