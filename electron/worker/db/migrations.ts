import type Database from 'better-sqlite3';

/** Each entry moves the schema one `user_version` up. Never edit a released entry; add a new one. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE rich_contents (
    id INTEGER PRIMARY KEY,
    json TEXT NOT NULL,
    origin TEXT NOT NULL CHECK (origin IN ('run', 'import')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  );
  CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    vendor_code TEXT NOT NULL UNIQUE,
    name TEXT, type TEXT, gender TEXT, brand TEXT, size TEXT, season TEXT, color TEXT, fastener TEXT,
    model_key TEXT, photo_url TEXT, sku TEXT, product_id TEXT, price REAL,
    stock INTEGER NOT NULL DEFAULT 0,
    barcodes TEXT NOT NULL DEFAULT '',
    material TEXT, mega_last TEXT, best_last TEXT, new_last TEXT, model_name TEXT,
    rich_content_id INTEGER REFERENCES rich_contents(id) ON DELETE SET NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
  );
  CREATE INDEX products_rich_content ON products(rich_content_id) WHERE rich_content_id IS NOT NULL;
  CREATE TABLE product_barcodes (
    barcode TEXT NOT NULL,
    product_id INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    PRIMARY KEY (barcode, product_id)
  );
  CREATE INDEX product_barcodes_product ON product_barcodes(product_id);
  CREATE TABLE imports (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    files TEXT NOT NULL,
    rows_read INTEGER NOT NULL, added INTEGER NOT NULL, updated INTEGER NOT NULL, rejected INTEGER NOT NULL,
    summary TEXT NOT NULL,
    finished_at TEXT NOT NULL
  );
  CREATE TABLE runs (
    -- AUTOINCREMENT: a deleted run's number is never given to another run.
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    file_name TEXT NOT NULL,
    state TEXT NOT NULL,
    mode TEXT NOT NULL,
    preset TEXT NOT NULL DEFAULT 'balanced',
    config TEXT,
    chunk_size INTEGER NOT NULL DEFAULT 100,
    total INTEGER NOT NULL DEFAULT 0,
    processed INTEGER NOT NULL DEFAULT 0,
    n_success INTEGER NOT NULL DEFAULT 0, n_insufficient INTEGER NOT NULL DEFAULT 0,
    n_no_similar INTEGER NOT NULL DEFAULT 0, n_incomplete_data INTEGER NOT NULL DEFAULT 0,
    n_no_data INTEGER NOT NULL DEFAULT 0, n_error INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0, invalid INTEGER NOT NULL DEFAULT 0, unknown INTEGER NOT NULL DEFAULT 0,
    elapsed_ms INTEGER NOT NULL DEFAULT 0,
    message TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    started_at TEXT, finished_at TEXT
  );
  CREATE TABLE run_codes (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    vendor_code TEXT NOT NULL,
    PRIMARY KEY (run_id, position)
  ) WITHOUT ROWID;
  CREATE UNIQUE INDEX run_codes_code ON run_codes(run_id, vendor_code);
  CREATE TABLE run_results (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    vendor_code TEXT NOT NULL,
    status TEXT NOT NULL,
    message TEXT,
    rec_count INTEGER NOT NULL,
    top_score REAL,
    ms REAL NOT NULL,
    recommendations TEXT,
    rich_content_id INTEGER REFERENCES rich_contents(id) ON DELETE SET NULL,
    PRIMARY KEY (run_id, position)
  );
  CREATE INDEX run_results_status ON run_results(run_id, status, position);
  CREATE INDEX run_results_code ON run_results(run_id, vendor_code);
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
  `,
  // Results sorted by top score page by page (keyset on the same expression).
  `CREATE INDEX run_results_score ON run_results(run_id, COALESCE(top_score, -1), position);`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export function currentVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Apply the missing migrations, each in its own transaction with its version bump. */
export function migrate(db: Database.Database): number {
  const from = currentVersion(db);
  for (let version = from; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
  return currentVersion(db);
}
