import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { AppError } from '../../../shared/errors.js';
import { RateGate } from '../../../shared/rateGate.js';
import { exportTempPath, type ExportProfile, type ExportSummary } from '../../../shared/domain/exports.js';
import { EXCEL_SAFE_LENGTH } from '../../../shared/domain/validateRichContent.js';
import type { ExportProgress } from '../../../shared/protocol/messages.js';

export interface ExportRequest {
  path: string;
  runId: number | null;
  profile: ExportProfile;
  exportId: string;
}

export interface ExportHooks {
  progress: (progress: ExportProgress) => void;
  cancelled: () => boolean;
  /** Where the bytes go; a test passes a writer that fails like a full disk. */
  openOutput?: (tempPath: string) => NodeJS.WritableStream;
}

interface Dialect {
  header: string[];
  delimiter: string;
  bom: boolean;
  quoteAll: boolean;
}

const DIALECTS: Record<ExportProfile, Dialect> = {
  standard: { header: ['oz_vendor_code', 'oz_sku', 'rich_content'], delimiter: ',', bom: false, quoteAll: false },
  excel: { header: ['oz_vendor_code', 'oz_sku', 'rich_content'], delimiter: ';', bom: true, quoteAll: true },
  ozon: { header: ['Артикул', 'Rich-контент JSON'], delimiter: ';', bom: true, quoteAll: false },
};

const PAGE = 200;

interface ExportRow {
  key: string | number;
  vendor_code: string;
  sku: string | null;
  json: string;
}

/** Pages by key instead of an open iterator, so the read connection stays free for the results table. */
function pageReader(db: Database.Database, runId: number | null): { total: number; page: (after: string | number) => ExportRow[] } {
  if (runId !== null) {
    const stmt = db.prepare(
      `SELECT r.position AS key, r.vendor_code, p.sku, c.json FROM run_results r
       JOIN rich_contents c ON c.id = r.rich_content_id LEFT JOIN products p ON p.vendor_code = r.vendor_code
       WHERE r.run_id = ? AND r.status = 'success' AND r.position > ? ORDER BY r.position LIMIT ${PAGE}`,
    );
    const total = db
      .prepare("SELECT COUNT(*) FROM run_results WHERE run_id = ? AND status = 'success' AND rich_content_id IS NOT NULL")
      .pluck()
      .get(runId) as number;
    return { total, page: (after) => stmt.all(runId, after) as ExportRow[] };
  }
  const stmt = db.prepare(
    `SELECT p.vendor_code AS key, p.vendor_code, p.sku, c.json FROM products p JOIN rich_contents c ON c.id = p.rich_content_id
     WHERE p.vendor_code > ? ORDER BY p.vendor_code LIMIT ${PAGE}`,
  );
  const total = db.prepare('SELECT COUNT(*) FROM products WHERE rich_content_id IS NOT NULL').pluck().get() as number;
  return { total, page: (after) => stmt.all(after) as ExportRow[] };
}

function checkTarget(target: string): void {
  const dir = path.dirname(target);
  if (!fs.existsSync(dir)) {
    throw new AppError('bad_input', `Папки «${dir}» нет. Выберите другую папку для сохранения.`);
  }
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new AppError('bad_input', `В папку «${dir}» нельзя записывать. Выберите другую папку (например, «Документы»).`);
  }
}

function describeWriteError(error: unknown, target: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC') {
    return new AppError('disk_full', `На диске не хватило места для «${path.basename(target)}». Освободите место и повторите экспорт.`);
  }
  return new AppError('export_failed', `Не удалось записать «${path.basename(target)}»: ${(error as Error).message}. Файл не создан.`);
}

function writeChunk(out: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    out.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

function closeOutput(out: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    out.on('error', reject);
    out.end(() => resolve());
  });
}

/**
 * Stream rich content from the DB to a temporary file beside the target, then rename it: a failed
 * or cancelled export never leaves a file (half or whole) under the chosen name, nor the temporary one.
 */
export async function exportRichContent(db: Database.Database, req: ExportRequest, hooks: ExportHooks): Promise<ExportSummary> {
  const started = Date.now();
  checkTarget(req.path);
  const dialect = DIALECTS[req.profile];
  const temp = exportTempPath(req.path, req.exportId);
  const open = hooks.openOutput ?? ((p: string): NodeJS.WritableStream => fs.createWriteStream(p));
  const out: NodeJS.WritableStream = open(temp);
  let failure: unknown = null;
  out.on('error', (error: Error) => (failure ??= error));
  const gate = new RateGate(200);
  const unparse = (rows: unknown[][]): string =>
    Papa.unparse(rows, { delimiter: dialect.delimiter, newline: '\r\n', quotes: dialect.quoteAll }) + '\r\n';
  let rows = 0;
  let bytes = 0;
  let longRows = 0;
  try {
    const reader = pageReader(db, req.runId);
    const head = (dialect.bom ? '\uFEFF' : '') + unparse([dialect.header]);
    await writeChunk(out, head);
    bytes += Buffer.byteLength(head);
    let after: string | number = req.runId !== null ? 0 : '';
    for (let page = reader.page(after); page.length > 0; page = reader.page(after)) {
      if (hooks.cancelled()) throw new AppError('cancelled', 'Экспорт отменён. Файл не создан.');
      const text = unparse(
        page.map((r) => (req.profile === 'ozon' ? [r.vendor_code, r.json] : [r.vendor_code, r.sku ?? '', r.json])),
      );
      await writeChunk(out, text);
      if (failure) throw failure;
      bytes += Buffer.byteLength(text);
      rows += page.length;
      longRows += page.filter((r) => r.json.length > EXCEL_SAFE_LENGTH).length;
      after = page[page.length - 1].key;
      if (gate.ready(Date.now())) hooks.progress({ exportId: req.exportId, rows, bytes, total: reader.total });
    }
    await closeOutput(out);
    if (failure) throw failure;
    fs.renameSync(temp, req.path);
  } catch (error) {
    (out as unknown as { destroy?: () => void }).destroy?.();
    fs.rmSync(temp, { force: true });
    throw describeWriteError(error, req.path);
  }
  hooks.progress({ exportId: req.exportId, rows, bytes, total: rows });
  return { exportId: req.exportId, path: req.path, rows, bytes, longRows, ms: Date.now() - started };
}
