import type { Runtime } from 'webextension-polyfill';

import { FRONTPAD_MATCHES, LOCAL_STANDIN_MATCHES } from '@/utils/origins';

export type SenderKind = 'extension-page' | 'frontpad-tab' | 'rejected';

/**
 * Classifies who sent a message. Only this extension is accepted: its own pages (popup,
 * options) by their URL, and content scripts only from tabs on Frontpad's origin (or the
 * local stand-in origin in builds made for tests and the demo).
 */
export function classifySender(
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
  localStandins: boolean,
): SenderKind {
  if (sender.id !== extensionId || !sender.url) return 'rejected';

  if (sender.url.startsWith(extensionOrigin)) return 'extension-page';

  const patterns = localStandins
    ? [...FRONTPAD_MATCHES, ...LOCAL_STANDIN_MATCHES]
    : FRONTPAD_MATCHES;
  if (sender.tab && patterns.some((pattern) => urlMatches(pattern, sender.url ?? ''))) {
    return 'frontpad-tab';
  }

  return 'rejected';
}

/** Matches `scheme://host/*` patterns; like browsers, it ignores the port. */
function urlMatches(pattern: string, url: string): boolean {
  const [scheme, rest] = pattern.split('://');
  const host = rest?.split('/')[0];

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }

  return parsed.protocol === `${scheme}:` && parsed.hostname === host;
}
