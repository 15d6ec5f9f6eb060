import { browser } from 'wxt/browser';

/**
 * Key in `storage.local` that the background bumps after a change the in-page panels show.
 * Content scripts can read `storage.local` and listen to its changes; the value is a time
 * and carries no data.
 */
export const STATE_SIGNAL_KEY = 'stateChangedAt';

/**
 * Requests that only read, so they signal no change. The panels' own `frontpad/get-state`
 * must be here, or each refresh would signal the next one.
 */
const READ_ONLY_REQUESTS = new Set([
  'state/get',
  'connection/get',
  'history/get',
  'frontpad/get-state',
  'frontpad/get-webhook-url',
]);

/** Tells whether a request may have changed what the panels show. */
export function changesPanelState(message: unknown): boolean {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && !READ_ONLY_REQUESTS.has(type);
}

/** Lets open Frontpad tabs know that the state changed, so that their panels refresh. */
export async function signalStateChanged(): Promise<void> {
  await browser.storage.local.set({ [STATE_SIGNAL_KEY]: Date.now() });
}
