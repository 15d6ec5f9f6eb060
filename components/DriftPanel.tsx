import { t } from '@/utils/i18n/t';
import { findDrift, hasDrift } from '@/utils/mapping/drift';
import type { AppState } from '@/utils/messages/state';

/** What changed in Frontpad since the mapping in Zenky was saved: added, removed, renamed. */
export function DriftPanel({ state }: { state: AppState }) {
  if (!state.catalog || !state.remote || state.remote.revision === 0) return null;

  const drift = findDrift(state.catalog.statuses, state.remote.items);
  if (!hasDrift(drift)) return null;

  return (
    <div class="notice warn" data-testid="drift" role="status">
      <p>
        <strong>{t('driftTitle')}</strong>
      </p>
      <ul>
        {drift.added.map((status) => (
          <li key={`a${status.code}`} data-drift="added">
            {t('driftAdded', [status.code, status.name])}
          </li>
        ))}
        {drift.removed.map((item) => (
          <li key={`r${item.frontpad_code}`} data-drift="removed">
            {t('driftRemoved', [item.frontpad_code, item.frontpad_name])}
          </li>
        ))}
        {drift.renamed.map((change) => (
          <li key={`n${change.code}`} data-drift="renamed">
            {t('driftRenamed', [change.code, change.from, change.to])}
          </li>
        ))}
      </ul>
      <p class="muted">{t('driftHint')}</p>
    </div>
  );
}
