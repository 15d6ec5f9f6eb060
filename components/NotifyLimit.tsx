import { t } from '@/utils/i18n/t';
import type { FrontpadStatus } from '@/utils/frontpad/types';
import { countNotify } from '@/utils/mapping/rules';
import { MAX_NOTIFY_STATUSES } from '@/utils/zenky/schemas';

import type { EditorRow } from './use-mapping-rows';

/** The webhook counter (n of 5), the reason for the limit, and which statuses are marked. */
export function NotifyLimit({
  rows,
  statuses,
}: {
  rows: readonly EditorRow[];
  statuses: readonly FrontpadStatus[];
}) {
  const count = countNotify(rows);
  const marked = rows
    .map((row, index) => (row.notify ? statuses[index] : undefined))
    .filter((status) => status !== undefined)
    .map((status) => `${status.code} ${status.name}`);

  return (
    <div class="notify-limit">
      <p>
        <span
          class={count >= MAX_NOTIFY_STATUSES ? 'counter full' : 'counter'}
          data-testid="notify-counter"
        >
          {t('mappingNotifyCounter', [count, MAX_NOTIFY_STATUSES])}
        </span>{' '}
        <span class="muted" id="notify-limit-reason">
          {t('mappingNotifyReason', [MAX_NOTIFY_STATUSES])}
        </span>
      </p>
      {marked.length > 0 && (
        <p class="muted" data-testid="notify-marked">
          {t('mappingNotifyMarked', [marked.join(', ')])}
        </p>
      )}
    </div>
  );
}
