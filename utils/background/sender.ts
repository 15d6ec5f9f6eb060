import type { Runtime } from 'webextension-polyfill';

import { FRONTPAD_MATCHES, LOCAL_STANDIN_MATCHES } from '@/utils/origins';

export type SenderKind = 'options-page' | 'extension-page' | 'frontpad-tab' | 'rejected';

/** Path of the options page, the only page that may read or change the Zenky token. */
const OPTIONS_PAGE_PATH = '/options.html';

/**
 * Classifies who sent a message. Only this extension is accepted: its own pages by their URL,
 * where the options page is told apart from the popup. Content scripts are accepted only from
 * tabs on Frontpad's origin, or on the local stand-in origin in builds for tests and the demo.
 */
export function classifySender(
  sender: Runtime.MessageSender,
  extensionId: string,
  extensionOrigin: string,
  localStandins: boolean,
): SenderKind {
  if (sender.id !== extensionId || !sender.url) return 'rejected';

  if (sender.url.startsWith(extensionOrigin)) {
    return pathOf(sender.url) === OPTIONS_PAGE_PATH ? 'options-page' : 'extension-page';
  }

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

function pathOf(url: string): string | null {
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}
