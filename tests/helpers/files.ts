import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { TEMPLATE_HEADERS } from '../../electron/worker/catalog/demoFiles.js';

export type Cell = string | number | null;

/** A CSV the way Excel on Russian Windows or Ozon writes it. */
export function writeCsv(
  file: string,
  rows: Cell[][],
  { delimiter = ';', encoding = 'utf8', bom = false }: { delimiter?: string; encoding?: 'utf8' | 'win1251' | 'utf16le'; bom?: boolean } = {},
): string {
  const text = Papa.unparse(rows.map((r) => r.map((c) => (c === null ? '' : c))), { delimiter, newline: '\r\n' });
  let bytes: Buffer;
  if (encoding === 'win1251') bytes = iconv.encode(text, 'win1251');
  else if (encoding === 'utf16le') bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
  else bytes = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf8');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return file;
}

export async function writeXlsx(file: string, sheets: { name: string; rows: Cell[][] }[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const row of sheet.rows) ws.addRow(row.map((c) => (c === null ? undefined : c)));
  }
  await wb.xlsx.writeFile(file);
  return file;
}

export interface TemplateProduct {
  code: string;
  name?: string;
  sku?: number | string;
  barcode?: string;
  photo?: string;
  brand?: string;
  card?: string;
  color?: string;
  size?: string | number;
  type?: string;
  gender?: string;
  season?: string;
  fastener?: string;
  rich?: string;
}

/** An Ozon category template: row 1 group titles, row 2 headers, row 3 hints, data from row 4. */
export function templateRows(products: TemplateProduct[], extraHintRow = false): Cell[][] {
  const rows: Cell[][] = [['', 'Основная информация'], TEMPLATE_HEADERS, ['', 'Обязательное поле', 'Необязательное поле']];
  if (extraHintRow) rows.push(['', 'Обязательное поле']);
  products.forEach((p, i) =>
    rows.push([
      i + 1, p.code, p.name ?? null, p.sku ?? null, p.barcode ?? null, p.photo ?? 'https://cdn1.ozone.ru/x.jpg', p.brand ?? 'Котофей',
      p.card ?? null, p.color ?? 'белый', p.size ?? null, p.type ?? 'Сабо', p.gender ?? 'Девочки', p.season ?? 'Лето',
      p.fastener ?? null, p.rich ?? null,
    ]),
  );
  return rows;
}
