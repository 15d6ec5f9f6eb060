import { browser } from 'wxt/browser';

import { t } from '@/utils/i18n/t';
import { badgeState, type BadgeReason } from '@/utils/mapping/badge-state';
import { readRecord } from '@/utils/storage/kv';

const COLORS: Record<BadgeReason, string> = {
  pending: '#c62828',
  unmapped: '#e65100',
  stale: '#1565c0',
  none: '#1565c0',
};

/** Updates the toolbar badge and its tooltip from the stored catalog, draft and mapping. */
export async function updateBadge(): Promise<void> {
  const [catalog, draft, remote, pending] = await Promise.all([
    readRecord('catalog'),
    readRecord('draft'),
    readRecord('remote'),
    readRecord('pending'),
  ]);

  const state = badgeState({
    statuses: catalog?.statuses ?? [],
    entries: draft?.entries ?? {},
    remoteItems: remote?.mapping.items ?? null,
    pending: pending !== null,
  });

  const titles: Record<BadgeReason, string> = {
    pending: t('badgePending'),
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
