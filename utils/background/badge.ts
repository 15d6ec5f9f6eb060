import { browser } from 'wxt/browser';

import { readRecord } from '@/utils/storage/kv';

/**
 * Shows on the toolbar icon how many statuses read from Frontpad have no Zenky status yet,
 * or «!» while a sync waits for a retry.
 */
export async function updateBadge(): Promise<void> {
  const [catalog, draft, pending] = await Promise.all([
    readRecord('catalog'),
    readRecord('draft'),
    readRecord('pending'),
  ]);

  const unmapped = (catalog?.statuses ?? []).filter(
    (status) => !draft?.entries[String(status.code)]?.order_status_id,
  ).length;

  const text = pending ? '!' : unmapped > 0 ? String(unmapped) : '';

  // Manifest V3 names the toolbar button `action`; Firefox's Manifest V2 build `browserAction`.
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text });
  await action.setBadgeBackgroundColor({ color: pending ? '#c62828' : '#e65100' });
}
