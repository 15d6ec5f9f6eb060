import { browser } from 'wxt/browser';

import { t } from '@/utils/i18n/t';
import { badgeState, type BadgeReason } from '@/utils/mapping/badge-state';
import { readRecord } from '@/utils/storage/kv';
import { pendingWrite } from '@/utils/sync/pending-write';

const COLORS: Record<BadgeReason, string> = {
  failed: '#c62828',
  retrying: '#ef6c00',
  sending: '#1565c0',
  unmapped: '#e65100',
  stale: '#1565c0',
  none: '#1565c0',
};

/** Updates the toolbar badge and its tooltip from the stored catalog, draft, mapping and outbox. */
export async function updateBadge(): Promise<void> {
  const [catalog, draft, remote, outbox] = await Promise.all([
    readRecord('catalog'),
    readRecord('draft'),
    readRecord('remote'),
    readRecord('outbox'),
  ]);
  const pending = pendingWrite(outbox);

  const state = badgeState({
    statuses: catalog?.statuses ?? [],
    entries: draft?.entries ?? {},
    remoteItems: remote?.mapping.items ?? null,
    pending: pending?.state ?? null,
  });

  const retryAt = pending?.nextAttemptAt
    ? new Date(pending.nextAttemptAt).toLocaleTimeString()
    : '';
  const titles: Record<BadgeReason, string> = {
    failed: t('badgeFailed', [pending?.error?.message ?? '']),
    retrying: t('badgeRetrying', [retryAt, pending?.attempts ?? 0]),
    sending: t('badgeSending'),
    unmapped: t('badgeUnmapped', [state.count]),
    stale: t('badgeStale'),
    none: t('extName'),
  };

  // Manifest V3 names the toolbar button `action`; Firefox's Manifest V2 build `browserAction`.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: state.text });
  await action.setBadgeBackgroundColor({ color: COLORS[state.reason] });
  await action.setTitle({ title: titles[state.reason] });
}
