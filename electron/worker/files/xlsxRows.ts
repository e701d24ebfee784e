import type ExcelJS from 'exceljs';
import { badInput, expectXlsx } from './sniffFile.js';
import type { SheetRow } from './textRows.js';

/** Cell values of every kind exceljs gives, as text: numbers without ".0", rich text joined. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join('');
    if ('result' in v) return cellText(v.result);
    if (v.text !== undefined) return cellText(v.text);
    if (v.error !== undefined) return '';
  }
  return String(value);
}

export interface XlsxSheet {
  name: string;
  rows: AsyncIterable<SheetRow>;
}

async function* sheetRows(worksheet: AsyncIterable<ExcelJS.Row>): AsyncGenerator<SheetRow> {
  for await (const row of worksheet) {
    const values = row.values as unknown[];
    const cells: string[] = [];
    for (let col = 1; col < values.length; col++) cells.push(cellText(values[col]));
    yield { row: row.number, cells };
  }
}

/** The sheets of an .xlsx file, read with exceljs's streaming reader (never the whole workbook). */
export async function* xlsxSheets(file: string): AsyncGenerator<XlsxSheet> {
  expectXlsx(file);
  // Loaded on first use: exceljs weighs ~20 MB of memory the worker needs only while reading XLSX.
  const { default: excel } = await import('exceljs');
  const reader = new excel.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let sheets = 0;
  try {
    for await (const worksheet of reader) {
      sheets += 1;
      const named = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
      yield { name: named.name, rows: sheetRows(named) };
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'bad_input') throw error;
    throw badInput(file, `не читается как таблица Excel (${(error as Error).message}). Откройте его в Excel и сохраните заново как .xlsx.`);
  }
  if (sheets === 0) {
    throw badInput(file, 'это zip-архив, но не таблица Excel: в нём нет листов. Выберите файл .xlsx, .csv или .txt.');
  }
}
