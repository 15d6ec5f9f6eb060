import { browser } from 'wxt/browser';

import { DriftSummary } from '@/components/DriftSummary';
import { LastSyncLine } from '@/components/LastSyncLine';
import { Notices } from '@/components/Notices';
import { SetupChecklist } from '@/components/SetupChecklist';
import { useAppState } from '@/components/use-app-state';
import { POPUP_DATA_MARK, useRenderedMark } from '@/components/use-rendered-mark';
import { t } from '@/utils/i18n/t';
import { summarizeMapping } from '@/utils/mapping/summary';
import { MAX_NOTIFY_STATUSES } from '@/utils/zenky/limits';

export function App() {
  const { state, error, busy, run } = useAppState();
  useRenderedMark(POPUP_DATA_MARK, state !== null);

  if (!state) {
    return <p class="muted">{error ? error.message : t('loading')}</p>;
  }

  const summary = summarizeMapping(state.catalog?.statuses ?? [], state.draft);
  const webhooks = state.settings?.status_webhooks_enabled;

  return (
    <main class="popup">
      <h1>{t('extName')}</h1>

      <dl class="facts">
        <dt>{t('popupConnection')}</dt>
        <dd data-testid="popup-connection">
          {state.connection.configured
            ? t('popupConnected', [hostOf(state.connection.baseUrl)])
            : t('popupNotConfigured')}
        </dd>

        <dt>{t('popupStatuses')}</dt>
        <dd data-testid="popup-statuses">
          {state.catalog
            ? t('popupStatusesReadMapped', [summary.read, summary.mapped])
            : t('popupStatusesNotRead')}
        </dd>

        <dt>{t('popupWebhooksMarked')}</dt>
        <dd data-testid="popup-notify">{t('countOfMax', [summary.notify, MAX_NOTIFY_STATUSES])}</dd>

        <dt>{t('popupWebhookSetting')}</dt>
        <dd data-testid="popup-webhooks">{webhookSettingText(webhooks)}</dd>
      </dl>

      <DriftSummary state={state} />
      <LastSyncLine state={state} />
      {error && (
        <p class="result error" role="alert">
          {error.message}
        </p>
      )}
      <Notices state={state} oldExtension="once" run={run} />
      <SetupChecklist
        state={state}
        busy={busy}
        run={run}
        openMapping={() => void browser.runtime.openOptionsPage()}
      />

      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={busy || !state.connection.configured}
          onClick={() => void run({ type: 'sync/run' })}
        >
          {busy ? t('syncRunning') : t('actionSync')}
        </button>
        <a
          href="#"
          onClick={(event) => {
            event.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {t('actionOpenOptions')}
        </a>
      </div>
    </main>
  );
}

function webhookSettingText(enabled: boolean | undefined): string {
  if (enabled === undefined) return t('stateUnknown');
  return enabled ? t('stateOn') : t('stateOff');
}

/** Shows the API address without its scheme, so the popup's narrow column fits it. */
function hostOf(baseUrl: string | null): string {
  if (!baseUrl) return '';

  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}
