import { authorizeStore } from '../auth';
import type { JsonReply } from '../http-helpers';
import type { RequestContext } from '../router';

/** `GET /v2/order-statuses`: the store's statuses by `sorting`, then by name. */
export function listOrderStatuses(ctx: RequestContext): JsonReply {
  const store = authorizeStore(ctx);
  const statuses = ctx.db
    .prepare(
      'SELECT id, name, kind, background_color, sorting FROM order_statuses ' +
        'WHERE store_id = ? ORDER BY sorting, name',
    )
    .all(store.id);
  return { status: 200, body: { data: statuses } };
}
