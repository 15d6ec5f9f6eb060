import { useMemo, useState } from 'preact/hooks';

import { t } from '@/utils/i18n/t';
import { buildMappingItems } from '@/utils/mapping/build-items';
import { diffMappings } from '@/utils/mapping/diff';
import { canMarkAnother } from '@/utils/mapping/rules';
import { suggestMapping } from '@/utils/mapping/suggest';
import type { PageRequest } from '@/utils/messages/protocol';
import type { AppState, ReplyError } from '@/utils/messages/state';

import { DriftPanel } from './DriftPanel';
import { MappingFileTools } from './MappingFileTools';
import { MappingRow } from './MappingRow';
import { NotifyLimit } from './NotifyLimit';
import { SyncPreview } from './SyncPreview';
import { useMappingRows, type EditorRow } from './use-mapping-rows';

interface Props {
  state: AppState;
  error: ReplyError | null;
  busy: boolean;
  run: (request: PageRequest) => Promise<ReplyError | null>;
}

/** One row per Frontpad status: the Zenky status it maps to and its webhook mark. */
export function MappingEditor({ state, error, busy, run }: Props) {
  const statuses = useMemo(() => state.catalog?.statuses ?? [], [state.catalog]);
  const { rows, setRows, update, reset, hasUnsaved } = useMappingRows(state);
  const [previewing, setPreviewing] = useState(false);
  // A write Zenky rejected with field errors stays in the outbox, so they show after reloads.
  const syncError = state.pending?.error ?? null;
  const rowErrors = useMemo(() => errorsByRow(error ?? syncError), [error, syncError]);

  if (statuses.length === 0) {
    return (
      <section aria-labelledby="mapping-title">
        <h2 id="mapping-title">{t('mappingTitle')}</h2>
        <p class="notice info">{t('mappingNoStatuses')}</p>
      </section>
    );
  }

  const items = buildMappingItems(statuses, entriesOf(rows));
  const changes = diffMappings(state.remote?.items ?? [], items);
  const hasSuggestions = rows.some((row) => row.origin !== null || row.notifyOrigin !== null);

  function suggest() {
    const suggested = suggestMapping(statuses, rows, state.orderStatuses);
    setRows(
      suggested.map((row, index) => ({
        ...row,
        origin: row.suggestedStatus ? 'suggested' : (rows[index]?.origin ?? null),
        notifyOrigin: row.suggestedNotify ? 'suggested' : (rows[index]?.notifyOrigin ?? null),
      })),
    );
  }

  async function send() {
    const failure = await run({
      type: 'mapping/save-and-sync',
      changes: rows.map(({ frontpad_code, order_status_id, notify }) => ({
        frontpad_code,
        order_status_id,
        notify,
      })),
    });
    if (!failure) setPreviewing(false);
  }

  return (
    <section aria-labelledby="mapping-title">
      <h2 id="mapping-title">{t('mappingTitle')}</h2>
      {state.orderStatuses.length === 0 && <p class="notice warn">{t('mappingNoZenkyStatuses')}</p>}

      <DriftPanel state={state} />
      <NotifyLimit rows={rows} statuses={statuses} />

      <div class="actions toolbar">
        <button
          type="button"
          disabled={state.orderStatuses.length === 0}
          onClick={suggest}
          data-testid="suggest"
        >
          {t('actionSuggest')}
        </button>
        {(hasSuggestions || hasUnsaved) && (
          <button type="button" onClick={reset}>
            {t('actionDiscardEdits')}
          </button>
        )}
        <MappingFileTools state={state} rows={rows} onImport={setRows} items={items} />
      </div>
      {hasSuggestions && <p class="muted">{t('mappingSuggestedHint')}</p>}

      <table class="mapping" id="mapping-table">
        <thead>
          <tr>
            <th scope="col">{t('mappingColumnCode')}</th>
            <th scope="col">{t('mappingColumnFrontpad')}</th>
            <th scope="col">{t('mappingColumnZenky')}</th>
            <th scope="col">{t('mappingColumnNotify')}</th>
          </tr>
        </thead>
        <tbody>
          {statuses.map((status, index) => {
            const row = rows[index];
            if (!row) return null;

            return (
              <MappingRow
                key={status.code}
                status={status}
                row={row}
                manual={state.catalog?.manualCodes.includes(status.code) ?? false}
                orderStatuses={state.orderStatuses}
                notifyLocked={!row.notify && !canMarkAnother(rows)}
                errors={rowErrors.get(index) ?? []}
                onChange={(change) => update(index, change)}
              />
            );
          })}
        </tbody>
      </table>

      {previewing ? (
        <SyncPreview
          changes={changes}
          statuses={state.orderStatuses}
          busy={busy}
          onConfirm={() => void send()}
          onCancel={() => setPreviewing(false)}
        />
      ) : (
        <div class="actions">
          <button
            type="button"
            class="primary"
            disabled={busy || !state.connection.configured}
            onClick={() => setPreviewing(true)}
            data-testid="save-and-sync"
          >
            {t('actionSaveAndSync')}
          </button>
          <button
            type="button"
            disabled={busy || !state.connection.configured}
            onClick={() => void run({ type: 'zenky/refresh' })}
          >
            {t('actionRefreshZenky')}
          </button>
        </div>
      )}
    </section>
  );
}

function entriesOf(rows: readonly EditorRow[]) {
  return Object.fromEntries(
    rows.map((row) => [
      String(row.frontpad_code),
      { order_status_id: row.order_status_id, notify: row.notify },
    ]),
  );
}

/** Groups Zenky's 422 field errors (`items.3.notify`) by row index. */
function errorsByRow(error: ReplyError | null): Map<number, string[]> {
  const byRow = new Map<number, string[]>();

  for (const [field, messages] of Object.entries(error?.fieldErrors ?? {})) {
    const match = /^items\.(\d+)\./.exec(field);
    if (!match) continue;

    const index = Number(match[1]);
    byRow.set(index, [...(byRow.get(index) ?? []), ...messages]);
  }

  return byRow;
}
