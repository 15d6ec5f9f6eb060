import { t } from '@/utils/i18n/t';
import type { PageRequest } from '@/utils/messages/protocol';
import type { AppState, ReplyError } from '@/utils/messages/state';

interface Props {
  state: AppState;
  busy: boolean;
  run: (request: PageRequest) => Promise<ReplyError | null>;
}

/** Asks the operator to choose between their mapping and the newer one in Zenky. */
export function ConflictBanner({ state, busy, run }: Props) {
  if (!state.conflict) return null;

  return (
    <div class="notice warn" role="alert" data-testid="conflict">
      <p>{t('conflictExplained', [state.conflict.theirRevision])}</p>
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
      </div>
    </div>
  );
}
