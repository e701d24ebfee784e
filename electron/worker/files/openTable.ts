import path from 'node:path';
import { normalizeHeader } from '../../../shared/domain/normalize.js';
import { badInput, sniffFile } from './sniffFile.js';
import { openTextTable, type SheetRow } from './textRows.js';
import { xlsxSheets } from './xlsxRows.js';

export interface TableOptions {
  /** True when a row (headers normalised) is the header row. */
  isHeader: (normalized: string[]) => boolean;
  /** How many top rows may precede the header (group titles, notes). */
  scanRows?: number;
  /** What to tell the user when no header row is found. */
  missingHeader: string;
}

export interface OpenedTable {
  file: string;
  sheet: string | null;
  headerRow: number;
  /** Normalised headers; index = column. */
  headers: string[];
  rows: AsyncIterator<SheetRow>;
}

async function findHeader(rows: AsyncIterator<SheetRow>, options: TableOptions): Promise<SheetRow | null> {
  const scan = options.scanRows ?? 5;
  for (let i = 0; i < scan; i++) {
    const next = await rows.next();
    if (next.done) return null;
    if (options.isHeader(next.value.cells.map(normalizeHeader))) return next.value;
  }
  return null;
}

async function drain(rows: AsyncIterator<SheetRow>): Promise<void> {
  for (let next = await rows.next(); !next.done; next = await rows.next());
}

async function openXlsxTable(file: string, options: TableOptions): Promise<OpenedTable> {
  const sheetsSeen: string[] = [];
  for await (const sheet of xlsxSheets(file)) {
    sheetsSeen.push(sheet.name);
    const rows = sheet.rows[Symbol.asyncIterator]();
    // Sheets stream in file order, so the first one with the header wins (Ozon puts "Шаблон" first).
    const header = await findHeader(rows, options);
    if (header) {
      return { file, sheet: sheet.name, headerRow: header.row, headers: header.cells.map(normalizeHeader), rows };
    }
    // A sheet left half-read would stall the zip stream behind it.
    await drain(rows);
  }
  const where = sheetsSeen.length > 0 ? ` (листы: ${sheetsSeen.join(', ')})` : ' (в книге нет листов)';
  throw badInput(file, `${options.missingHeader}${where}.`);
}

async function openCsvTable(file: string, options: TableOptions): Promise<OpenedTable> {
  const table = openTextTable(file);
  const rows = table.rows[Symbol.asyncIterator]();
  const header = await findHeader(rows, options);
  if (!header) throw badInput(file, `${options.missingHeader}.`);
  return { file, sheet: null, headerRow: header.row, headers: header.cells.map(normalizeHeader), rows };
}

/** A CSV or XLSX table positioned after its header row. Refuses files that are neither, or have no header. */
export async function openTable(file: string, options: TableOptions): Promise<OpenedTable> {
  const shape = sniffFile(file);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.xlsx' && shape !== 'xlsx') {
    throw badInput(file, 'это не файл Excel .xlsx (внутри не zip-архив). Сохраните таблицу в Excel как .xlsx.');
  }
  return shape === 'xlsx' ? openXlsxTable(file, options) : openCsvTable(file, options);
}

/** Column index of the first header among `names` (already normalised), or -1. */
export function columnOf(headers: string[], names: readonly string[]): number {
  for (const name of names) {
    const index = headers.indexOf(name);
    if (index >= 0) return index;
  }
  return -1;
}

export async function* remainingRows(table: OpenedTable): AsyncGenerator<SheetRow> {
  for (let next = await table.rows.next(); !next.done; next = await table.rows.next()) yield next.value;
}
