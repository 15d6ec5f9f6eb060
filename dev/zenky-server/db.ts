import Database from 'better-sqlite3';

/** The stand-in server's SQLite database. */
export type ZenkyDb = Database.Database;

/**
 * Schema steps in order. Step N brings `PRAGMA user_version` from N - 1 to N. Add a new step
 * for every change and leave shipped steps as they are, because existing files ran them.
 */
const MIGRATIONS: ReadonlyArray<(db: ZenkyDb) => void> = [
  (db) => {
    db.exec(`
      CREATE TABLE stores (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        webhook_token TEXT NOT NULL UNIQUE,
        status_webhooks_enabled INTEGER NOT NULL DEFAULT 0
      );

      CREATE TABLE api_tokens (
        token TEXT PRIMARY KEY,
        store_id TEXT NOT NULL REFERENCES stores (id)
      );

      CREATE TABLE order_statuses (
        id TEXT PRIMARY KEY,
        store_id TEXT NOT NULL REFERENCES stores (id),
        name TEXT,
        kind TEXT NOT NULL,
        background_color TEXT,
        sorting INTEGER
      );

      CREATE TABLE mapping_revisions (
        store_id TEXT NOT NULL REFERENCES stores (id),
        revision INTEGER NOT NULL,
        items_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        idempotency_key TEXT,
        PRIMARY KEY (store_id, revision)
      );

      CREATE TABLE idempotency_keys (
        store_id TEXT NOT NULL REFERENCES stores (id),
        key TEXT NOT NULL,
        request_fingerprint TEXT NOT NULL,
        response_status INTEGER NOT NULL,
        response_body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (store_id, key)
      );

      CREATE TABLE orders (
        id TEXT PRIMARY KEY,
        store_id TEXT NOT NULL REFERENCES stores (id),
        frontpad_order_id INTEGER NOT NULL,
        order_status_id TEXT NOT NULL REFERENCES order_statuses (id),
        updated_at TEXT NOT NULL,
        UNIQUE (store_id, frontpad_order_id)
      );

      CREATE TABLE webhook_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        received_at TEXT NOT NULL,
        store_id TEXT,
        frontpad_order_id INTEGER,
        frontpad_code INTEGER,
        outcome TEXT NOT NULL,
        detail TEXT NOT NULL
      );
    `);
  },
  (db) => {
    db.exec('ALTER TABLE order_statuses ADD COLUMN is_hidden INTEGER NOT NULL DEFAULT 0');
  },
];

/** Applies the migration steps the file has not run yet, each in its own transaction. */
function migrate(db: ZenkyDb): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(
      `Database schema version ${current} is newer than this server (${MIGRATIONS.length}); ` +
        'start it with --reset or use a newer server',
    );
  }

  for (let version = current; version < MIGRATIONS.length; version++) {
    const step = MIGRATIONS[version]!;
    db.transaction(() => {
      step(db);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}

/** Opens (creating if needed) the database file and brings its schema up to date. */
export function openDatabase(path: string): ZenkyDb {
  const db = new Database(path);
  db.pragma('foreign_keys = ON');
  migrate(db);
  return db;
}
