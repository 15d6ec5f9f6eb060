import { t } from '@/utils/i18n/t';
import type { AppState } from '@/utils/messages/state';

/**
 * The two warnings the operator must see: after the first mapping sync the old extension's
 * status list shows wrong values, and while status webhooks are on manual order sync is
 * ignored.
 */
export function Notices({ state }: { state: AppState }) {
  const webhooksOn = state.settings?.status_webhooks_enabled === true;

  return (
    <>
      {state.firstMappingSyncAt && (
        <p class="notice warn" data-testid="notice-old-extension">
          {t('noticeOldExtension')}
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
