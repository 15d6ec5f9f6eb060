import { t } from '@/utils/i18n/t';
import type { FrontpadStatus } from '@/utils/frontpad/types';
import type { DraftChange } from '@/utils/messages/protocol';
import { MAX_NOTIFY_STATUSES, type OrderStatus } from '@/utils/zenky/schemas';

import type { EditorRow } from './use-mapping-rows';

interface Props {
  status: FrontpadStatus;
  row: EditorRow;
  manual: boolean;
  orderStatuses: OrderStatus[];
  notifyLocked: boolean;
  errors: string[];
  onChange: (change: Partial<DraftChange>) => void;
}

export function MappingRow(props: Props) {
  const { status, row, manual, orderStatuses, notifyLocked, errors, onChange } = props;
  const selectId = `zenky-status-${status.code}`;
  const notifyId = `notify-${status.code}`;
  const selected = orderStatuses.find((item) => item.id === row.order_status_id);
  const unknownSelection = row.order_status_id !== null && !selected;
  const lockedReason = notifyLocked ? t('mappingNotifyLocked', [MAX_NOTIFY_STATUSES]) : undefined;

  return (
    <tr
      data-code={status.code}
      class={row.origin || row.notifyOrigin ? `origin-${row.origin ?? row.notifyOrigin}` : ''}
    >
      <td class="code">{status.code}</td>
      <td>
        <label for={selectId}>{status.name}</label>
        {status.hidden && <span class="tag">{t('mappingHiddenInFrontpad')}</span>}
        {manual && <span class="tag">{t('mappingManualEntry')}</span>}
        {row.origin && (
          <span class="tag accent" data-testid="row-origin">
            {row.origin === 'suggested' ? t('mappingSuggestedTag') : t('mappingImportedTag')}
          </span>
        )}
        {errors.map((message) => (
          <p class="field-error" key={message} role="alert">
            {message}
          </p>
        ))}
      </td>
      <td>
        <div class="status-select">
          <span
            class="swatch"
            aria-hidden="true"
            style={{ background: selected?.background_color ?? 'transparent' }}
          />
          <select
            id={selectId}
            value={row.order_status_id ?? ''}
            aria-invalid={errors.length > 0}
            onChange={(event) => onChange({ order_status_id: event.currentTarget.value || null })}
          >
            <option value="">{t('mappingNotMapped')}</option>
            {unknownSelection && (
              <option value={row.order_status_id ?? ''}>{t('mappingUnknownStatus')}</option>
            )}
            {orderStatuses.map((item) => (
              <option key={item.id} value={item.id}>
                {optionLabel(item)}
              </option>
            ))}
          </select>
        </div>
        {selected?.is_hidden && <p class="muted small">{t('mappingHiddenInZenkyNote')}</p>}
      </td>
      <td>
        <label class="notify" title={lockedReason}>
          <input
            id={notifyId}
            type="checkbox"
            checked={row.notify}
            disabled={notifyLocked || row.order_status_id === null}
            aria-describedby="notify-limit-reason"
            onChange={(event) => onChange({ notify: event.currentTarget.checked })}
          />{' '}
          {t('mappingNotifyLabel')}
          {row.notifyOrigin === 'suggested' && (
            <span class="tag accent">{t('mappingSuggestedTag')}</span>
          )}
        </label>
      </td>
    </tr>
  );
}

function optionLabel(status: OrderStatus): string {
  const name = status.name ?? t('mappingUnnamed');
  const kind = t(`kind_${status.kind}`);
  return status.is_hidden
    ? t('mappingStatusOptionHidden', [name, kind])
    : t('mappingStatusOption', [name, kind]);
}
