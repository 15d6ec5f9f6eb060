import { t } from '@/utils/i18n/t';
import type { FrontpadStatus } from '@/utils/frontpad/types';
import type { DraftChange } from '@/utils/messages/protocol';
import { MAX_NOTIFY_STATUSES, type OrderStatus } from '@/utils/zenky/schemas';

interface Props {
  status: FrontpadStatus;
  row: DraftChange;
  orderStatuses: OrderStatus[];
  notifyLocked: boolean;
  errors: string[];
  onChange: (change: Partial<DraftChange>) => void;
}

export function MappingRow({ status, row, orderStatuses, notifyLocked, errors, onChange }: Props) {
  const selectId = `zenky-status-${status.code}`;
  const notifyId = `notify-${status.code}`;
  const unknownSelection =
    row.order_status_id !== null && !orderStatuses.some((item) => item.id === row.order_status_id);

  return (
    <tr data-code={status.code}>
      <td class="code">{status.code}</td>
      <td>
        <label for={selectId}>{status.name}</label>
        {errors.map((message) => (
          <p class="field-error" key={message}>
            {message}
          </p>
        ))}
      </td>
      <td>
        <select
          id={selectId}
          value={row.order_status_id ?? ''}
          onChange={(event) => onChange({ order_status_id: event.currentTarget.value || null })}
        >
          <option value="">{t('mappingNotMapped')}</option>
          {unknownSelection && (
            <option value={row.order_status_id ?? ''}>{t('mappingUnknownStatus')}</option>
          )}
          {orderStatuses.map((item) => (
            <option key={item.id} value={item.id}>
              {t('mappingStatusOption', [item.name ?? t('mappingUnnamed'), t(`kind_${item.kind}`)])}
            </option>
          ))}
        </select>
      </td>
      <td>
        <label
          class="muted"
          title={notifyLocked ? t('mappingNotifyLocked', [MAX_NOTIFY_STATUSES]) : undefined}
        >
          <input
            id={notifyId}
            type="checkbox"
            checked={row.notify}
            disabled={notifyLocked || row.order_status_id === null}
            aria-describedby="notify-limit-reason"
            onChange={(event) => onChange({ notify: event.currentTarget.checked })}
          />{' '}
          {t('mappingNotifyLabel')}
        </label>
      </td>
    </tr>
  );
}
