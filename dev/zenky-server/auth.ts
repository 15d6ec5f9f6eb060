import { HttpError, readHeader } from './http-helpers';
import type { RequestContext } from './router';

/** The store a request acts on, after its token and store id have been checked. */
export interface AuthorizedStore {
  id: string;
  webhookToken: string;
  statusWebhooksEnabled: boolean;
}

interface StoreRow {
  id: string;
  webhook_token: string;
  status_webhooks_enabled: number;
}

const BEARER_PATTERN = /^Bearer\s+(\S+)\s*$/i;

/**
 * Checks `Authorization: Bearer` and `X-Store-Id` in Zenky's order: an unknown token is 401,
 * a missing or unknown store is 404, and a store the token does not belong to is 403.
 */
export function authorizeStore(ctx: RequestContext): AuthorizedStore {
  const authorization = readHeader(ctx.req, 'Authorization') ?? '';
  const token = BEARER_PATTERN.exec(authorization)?.[1];
  const tokenRow =
    token === undefined
      ? undefined
      : (ctx.db.prepare('SELECT store_id FROM api_tokens WHERE token = ?').get(token) as
          { store_id: string } | undefined);
  if (tokenRow === undefined) {
    throw new HttpError(401, 'Unauthenticated.', {}, { 'WWW-Authenticate': 'Bearer' });
  }

  const storeId = readHeader(ctx.req, 'X-Store-Id');
  if (storeId === undefined || storeId === '') {
    throw new HttpError(404, 'Store not found: the X-Store-Id header is missing.');
  }
  const store = ctx.db
    .prepare('SELECT id, webhook_token, status_webhooks_enabled FROM stores WHERE id = ?')
    .get(storeId) as StoreRow | undefined;
  if (store === undefined) {
    throw new HttpError(404, `Store ${storeId} not found.`);
  }

  if (tokenRow.store_id !== store.id) {
    throw new HttpError(403, `This token has no access to store ${store.id}.`);
  }

  return {
    id: store.id,
    webhookToken: store.webhook_token,
    statusWebhooksEnabled: store.status_webhooks_enabled === 1,
  };
}
