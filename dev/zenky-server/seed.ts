import type { OrderStatusKind } from '../../utils/zenky/schemas';
import type { ZenkyDb } from './db';

/** Order status row. Its `sorting` follows from its position in the list. */
type SeedStatus = [
  id: string,
  name: string,
  kind: OrderStatusKind,
  backgroundColor: string,
  hidden?: boolean,
];

export interface SeedStore {
  id: string;
  name: string;
  /** Bearer token for the API. It is fixed and public, so it works only against this server. */
  token: string;
  /** Secret path segment of the Frontpad webhook URL, `/api/<webhookToken>`. */
  webhookToken: string;
  statuses: SeedStatus[];
  /** The store's orders, all created in its first status. */
  orders: { id: string; frontpadOrderId: number }[];
}

/** The store the extension is set up with in development, the demo and the tests. */
export const SEED_STORE: SeedStore = {
  id: '5e3d0000-0000-4000-8000-00000000000a',
  name: 'Пиццерия «Тестовая»',
  token: 'zk_dev_fake_token_store_a',
  webhookToken: 'fp_dev_fake_webhook_store_a',
  statuses: [
    ['5e3d0000-0000-4000-8000-0000000a0001', 'Новый', 'pending', '#2196f3'],
    ['5e3d0000-0000-4000-8000-0000000a0002', 'Ожидает оплаты', 'awaiting_payment', '#ffc107'],
    ['5e3d0000-0000-4000-8000-0000000a0003', 'Принят', 'submitted', '#03a9f4'],
    ['5e3d0000-0000-4000-8000-0000000a0004', 'Передан в Frontpad', 'exported', '#3f51b5'],
    ['5e3d0000-0000-4000-8000-0000000a0005', 'Готовится', 'packing', '#ff9800'],
    ['5e3d0000-0000-4000-8000-0000000a0006', 'Готов', 'ready', '#8bc34a'],
    ['5e3d0000-0000-4000-8000-0000000a0007', 'Ожидает курьера', 'awaiting_delivery', '#cddc39'],
    ['5e3d0000-0000-4000-8000-0000000a0008', 'Доставляется', 'delivering', '#009688'],
    ['5e3d0000-0000-4000-8000-0000000a0009', 'Доставлен', 'delivered', '#4caf50'],
    ['5e3d0000-0000-4000-8000-0000000a0010', 'Завершён', 'completed', '#2e7d32'],
    ['5e3d0000-0000-4000-8000-0000000a0011', 'Отклонён', 'rejected', '#f44336'],
    ['5e3d0000-0000-4000-8000-0000000a0012', 'Отменён', 'cancelled', '#9e9e9e'],
    ['5e3d0000-0000-4000-8000-0000000a0013', 'Уточняется у клиента', 'custom', '#9c27b0'],
    [
      '5e3d0000-0000-4000-8000-0000000a0014',
      'Архивный (не используется)',
      'completed',
      '#bdbdbd',
      true,
    ],
  ],
  orders: [
    { id: '5e3d0000-0000-4000-8000-0000000ac001', frontpadOrderId: 1000020 },
    { id: '5e3d0000-0000-4000-8000-0000000ac002', frontpadOrderId: 1000021 },
    { id: '5e3d0000-0000-4000-8000-0000000ac003', frontpadOrderId: 1000022 },
  ],
};

/** A second store, so that a request with its token and the first store's id gets 403. */
export const SEED_OTHER_STORE: SeedStore = {
  id: '5e3d0000-0000-4000-8000-00000000000b',
  name: 'Суши «Пример»',
  token: 'zk_dev_fake_token_store_b',
  webhookToken: 'fp_dev_fake_webhook_store_b',
  statuses: [
    ['5e3d0000-0000-4000-8000-0000000b0001', 'Новый', 'pending', '#2196f3'],
    ['5e3d0000-0000-4000-8000-0000000b0002', 'Доставлен', 'delivered', '#4caf50'],
  ],
  orders: [{ id: '5e3d0000-0000-4000-8000-0000000bc001', frontpadOrderId: 2000001 }],
};

/** Fixed last-change time of the seeded orders, so that every seeded database is identical. */
const SEED_TIME = '2026-12-04T09:00:00.000Z';

function insertStore(db: ZenkyDb, store: SeedStore): void {
  db.prepare('INSERT INTO stores (id, name, webhook_token) VALUES (?, ?, ?)').run(
    store.id,
    store.name,
    store.webhookToken,
  );
  db.prepare('INSERT INTO api_tokens (token, store_id) VALUES (?, ?)').run(store.token, store.id);

  const insertStatus = db.prepare(
    'INSERT INTO order_statuses (id, store_id, name, kind, background_color, sorting, is_hidden) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  store.statuses.forEach(([id, name, kind, backgroundColor, hidden], index) => {
    insertStatus.run(id, store.id, name, kind, backgroundColor, (index + 1) * 10, hidden ? 1 : 0);
  });

  const insertOrder = db.prepare(
    'INSERT INTO orders (id, store_id, frontpad_order_id, order_status_id, updated_at) ' +
      'VALUES (?, ?, ?, ?, ?)',
  );
  const [firstStatusId] = store.statuses[0]!;
  for (const order of store.orders) {
    insertOrder.run(order.id, store.id, order.frontpadOrderId, firstStatusId, SEED_TIME);
  }
}

/**
 * Fills an empty database with the two stores, their statuses and orders. Webhooks start off
 * and no mapping is saved (revision 0). A database that already has stores is left as it is.
 */
export function seedDatabase(db: ZenkyDb): void {
  const { count } = db.prepare('SELECT COUNT(*) AS count FROM stores').get() as { count: number };
  if (count > 0) {
    return;
  }

  db.transaction(() => {
    insertStore(db, SEED_STORE);
    insertStore(db, SEED_OTHER_STORE);
  })();
}
