import type { PageRequest } from '@/utils/messages/protocol';

import type { SenderKind } from './sender';

/** Requests that return or carry the Zenky token: only the options page may send them. */
const OPTIONS_PAGE_REQUESTS: ReadonlySet<PageRequest['type']> = new Set([
  'connection/get',
  'connection/save',
  'connection/test',
]);

/** Tells whether an extension page of this kind may send the request. */
export function pageMaySend(request: PageRequest, sender: SenderKind): boolean {
  if (sender === 'options-page') return true;

  return sender === 'extension-page' && !OPTIONS_PAGE_REQUESTS.has(request.type);
}
