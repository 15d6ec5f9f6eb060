import { formatTime } from '@/utils/i18n/format-time';
import { t } from '@/utils/i18n/t';
import type { SetupItem } from '@/utils/setup/checklist';

/** Returns the checklist line of a step in the UI language. */
export function setupItemTitle(item: SetupItem): string {
  switch (item.id) {
    case 'statuses-read':
      return t('setupStatusesRead');
    case 'all-mapped':
      return t('setupAllMapped');
    case 'notify-marked':
      return t('setupNotifyMarked', [item.max]);
    case 'mapping-synced':
      return t('setupMappingSynced');
    case 'webhooks-on':
      return t('setupWebhooksOn');
    case 'url-in-frontpad':
      return t('setupUrlInFrontpad');
    case 'frontpad-restarted':
      return t('setupFrontpadRestarted');
  }
}

/** Returns the step's current state or what to do about it, or null when its action is enough. */
export function setupItemDetail(item: SetupItem): string | null {
  switch (item.id) {
    case 'statuses-read':
      return item.done ? t('setupStatusesReadCount', [item.count]) : t('setupStatusesReadHow');
    case 'all-mapped':
      return item.total === 0 ? null : t('setupAllMappedCount', [item.mapped, item.total]);
    case 'notify-marked':
      return t('setupNotifyMarkedCount', [item.count, item.max]);
    case 'mapping-synced':
      return mappingSyncedDetail(item);
    case 'webhooks-on':
      if (item.enabled === null) return t('webhooksUnknown');
      return item.enabled ? null : t('setupWebhooksOnEffect');
    case 'url-in-frontpad':
      return urlDetail(item);
    case 'frontpad-restarted':
      if (item.done) return null;
      return item.canConfirm ? t('setupFrontpadRestartedHow') : t('setupFrontpadRestartedLater');
  }
}

function mappingSyncedDetail(item: Extract<SetupItem, { id: 'mapping-synced' }>): string | null {
  switch (item.sync) {
    case 'no-statuses':
      return null;
    case 'conflict':
      return t('setupSyncConflict');
    case 'pending':
      return t('syncPending');
    case 'unsynced':
      return t('setupSyncChanges');
    case 'synced':
      return t('setupSyncRevision', [item.revision ?? 0]);
  }
}

function urlDetail(item: Extract<SetupItem, { id: 'url-in-frontpad' }>): string {
  const seenAt = item.seenAt ? formatTime(item.seenAt) : '';

  switch (item.field) {
    case 'unseen':
      return t('setupUrlUnseen');
    case 'empty':
      return t('setupUrlSeenEmpty', [seenAt]);
    case 'equal':
      return t('setupUrlSeenEqual', [seenAt]);
    case 'foreign':
      return t('setupUrlSeenForeign', [seenAt, item.value ?? '']);
  }
}
