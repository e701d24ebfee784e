import { MAX_CODE_LENGTH, type ImportSummary } from '../../../shared/domain/catalog.js';
import { cleanText, cleanVendorCode } from '../../../shared/domain/normalize.js';
import { displayName } from '../files/sniffFile.js';
import { columnOf, openTable, remainingRows } from '../files/openTable.js';
import { ImportTally, importInTransaction } from './importTally.js';
import { importTick, type ImportContext } from './importContext.js';
import { ProductWriter, type ProductFields } from './productWriter.js';

const STOCK_HEADERS = ['доступно к продаже по схеме fbo, шт.', 'доступно к продаже по схеме fbo, шт'];

/** "12", "12,0", "" → 12, 12, 0; anything else → null (the row is rejected, the rest imported). */
export function parseStock(cell: string | undefined): number | null {
  const text = (cell ?? '').trim().replace(/\s/g, '');
  if (text === '') return 0;
  const value = Number(text.replace(',', '.'));
  if (!Number.isFinite(value) || value < 0 || !Number.isInteger(value)) return null;
  return value;
}

function parsePrice(cell: string | undefined): number | null {
  const text = (cell ?? '').trim().replace(/[\s\u00a0₽]/g, '').replace(',', '.');
  const value = Number(text);
  return text !== '' && Number.isFinite(value) ? value : null;
}

type Layout = { code: number; productId: number; sku: number; brand: number; stock: number; price: number };

function layoutOf(headers: string[]): Layout {
  return {
    code: columnOf(headers, ['артикул']),
    productId: columnOf(headers, ['ozon product id']),
    sku: columnOf(headers, ['sku']),
    brand: columnOf(headers, ['бренд']),
    stock: columnOf(headers, STOCK_HEADERS),
    price: columnOf(headers, ['текущая цена с учетом скидки, ₽', 'текущая цена с учетом скидки, руб.']),
  };
}

function reportFields(cells: string[], layout: Layout, stock: number, brandKnown: boolean): ProductFields {
  const fields: ProductFields = { stock };
  if (layout.sku >= 0) fields.sku = cleanText(cells[layout.sku]);
  if (layout.productId >= 0) fields.product_id = cleanText(cells[layout.productId]);
  if (layout.price >= 0) fields.price = parsePrice(cells[layout.price]);
  const brand = layout.brand >= 0 ? cleanText(cells[layout.brand]) : null;
  if (brand !== null && !brandKnown) fields.brand = brand;
  return fields;
}

/**
 * Ozon products report: SKU and FBO stock. Every product's stock is replaced: products absent
 * from the report end with stock 0. A row with a stock that is not a whole number is rejected
 * (named by row), the rest is imported — one bad cell should not block a 50,000-row report.
 */
export async function importProductsReport(files: string[], ctx: ImportContext): Promise<ImportSummary> {
  const tally = new ImportTally('products', files);
  const writer = new ProductWriter(ctx.db);
  const hasBrand = ctx.db.prepare("SELECT brand IS NOT NULL AND brand <> '' FROM products WHERE vendor_code = ?").pluck();
  return importInTransaction(ctx.db, tally, async () => {
    const before = ctx.db.prepare('SELECT COUNT(*) FROM products WHERE stock > 0').pluck().get() as number;
    ctx.db.prepare('UPDATE products SET stock = 0 WHERE stock <> 0').run();
    for (const file of files) {
      const table = await openTable(file, {
        isHeader: (headers) => headers.includes('артикул') && STOCK_HEADERS.some((h) => headers.includes(h)),
        missingHeader:
          'не найдены колонки «Артикул» и «Доступно к продаже по схеме FBO, шт.». Выгрузите отчёт «Товары» из личного кабинета Ozon в CSV',
      });
      const layout = layoutOf(table.headers);
      for await (const { row, cells } of remainingRows(table)) {
        const code = cleanVendorCode(cells[layout.code]);
        if (code === null) continue;
        tally.rowsRead += 1;
        if (code.length > MAX_CODE_LENGTH) {
          tally.reject(file, row, `артикул длиннее ${MAX_CODE_LENGTH} символов`);
          continue;
        }
        const stock = parseStock(cells[layout.stock]);
        if (stock === null) {
          tally.reject(file, row, `остаток «${cells[layout.stock]}» — не целое число; исправьте ячейку и загрузите отчёт снова`);
          continue;
        }
        const { added } = writer.upsert(code, reportFields(cells, layout, stock, hasBrand.get(code) === 1));
        if (added) tally.added += 1;
        else tally.updated += 1;
        await importTick(ctx, { kind: 'products', file: displayName(file), rows: tally.rowsRead, phase: 'reading' });
      }
    }
    const after = ctx.db.prepare('SELECT COUNT(*) FROM products WHERE stock > 0').pluck().get() as number;
    tally.notes.push(`В наличии: было ${before}, стало ${after}. Товары, которых нет в отчёте, получили остаток 0.`);
  });
}
