import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { demoProducts, type DemoProduct } from './demoCatalog.js';

export const TEMPLATE_HEADERS = [
  '№', 'Артикул*', 'Название товара', 'SKU', 'Штрихкод (Серийный номер / EAN)', 'Ссылка на главное фото*',
  'Бренд в одежде и обуви*', 'Объединить на одной карточке*', 'Цвет товара*', 'Российский размер*', 'Тип*', 'Пол*',
  'Сезон', 'Вид застёжки', 'Rich-контент JSON',
];

export const PRODUCTS_REPORT_HEADERS = [
  'Артикул', 'Ozon Product ID', 'SKU', 'Бренд', 'Доступно к продаже по схеме FBO, шт.', 'Текущая цена с учетом скидки, ₽',
];

export const ATTRIBUTES_HEADERS = ['Артикул', 'Материал', 'Колодка MEGA', 'Колодка BEST', 'Колодка NEW', 'Модель'];

/** Sizes such as 38 are stored as numbers by Excel: the importer must read them back as "38". */
function sizeCell(size: string | null): string | number {
  return size !== null && /^\d+$/.test(size) ? Number(size) : (size ?? '');
}

function templateRow(p: DemoProduct, n: number): (string | number)[] {
  return [
    n, p.vendorCode, p.name ?? '', p.sku === null ? '' : Number(p.sku), p.barcodes.join(';'), p.photoUrl ?? '',
    p.brand ?? '', p.modelKey ?? '', p.color ?? '', sizeCell(p.size), p.type ?? '', p.gender ?? '', p.season ?? '',
    p.fastener ?? '', '',
  ];
}

/** An Ozon category template: group titles in row 1, headers in row 2, hints in row 3, data from row 4. */
export async function writeTemplateXlsx(file: string, products: Iterable<DemoProduct>): Promise<void> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const help = workbook.addWorksheet('Инструкция');
  help.addRow(['Заполните лист «Шаблон»']).commit();
  help.commit();
  const sheet = workbook.addWorksheet('Шаблон');
  sheet.addRow(['', 'Основная информация', '', '', '', '', 'Характеристики']).commit();
  sheet.addRow(TEMPLATE_HEADERS).commit();
  sheet.addRow(['', 'Обязательное поле', 'Необязательное поле']).commit();
  let n = 0;
  for (const product of products) sheet.addRow(templateRow(product, ++n)).commit();
  sheet.commit();
  await workbook.commit();
}

/** Writes CSV in pieces so 50,000 rows never sit in memory as one string. */
async function writeCsv(file: string, headers: string[], rows: Iterable<unknown[]>, bom: boolean): Promise<void> {
  const out = fs.createWriteStream(file);
  const write = (text: string): Promise<void> =>
    new Promise((resolve, reject) => out.write(text, (error) => (error ? reject(error) : resolve())));
  await write((bom ? '\uFEFF' : '') + Papa.unparse([headers], { delimiter: ';', newline: '\r\n' }) + '\r\n');
  let batch: unknown[][] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === 1000) {
      await write(Papa.unparse(batch, { delimiter: ';', newline: '\r\n' }) + '\r\n');
      batch = [];
    }
  }
  if (batch.length > 0) await write(Papa.unparse(batch, { delimiter: ';', newline: '\r\n' }) + '\r\n');
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

function* reportRows(products: Iterable<DemoProduct>): Generator<unknown[]> {
  for (const p of products) {
    yield [`'${p.vendorCode}`, p.productId, p.sku ?? '', p.brand ?? '', p.stock, String(p.price).replace('.', ',')];
  }
}

function* attributeRows(products: Iterable<DemoProduct>): Generator<unknown[]> {
  for (const p of products) yield [p.vendorCode, p.material ?? '', p.megaLast ?? '', p.bestLast ?? '', p.newLast ?? '', p.modelName ?? ''];
}

export interface DemoFiles {
  template: string;
  productsReport: string;
  attributes: string;
  codes: string;
}

/** The demo catalog as the files users bring: template XLSX, products report CSV, attributes CSV, a code list. */
export async function writeDemoFiles(dir: string, count: number, seed = 42): Promise<DemoFiles> {
  fs.mkdirSync(dir, { recursive: true });
  const files: DemoFiles = {
    template: path.join(dir, 'demo-template.xlsx'),
    productsReport: path.join(dir, 'demo-products.csv'),
    attributes: path.join(dir, 'demo-attributes.csv'),
    codes: path.join(dir, 'demo-codes.txt'),
  };
  await writeTemplateXlsx(files.template, demoProducts(count, seed));
  await writeCsv(files.productsReport, PRODUCTS_REPORT_HEADERS, reportRows(demoProducts(count, seed)), true);
  await writeCsv(files.attributes, ATTRIBUTES_HEADERS, attributeRows(demoProducts(count, seed)), false);
  const codes = fs.createWriteStream(files.codes);
  let i = 0;
  for (const p of demoProducts(count, seed)) if (i++ % 4 === 0) codes.write(`${p.vendorCode}\r\n`);
  await new Promise<void>((resolve) => codes.end(resolve));
  return files;
}
