import { browser } from 'wxt/browser';

/** Name of the alarm that resumes the mapping sync. */
export const RETRY_ALARM = 'mapping-sync-retry';

/**
 * Sets the alarm that wakes the background for the next sync step, or clears it for null.
 * Alarms outlive a stopped service worker; Chromium may drop them when the browser restarts,
 * so the background sets the alarm again from the stored outbox every time it starts.
 */
export async function scheduleRetryAlarm(at: Date | null): Promise<void> {
  if (at === null) {
    await browser.alarms.clear(RETRY_ALARM);
    return;
  }

  await browser.alarms.create(RETRY_ALARM, { when: at.getTime() });
}
