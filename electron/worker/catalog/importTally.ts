import type Database from 'better-sqlite3';
import type { ImportKind, ImportSummary, RowRejection } from '../../../shared/domain/catalog.js';
import { displayName } from '../files/sniffFile.js';

const MAX_LISTED_REJECTIONS = 100;

/** Counts of one import; the summary the user sees and the imports log row. */
export class ImportTally {
  rowsRead = 0;
  added = 0;
  updated = 0;
  rejected = 0;
  readonly rejections: RowRejection[] = [];
  readonly notes: string[] = [];
  private readonly started = Date.now();

  constructor(
    readonly kind: ImportKind | 'demo',
    readonly files: string[],
  ) {}

  reject(file: string, row: number, reason: string): void {
    this.rejected += 1;
    if (this.rejections.length < MAX_LISTED_REJECTIONS) this.rejections.push({ file: displayName(file), row, reason });
  }

  summary(): ImportSummary {
    return {
      kind: this.kind,
      files: this.files.map(displayName),
      rowsRead: this.rowsRead,
      added: this.added,
      updated: this.updated,
      rejected: this.rejected,
      rejections: this.rejections,
      notes: this.notes,
      ms: Date.now() - this.started,
      finishedAt: new Date().toISOString(),
    };
  }
}

function logImport(db: Database.Database, summary: ImportSummary): void {
  db.prepare(
    `INSERT INTO imports (kind, files, rows_read, added, updated, rejected, summary, finished_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    summary.kind,
    JSON.stringify(summary.files),
    summary.rowsRead,
    summary.added,
    summary.updated,
    summary.rejected,
    JSON.stringify(summary),
    summary.finishedAt,
  );
}

/**
 * One import = one transaction: all rows of all files, or nothing. The body may await (streamed
 * reading), so the transaction is opened by hand; the worker's job lock keeps other writers out.
 */
export async function importInTransaction(
  db: Database.Database,
  tally: ImportTally,
  body: () => Promise<void>,
): Promise<ImportSummary> {
  db.exec('BEGIN IMMEDIATE');
  try {
    await body();
    const summary = tally.summary();
    logImport(db, summary);
    db.exec('COMMIT');
    return summary;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
