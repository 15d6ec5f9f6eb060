import { authorizeStore } from '../auth';
import type { JsonReply } from '../http-helpers';
import type { RequestContext } from '../router';

/** `GET /v2/order-statuses`: the store's statuses by `sorting`, then by name. */
export function listOrderStatuses(ctx: RequestContext): JsonReply {
  const store = authorizeStore(ctx);
  const rows = ctx.db
    .prepare(
      'SELECT id, name, kind, background_color, sorting, is_hidden FROM order_statuses ' +
        'WHERE store_id = ? ORDER BY sorting, name',
    )
    .all(store.id) as { is_hidden: number }[];
  const statuses = rows.map((row) => ({ ...row, is_hidden: row.is_hidden === 1 }));
  return { status: 200, body: { data: statuses } };
}
