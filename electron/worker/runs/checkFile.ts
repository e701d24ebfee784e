import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors.js';
import { suggestMode } from '../../../shared/domain/modes.js';
import type { FileCheck, InvalidLine } from '../../../shared/domain/runs.js';
import { badInput, displayName } from '../files/sniffFile.js';
import { readVendorCodes } from './readVendorCodes.js';

export const MAX_CODES = 1_000_000;
const LISTED_INVALID = 50;

/**
 * Read a vendor-code list into a new run's input table (streamed; duplicates found by the
 * table's unique index, so memory does not grow with the file) and report what is in it.
 * All or nothing: a refused file leaves no run behind.
 */
export async function checkFile(db: Database.Database, file: string, sheet?: string): Promise<FileCheck> {
  const name = displayName(file);
  db.exec('BEGIN IMMEDIATE');
  try {
    // A checked file that was never started is superseded by the next check (its code list goes too).
    db.prepare("DELETE FROM runs WHERE state = 'checked'").run();
    const runId = Number(
      db.prepare("INSERT INTO runs (file_name, state, mode) VALUES (?, 'checked', 'standard')").run(name).lastInsertRowid,
    );
    const insert = db.prepare('INSERT OR IGNORE INTO run_codes (run_id, position, vendor_code) VALUES (?, ?, ?)');
    let codes = 0;
    let duplicates = 0;
    let blank = 0;
    let invalid = 0;
    const invalidLines: InvalidLine[] = [];
    for await (const line of readVendorCodes(file, sheet)) {
      if (line.kind === 'blank') blank += 1;
      else if (line.kind === 'invalid') {
        invalid += 1;
        if (invalidLines.length < LISTED_INVALID) invalidLines.push({ line: line.line, reason: line.reason });
      } else if (insert.run(runId, codes + 1, line.code).changes === 0) duplicates += 1;
      else if (++codes > MAX_CODES) {
        throw badInput(file, `больше ${MAX_CODES.toLocaleString('ru-RU')} артикулов. Разделите файл на части.`);
      }
      if ((codes + duplicates) % 20000 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    if (codes === 0) {
      throw badInput(file, 'в нём нет ни одного артикула. Нужен список: один артикул в строке или колонка «Артикул».');
    }
    const unknown = db
      .prepare(
        `SELECT COUNT(*) FROM run_codes rc WHERE rc.run_id = ?
           AND NOT EXISTS (SELECT 1 FROM products p WHERE p.vendor_code = rc.vendor_code)`,
      )
      .pluck()
      .get(runId) as number;
    const mode = suggestMode(codes);
    db.prepare('UPDATE runs SET total = ?, duplicates = ?, invalid = ?, unknown = ?, mode = ? WHERE id = ?').run(
      codes, duplicates, invalid, unknown, mode, runId,
    );
    db.exec('COMMIT');
    return { runId, fileName: name, codes, duplicates, blank, invalid, invalidLines, unknown, suggestedMode: mode };
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    if (error instanceof AppError) throw error;
    throw badInput(file, `не удалось прочитать: ${(error as Error).message}`);
  }
}
