import { useEffect, useState } from 'preact/hooks';

import { formatTime } from '@/utils/i18n/format-time';
import { t } from '@/utils/i18n/t';
import type { AppState } from '@/utils/messages/state';
import type { SyncLogEntry } from '@/utils/storage/records';

import { sendRequest } from './send-request';

/** The last syncs, newest first, with their result and the codes they changed. */
export function SyncHistory({ state }: { state: AppState }) {
  const [entries, setEntries] = useState<SyncLogEntry[]>([]);

  useEffect(() => {
    void sendRequest<SyncLogEntry[]>({ type: 'history/get' }).then((reply) => {
      if (reply.ok) setEntries(reply.value);
    });
  }, [state.lastSync]);

  return (
    <details class="history" data-testid="history">
      <summary>{t('historyTitle', [entries.length])}</summary>
      {entries.length === 0 ? (
        <p class="muted">{t('syncNever')}</p>
      ) : (
        <table class="mapping">
          <thead>
            <tr>
              <th scope="col">{t('historyTime')}</th>
              <th scope="col">{t('historyResult')}</th>
              <th scope="col">{t('historyChanges')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => (
              <tr key={`${entry.at}-${index}`}>
                <td>{formatTime(entry.at)}</td>
                <td class={entry.ok ? 'result ok' : 'result error'}>
                  {entry.message ?? (entry.ok ? t('historyOk') : entry.errorCode)}
                </td>
                <td>{describeChanges(entry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

function describeChanges(entry: SyncLogEntry): string {
  const parts: string[] = [];
  if (entry.added?.length) parts.push(t('historyAdded', [entry.added.join(', ')]));
  if (entry.changed?.length) parts.push(t('historyChanged', [entry.changed.join(', ')]));
  if (entry.removed?.length) parts.push(t('historyRemoved', [entry.removed.join(', ')]));

  return parts.length > 0 ? parts.join('; ') : '—';
}
