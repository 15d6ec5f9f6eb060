import type { ZenkyDb } from './db';
import { HttpError, readHeader, type JsonReply } from './http-helpers';
import { loadCurrentMapping } from './mapping-store';
import { parseWebhookBody, type FrontpadWebhook } from './parse-webhook-body';
import type { RequestContext } from './router';

/** Result of a webhook, stored in `webhook_log.outcome`. */
export type WebhookOutcome =
  | 'applied'
  | 'unknown_token'
  | 'bad_body'
  | 'unsupported_action'
  | 'webhooks_disabled'
  | 'unknown_order'
  | 'code_not_mapped'
  | 'code_not_notified';

interface WebhookResult {
  outcome: WebhookOutcome;
  detail: string;
  storeId?: string;
  frontpadOrderId?: number;
  frontpadCode?: number;
}

interface StoreRow {
  id: string;
  status_webhooks_enabled: number;
}

interface OrderRow {
  id: string;
  status_name: string | null;
}

/** Decides what a parsed webhook does to the store's orders, and does it. */
function applyWebhook(db: ZenkyDb, store: StoreRow, webhook: FrontpadWebhook): WebhookResult {
  const ids = { storeId: store.id, frontpadOrderId: webhook.orderId, frontpadCode: webhook.status };
  if (webhook.action !== 'change_status') {
    const detail = `Action "${webhook.action}" is not handled; only change_status is.`;
    return { outcome: 'unsupported_action', detail, ...ids };
  }
  if (store.status_webhooks_enabled !== 1) {
    const detail = 'Status webhooks are turned off in the store settings.';
    return { outcome: 'webhooks_disabled', detail, ...ids };
  }

  const order = db
    .prepare(
      'SELECT orders.id, order_statuses.name AS status_name FROM orders ' +
        'JOIN order_statuses ON order_statuses.id = orders.order_status_id ' +
        'WHERE orders.store_id = ? AND orders.frontpad_order_id = ?',
    )
    .get(store.id, webhook.orderId) as OrderRow | undefined;
  if (order === undefined) {
    const detail = `No order has Frontpad order id ${webhook.orderId}.`;
    return { outcome: 'unknown_order', detail, ...ids };
  }

  const mapping = loadCurrentMapping(db, store.id);
  const item = mapping.items.find((candidate) => candidate.frontpad_code === webhook.status);
  if (item === undefined || item.order_status_id === null) {
    const detail = `Frontpad status ${webhook.status} is not mapped to a Zenky status.`;
    return { outcome: 'code_not_mapped', detail, ...ids };
  }
  if (!item.notify) {
    const detail = `Frontpad status ${webhook.status} is mapped but not marked notify.`;
    return { outcome: 'code_not_notified', detail, ...ids };
  }

  db.prepare('UPDATE orders SET order_status_id = ?, updated_at = ? WHERE id = ?').run(
    item.order_status_id,
    new Date().toISOString(),
    order.id,
  );
  const newStatus = db
    .prepare('SELECT name FROM order_statuses WHERE id = ?')
    .get(item.order_status_id) as { name: string | null } | undefined;
  const detail =
    `Order ${webhook.orderId} moved from "${order.status_name ?? '(unnamed)'}" ` +
    `to "${newStatus?.name ?? item.order_status_id}".`;
  return { outcome: 'applied', detail, ...ids };
}

async function handleRequest(ctx: RequestContext): Promise<WebhookResult> {
  let text = '';
  let bodyProblem: string | undefined;
  try {
    text = await ctx.readBody();
  } catch (error) {
    if (!(error instanceof HttpError)) {
      throw error;
    }
    bodyProblem = error.message;
  }

  const store = ctx.db
    .prepare('SELECT id, status_webhooks_enabled FROM stores WHERE webhook_token = ?')
    .get(ctx.params.token) as StoreRow | undefined;
  if (store === undefined) {
    return { outcome: 'unknown_token', detail: 'No store has this webhook token.' };
  }

  const parsed =
    bodyProblem === undefined
      ? parseWebhookBody(text, readHeader(ctx.req, 'Content-Type'))
      : { ok: false as const, reason: bodyProblem };
  if (!parsed.ok) {
    return { outcome: 'bad_body', detail: parsed.reason, storeId: store.id };
  }
  return ctx.db.transaction(() => applyWebhook(ctx.db, store, parsed.webhook))();
}

/**
 * `POST /api/:token`: receives Frontpad's status webhook. An order moves to the mapped Zenky
 * status only when the code is mapped, marked notify and webhooks are on. Every webhook is
 * stored in `webhook_log` with its outcome, and Frontpad gets 200 unless the server fails.
 */
export async function receiveWebhook(ctx: RequestContext): Promise<JsonReply> {
  const result = await handleRequest(ctx);

  ctx.db
    .prepare(
      'INSERT INTO webhook_log ' +
        '(received_at, store_id, frontpad_order_id, frontpad_code, outcome, detail) ' +
        'VALUES (?, ?, ?, ?, ?, ?)',
    )
    .run(
      new Date().toISOString(),
      result.storeId ?? null,
      result.frontpadOrderId ?? null,
      result.frontpadCode ?? null,
      result.outcome,
      result.detail,
    );
  ctx.log(`webhook ${result.outcome}: ${result.detail}`);

  return { status: 200, body: { outcome: result.outcome } };
}
