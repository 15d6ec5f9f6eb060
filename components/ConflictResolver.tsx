import { useState } from 'preact/hooks';

import { t } from '@/utils/i18n/t';
import type { PageRequest } from '@/utils/messages/protocol';
import type { AppState, ReplyError } from '@/utils/messages/state';
import { MAX_NOTIFY_STATUSES, type MappingItem, type OrderStatus } from '@/utils/zenky/schemas';

interface Props {
  state: AppState;
  busy: boolean;
  run: (request: PageRequest) => Promise<ReplyError | null>;
}

type Choice = 'mine' | 'theirs';

/**
 * Shows the operator's mapping and the newer one in Zenky row by row, after Zenky returned
 * 412, and lets the operator keep theirs, take Zenky's, or choose per row. Nothing is sent
 * until one of the buttons is pressed.
 */
export function ConflictResolver({ state, busy, run }: Props) {
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const conflict = state.conflict;
  if (!conflict) return null;

  const rows = conflictRows(conflict.mine, conflict.theirs.items);
  const chosenNotify = rows.filter((row) => {
    const item = (choices[String(row.code)] ?? 'theirs') === 'mine' ? row.mine : row.theirs;
    return item?.notify === true;
  }).length;
  const tooManyNotify = chosenNotify > MAX_NOTIFY_STATUSES;
  const label = (item: MappingItem | undefined) => describeItem(item, state.orderStatuses);

  return (
    <section class="notice warn conflict" role="alert" data-testid="conflict">
      <p>{t('conflictExplained', [conflict.theirs.revision])}</p>
      <table class="mapping">
        <thead>
          <tr>
            <th scope="col">{t('mappingColumnCode')}</th>
            <th scope="col">{t('mappingColumnFrontpad')}</th>
            <th scope="col">{t('conflictMine')}</th>
            <th scope="col">{t('conflictTheirs')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ code, name, mine, theirs, differs }) => {
            const choice = choices[String(code)] ?? 'theirs';
            const group = `conflict-${code}`;
            return (
              <tr key={code} data-code={code} class={differs ? 'differs' : undefined}>
                <td class="code">{code}</td>
                <td>{name}</td>
                <td>
                  <label>
                    <input
                      type="radio"
                      name={group}
                      checked={choice === 'mine'}
                      disabled={!differs}
                      onChange={() => setChoices({ ...choices, [String(code)]: 'mine' })}
                    />{' '}
                    {label(mine)}
                  </label>
                </td>
                <td>
                  <label>
                    <input
                      type="radio"
                      name={group}
                      checked={choice === 'theirs'}
                      disabled={!differs}
                      onChange={() => setChoices({ ...choices, [String(code)]: 'theirs' })}
                    />{' '}
                    {label(theirs)}
                  </label>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {tooManyNotify && (
        <p class="result error" role="alert">
          {t('conflictTooManyNotify', [chosenNotify, MAX_NOTIFY_STATUSES])}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          disabled={busy}
          onClick={() => void run({ type: 'conflict/resolve', keep: 'theirs' })}
        >
          {t('conflictTakeTheirs')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void run({ type: 'conflict/resolve', keep: 'mine' })}
        >
          {t('conflictKeepMine')}
        </button>
        <button
          type="button"
          class="primary"
          disabled={busy || tooManyNotify}
          onClick={() => void run({ type: 'conflict/resolve', keep: 'rows', choices })}
        >
          {t('conflictApplyChoices')}
        </button>
      </div>
    </section>
  );
}

function conflictRows(mine: readonly MappingItem[], theirs: readonly MappingItem[]) {
  const theirsByCode = new Map(theirs.map((item) => [item.frontpad_code, item]));
  const mineByCode = new Map(mine.map((item) => [item.frontpad_code, item]));
  const codes = [...new Set([...mineByCode.keys(), ...theirsByCode.keys()])];

  return codes.map((code) => {
    const mineItem = mineByCode.get(code);
    const theirItem = theirsByCode.get(code);
    return {
      code,
      name: mineItem?.frontpad_name ?? theirItem?.frontpad_name ?? '',
      mine: mineItem,
      theirs: theirItem,
      differs:
        mineItem?.order_status_id !== theirItem?.order_status_id ||
        mineItem?.notify !== theirItem?.notify,
    };
  });
}

function describeItem(item: MappingItem | undefined, orderStatuses: readonly OrderStatus[]) {
  if (!item) return t('conflictNoRow');

  const status = orderStatuses.find((candidate) => candidate.id === item.order_status_id);
  const name = item.order_status_id === null ? t('mappingNotMapped') : (status?.name ?? '?');
  return item.notify ? t('conflictWithWebhook', [name]) : name;
}
