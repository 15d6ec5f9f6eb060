import { formatTime } from '@/utils/i18n/format-time';
import { t } from '@/utils/i18n/t';
import type { AppState, PendingWrite } from '@/utils/messages/state';

/** Shows the time and outcome of the last sync, and the write Zenky has not confirmed yet. */
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
      {state.pending && <PendingLine pending={state.pending} />}
    </div>
  );
}

/** Sending, waiting for a retry, or stopped until the operator acts. */
function PendingLine({ pending }: { pending: PendingWrite }) {
  const collapsed = pending.saves > 1 ? ` ${t('syncSavesCollapsed', [pending.saves])}` : '';

  return (
    <p
      class={pending.state === 'failed' ? 'result error' : 'result warn'}
      role={pending.state === 'failed' ? 'alert' : 'status'}
      data-testid="pending-sync"
      data-state={pending.state}
    >
      {describePending(pending)}
      {collapsed}
    </p>
  );
}

function describePending(pending: PendingWrite): string {
  switch (pending.state) {
    case 'sending':
      return t('syncSending');
    case 'retrying':
      return pending.nextAttemptAt
        ? t('syncPendingRetry', [pending.attempts, formatTime(pending.nextAttemptAt)])
        : t('syncPending');
    case 'failed':
      return t('syncStopped', [pending.error?.message ?? '']);
  }
}
