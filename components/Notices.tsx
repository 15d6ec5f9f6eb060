import { t } from '@/utils/i18n/t';
import type { PageRequest } from '@/utils/messages/protocol';
import type { AppState, ReplyError } from '@/utils/messages/state';

interface Props {
  state: AppState;
  /**
   * Display of the old-extension notice: 'once' until the operator closes it (the popup), or
   * 'permanent' as a note that stays (the options page).
   */
  oldExtension: 'once' | 'permanent';
  run: (request: PageRequest) => Promise<ReplyError | null>;
}

/**
 * The two warnings the operator must see: after the first mapping sync the old extension's
 * status list shows wrong values, and while status webhooks are on manual order sync is
 * ignored.
 */
export function Notices({ state, oldExtension, run }: Props) {
  const webhooksOn = state.settings?.status_webhooks_enabled === true;
  const synced = state.firstMappingSyncAt !== null;

  return (
    <>
      {synced && oldExtension === 'once' && !state.setup.oldExtensionNoticeDismissed && (
        <div class="notice warn" role="alert" data-testid="notice-old-extension">
          <p class="notice-text">{t('noticeOldExtension')}</p>
          <button
            type="button"
            class="notice-close"
            onClick={() => void run({ type: 'notices/dismiss-old-extension' })}
          >
            {t('noticeDismiss')}
          </button>
        </div>
      )}
      {synced && oldExtension === 'permanent' && (
        <p class="notice warn" data-testid="note-old-extension">
          {t('noteOldExtension')}
        </p>
      )}
      {webhooksOn && (
        <p class="notice info" data-testid="notice-manual-sync">
          {t('noticeManualSyncIgnored')}
        </p>
      )}
    </>
  );
}
