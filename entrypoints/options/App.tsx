import { ConflictBanner } from '@/components/ConflictBanner';
import { ConnectionForm } from '@/components/ConnectionForm';
import { LastSyncLine } from '@/components/LastSyncLine';
import { MappingEditor } from '@/components/MappingEditor';
import { Notices } from '@/components/Notices';
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
          <Notices state={state} />
          <ConnectionForm run={run} />

          <ConflictBanner state={state} busy={busy} run={run} />
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

          <WebhookSettings state={state} busy={busy} run={run} />
        </>
      )}
    </main>
  );
}
