import { t } from '@/utils/i18n/t';
import type { RowChange } from '@/utils/mapping/diff';
import type { MappingItem, OrderStatus } from '@/utils/zenky/schemas';

interface Props {
  changes: RowChange[];
  statuses: OrderStatus[];
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Lists what the write will change in Zenky and waits for one confirming click. */
export function SyncPreview({ changes, statuses, busy, onConfirm, onCancel }: Props) {
  const statusName = (item: MappingItem) =>
    item.order_status_id === null
      ? t('mappingNotMapped')
      : (statuses.find((status) => status.id === item.order_status_id)?.name ?? '?');

  return (
    <div class="preview" role="region" aria-labelledby="preview-title" data-testid="preview">
      <h3 id="preview-title">{t('previewTitle')}</h3>
      {changes.length === 0 ? (
        <p class="muted">{t('previewNoChanges')}</p>
      ) : (
        <ul>
          {changes.map((change) => (
            <li key={`${change.kind}${change.code}`} data-change={change.kind}>
              {describeChange(change, statusName)}
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button
          type="button"
          class="primary"
          disabled={busy}
          onClick={onConfirm}
          autoFocus
          data-testid="preview-confirm"
        >
          {busy ? t('syncRunning') : t('previewConfirm')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('previewCancel')}
        </button>
      </div>
    </div>
  );
}

function describeChange(change: RowChange, statusName: (item: MappingItem) => string): string {
  switch (change.kind) {
    case 'added':
      return t('previewAdded', [
        change.code,
        change.after.frontpad_name,
        statusName(change.after),
        change.after.notify ? t('previewWithWebhook') : '',
      ]).trim();
    case 'removed':
      return t('previewRemoved', [change.code, change.before.frontpad_name]);
    case 'changed': {
      const parts: string[] = [];
      if (change.status) {
        parts.push(
          t('previewStatusChanged', [statusName(change.before), statusName(change.after)]),
        );
      }
      if (change.notify) {
        parts.push(change.after.notify ? t('previewNotifyOn') : t('previewNotifyOff'));
      }
      if (change.name) {
        parts.push(t('previewRenamed', [change.before.frontpad_name, change.after.frontpad_name]));
      }
      return t('previewChanged', [change.code, change.after.frontpad_name, parts.join('; ')]);
    }
  }
}
