import { formatTime } from '@/utils/i18n/format-time';
import { t } from '@/utils/i18n/t';
import type { AppState } from '@/utils/messages/state';

/** The time and outcome of the last sync, and the next retry while one is pending. */
export function LastSyncLine({ state }: { state: AppState }) {
  const last = state.lastSync;

  return (
    <div data-testid="last-sync">
      {last ? (
        <p class={last.ok ? 'result ok' : 'result error'} role="status">
          <span class="muted">{formatTime(last.at)} · </span>
          {last.message}
        </p>
      ) : (
        <p class="muted">{t('syncNever')}</p>
      )}
      {state.pending && (
        <p class="result warn" data-testid="pending-sync">
          {state.pending.nextAttemptAt
            ? t('syncPendingRetry', [
                state.pending.attempts,
                formatTime(state.pending.nextAttemptAt),
              ])
            : t('syncPending')}
        </p>
      )}
    </div>
  );
}
