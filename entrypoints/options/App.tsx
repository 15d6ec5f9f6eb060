import { ConflictResolver } from '@/components/ConflictResolver';
import { ConnectionForm } from '@/components/ConnectionForm';
import { HostPermissions } from '@/components/HostPermissions';
import { LastSyncLine } from '@/components/LastSyncLine';
import { ManualStatuses } from '@/components/ManualStatuses';
import { MappingEditor } from '@/components/MappingEditor';
import { Notices } from '@/components/Notices';
import { SetupChecklist } from '@/components/SetupChecklist';
import { SyncHistory } from '@/components/SyncHistory';
import { useAppState } from '@/components/use-app-state';
import { WebhookSettings } from '@/components/WebhookSettings';
import { t } from '@/utils/i18n/t';

export function App() {
  const { state, error, busy, run } = useAppState();

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {!state && <p class="muted">{error ? error.message : t('loading')}</p>}

      {state && (
        <>
          <SetupChecklist state={state} busy={busy} run={run} openMapping={scrollToMapping} />
          <Notices state={state} oldExtension="permanent" run={run} />
          <ConnectionForm run={run} />
          <HostPermissions state={state} />

          <ConflictResolver key={state.conflict?.at} state={state} busy={busy} run={run} />
          <MappingEditor state={state} error={error} busy={busy} run={run} />
          <LastSyncLine state={state} />
          {error && (
            <p class="result error" role="alert" data-testid="options-error">
              {error.message}
            </p>
          )}
          {state.catalog?.warnings.map((warning) => (
            <p class="notice warn" key={warning}>
              {warning}
            </p>
          ))}
          <ManualStatuses busy={busy} run={run} />
          <SyncHistory state={state} />

          <WebhookSettings state={state} busy={busy} run={run} />
        </>
      )}
    </main>
  );
}

function scrollToMapping() {
  document.getElementById('mapping-title')?.scrollIntoView({ behavior: 'smooth' });
}
