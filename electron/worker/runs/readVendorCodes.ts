import path from 'node:path';
import { MAX_CODE_LENGTH } from '../../../shared/domain/catalog.js';
import { normalizeHeader } from '../../../shared/domain/normalize.js';
import { badInput, sniffFile } from '../files/sniffFile.js';
import { openTextTable, readTextLines, type SheetRow } from '../files/textRows.js';
import { xlsxSheets } from '../files/xlsxRows.js';

export const CODE_HEADERS = [
  'артикул', 'артикул товара', 'артикул продавца', 'offer_id', 'vendor_code', 'oz_vendor_code',
];
const CONTROL = /[\u0000-\u001f\u007f]/;

export type CodeLine =
  | { kind: 'code'; line: number; code: string }
  | { kind: 'blank'; line: number }
  | { kind: 'invalid'; line: number; reason: string };

/** Trim, drop Ozon's leading apostrophe, refuse what cannot be a vendor code (formats.md §1). */
export function classifyCode(raw: string | undefined, line: number): CodeLine {
  const code = (raw ?? '').trim().replace(/^'/, '').trim();
  if (code === '') return { kind: 'blank', line };
  if (code.length > MAX_CODE_LENGTH) {
    return { kind: 'invalid', line, reason: `длиннее ${MAX_CODE_LENGTH} символов` };
  }
  if (CONTROL.test(code)) return { kind: 'invalid', line, reason: 'содержит управляющие символы' };
  return { kind: 'code', line, code };
}

async function* firstSheetRows(file: string, sheet: string | undefined): AsyncGenerator<SheetRow> {
  const seen: string[] = [];
  for await (const ws of xlsxSheets(file)) {
    seen.push(ws.name);
    if (sheet === undefined || normalizeHeader(ws.name) === normalizeHeader(sheet)) {
      yield* ws.rows;
      return;
    }
    for await (const row of ws.rows) void row;
  }
  if (sheet !== undefined) throw badInput(file, `нет листа «${sheet}» (листы: ${seen.join(', ')})`);
}

function rowsOf(file: string, sheet: string | undefined): AsyncIterable<SheetRow> {
  const shape = sniffFile(file);
  const ext = path.extname(file).toLowerCase();
  if (shape === 'xlsx') return firstSheetRows(file, sheet);
  if (ext === '.xlsx') throw badInput(file, 'это не файл Excel .xlsx (внутри не zip-архив). Сохраните его в Excel как .xlsx.');
  if (ext === '.csv' || ext === '.tsv') return openTextTable(file).rows;
  return readTextLines(file);
}

/**
 * The codes of a vendor-code list (.txt, .csv/.tsv, .xlsx), streamed line by line. The code
 * column is the one headed like «Артикул» / offer_id; with no such header, the first column.
 */
export async function* readVendorCodes(file: string, sheet?: string): AsyncGenerator<CodeLine> {
  let column = -1;
  for await (const { row, cells } of rowsOf(file, sheet)) {
    if (column < 0 && cells.some((cell) => cell.trim() !== '')) {
      const headerIndex = cells.findIndex((cell) => CODE_HEADERS.includes(normalizeHeader(cell)));
      column = headerIndex >= 0 ? headerIndex : 0;
      if (headerIndex >= 0) continue;
    }
    yield classifyCode(cells[Math.max(column, 0)], row);
  }
}
