import { useEffect, useMemo, useState } from 'preact/hooks';

import { t } from '@/utils/i18n/t';
import { canMarkAnother, countNotify } from '@/utils/mapping/rules';
import type { DraftChange, PageRequest } from '@/utils/messages/protocol';
import type { AppState, ReplyError } from '@/utils/messages/state';
import { MAX_NOTIFY_STATUSES } from '@/utils/zenky/schemas';

import { MappingRow } from './MappingRow';

interface Props {
  state: AppState;
  error: ReplyError | null;
  busy: boolean;
  run: (request: PageRequest) => Promise<ReplyError | null>;
}

/** One row per Frontpad status: the Zenky status it maps to and its webhook mark. */
export function MappingEditor({ state, error, busy, run }: Props) {
  const statuses = state.catalog?.statuses ?? [];
  const [rows, setRows] = useState<DraftChange[]>(() => rowsFromState(state));

  useEffect(() => setRows(rowsFromState(state)), [state.draft, state.catalog]);

  const notifyCount = countNotify(rows);
  const rowErrors = useMemo(() => errorsByRow(error), [error]);

  if (statuses.length === 0) {
    return (
      <section aria-labelledby="mapping-title">
        <h2 id="mapping-title">{t('mappingTitle')}</h2>
        <p class="notice info">{t('mappingNoStatuses')}</p>
      </section>
    );
  }

  function update(index: number, change: Partial<DraftChange>) {
    setRows((current) =>
      current.map((row, rowIndex) => {
        if (rowIndex !== index) return row;

        const next = { ...row, ...change };
        if (next.order_status_id === null) next.notify = false;
        return next;
      }),
    );
  }

  return (
    <section aria-labelledby="mapping-title">
      <h2 id="mapping-title">{t('mappingTitle')}</h2>
      {state.orderStatuses.length === 0 && <p class="notice warn">{t('mappingNoZenkyStatuses')}</p>}

      <p>
        <span
          class={notifyCount >= MAX_NOTIFY_STATUSES ? 'counter full' : 'counter'}
          data-testid="notify-counter"
        >
          {t('mappingNotifyCounter', [notifyCount, MAX_NOTIFY_STATUSES])}
        </span>{' '}
        <span class="muted" id="notify-limit-reason">
          {t('mappingNotifyReason', [MAX_NOTIFY_STATUSES])}
        </span>
      </p>

      <table class="mapping">
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
                orderStatuses={state.orderStatuses}
                notifyLocked={!row.notify && !canMarkAnother(rows)}
                errors={rowErrors.get(index) ?? []}
                onChange={(change) => update(index, change)}
              />
            );
          })}
        </tbody>
      </table>

      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={busy || !state.connection.configured}
          onClick={() => void run({ type: 'mapping/save-and-sync', changes: rows })}
        >
          {busy ? t('syncRunning') : t('actionSaveAndSync')}
        </button>
        <button type="button" disabled={busy} onClick={() => void run({ type: 'zenky/refresh' })}>
          {t('actionRefreshZenky')}
        </button>
      </div>
    </section>
  );
}

function rowsFromState(state: AppState): DraftChange[] {
  return (state.catalog?.statuses ?? []).map((status) => {
    const entry = state.draft[String(status.code)];
    return {
      frontpad_code: status.code,
      order_status_id: entry?.order_status_id ?? null,
      notify: entry?.notify ?? false,
    };
  });
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
