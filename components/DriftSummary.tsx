import { t } from '@/utils/i18n/t';
import { findDrift, hasDrift } from '@/utils/mapping/drift';
import type { AppState } from '@/utils/messages/state';

/** One line for the popup: how many statuses Frontpad added, removed or renamed. */
export function DriftSummary({ state }: { state: AppState }) {
  if (!state.catalog || !state.remote || state.remote.revision === 0) return null;

  const drift = findDrift(state.catalog.statuses, state.remote.items);
  if (!hasDrift(drift)) return null;

  return (
    <p class="notice warn" data-testid="popup-drift">
      {t('driftSummary', [drift.added.length, drift.removed.length, drift.renamed.length])}
    </p>
  );
}
