import { authorizeStore, type AuthorizedStore } from '../auth';
import { HttpError, parseJsonBody, type JsonReply } from '../http-helpers';
import type { RequestContext } from '../router';

function settingsReply(ctx: RequestContext, store: AuthorizedStore): JsonReply {
  return {
    status: 200,
    body: {
      data: {
        status_webhooks_enabled: store.statusWebhooksEnabled,
        webhook_url: `${ctx.baseUrl}/api/${store.webhookToken}`,
      },
    },
  };
}

/** `GET /v2/exchange/frontpad/settings`. */
export function getSettings(ctx: RequestContext): JsonReply {
  return settingsReply(ctx, authorizeStore(ctx));
}

/** `PATCH /v2/exchange/frontpad/settings` with a required boolean `status_webhooks_enabled`. */
export async function patchSettings(ctx: RequestContext): Promise<JsonReply> {
  const store = authorizeStore(ctx);
  const body = parseJsonBody(await ctx.readBody());

  const value =
    typeof body === 'object' && body !== null && 'status_webhooks_enabled' in body
      ? body.status_webhooks_enabled
      : undefined;
  if (typeof value !== 'boolean') {
    const message =
      value === undefined
        ? 'The status_webhooks_enabled field is required.'
        : 'The status_webhooks_enabled field must be true or false.';
    throw new HttpError(422, message, { errors: { status_webhooks_enabled: [message] } });
  }

  ctx.db
    .prepare('UPDATE stores SET status_webhooks_enabled = ? WHERE id = ?')
    .run(value ? 1 : 0, store.id);
  return settingsReply(ctx, { ...store, statusWebhooksEnabled: value });
}
