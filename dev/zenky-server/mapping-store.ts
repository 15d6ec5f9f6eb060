import type { Mapping, MappingItem } from '../../utils/zenky/schemas';
import type { ZenkyDb } from './db';

interface RevisionRow {
  store_id: string;
  revision: number;
  items_json: string;
  created_at: string;
  idempotency_key: string | null;
}

/** A saved revision as `GET /dev/mapping-revisions` lists it. */
export interface StoredRevision {
  store_id: string;
  revision: number;
  created_at: string;
  idempotency_key: string | null;
  items: MappingItem[];
}

function toMapping(row: RevisionRow): Mapping {
  return {
    revision: row.revision,
    updated_at: row.created_at,
    items: JSON.parse(row.items_json) as MappingItem[],
  };
}

/** Returns the store's newest mapping, or revision 0 with no items before the first save. */
export function loadCurrentMapping(db: ZenkyDb, storeId: string): Mapping {
  const row = db
    .prepare('SELECT * FROM mapping_revisions WHERE store_id = ? ORDER BY revision DESC LIMIT 1')
    .get(storeId) as RevisionRow | undefined;
  return row === undefined ? { revision: 0, updated_at: null, items: [] } : toMapping(row);
}

/** Stores `items` as the revision after `baseRevision`. Call it inside a transaction. */
export function insertRevision(
  db: ZenkyDb,
  storeId: string,
  baseRevision: number,
  items: MappingItem[],
  idempotencyKey: string,
): Mapping {
  const row: RevisionRow = {
    store_id: storeId,
    revision: baseRevision + 1,
    items_json: JSON.stringify(items),
    created_at: new Date().toISOString(),
    idempotency_key: idempotencyKey,
  };
  db.prepare(
    'INSERT INTO mapping_revisions (store_id, revision, items_json, created_at, idempotency_key) ' +
      'VALUES (@store_id, @revision, @items_json, @created_at, @idempotency_key)',
  ).run(row);
  return toMapping(row);
}

/** Returns every saved revision, oldest first, of one store or of all stores. */
export function listRevisions(db: ZenkyDb, storeId?: string): StoredRevision[] {
  const rows = (
    storeId === undefined
      ? db.prepare('SELECT * FROM mapping_revisions ORDER BY store_id, revision').all()
      : db
          .prepare('SELECT * FROM mapping_revisions WHERE store_id = ? ORDER BY revision')
          .all(storeId)
  ) as RevisionRow[];

  return rows.map((row) => ({
    store_id: row.store_id,
    revision: row.revision,
    created_at: row.created_at,
    idempotency_key: row.idempotency_key,
    items: JSON.parse(row.items_json) as MappingItem[],
  }));
}

/** Returns the ids of the store's order statuses, for checking `order_status_id` values. */
export function loadStatusIds(db: ZenkyDb, storeId: string): Set<string> {
  const rows = db.prepare('SELECT id FROM order_statuses WHERE store_id = ?').all(storeId) as {
    id: string;
  }[];
  return new Set(rows.map((row) => row.id));
}
