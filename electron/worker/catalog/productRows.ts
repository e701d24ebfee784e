import type Database from 'better-sqlite3';
import type { Product } from '../../../shared/domain/product.js';

/** A products row as SQLite returns it. */
export interface ProductRow {
  id: number;
  vendor_code: string;
  name: string | null;
  type: string | null;
  gender: string | null;
  brand: string | null;
  size: string | null;
  season: string | null;
  color: string | null;
  fastener: string | null;
  model_key: string | null;
  photo_url: string | null;
  sku: string | null;
  stock: number;
  barcodes: string;
  material: string | null;
  mega_last: string | null;
  best_last: string | null;
  new_last: string | null;
  model_name: string | null;
}

export const PRODUCT_COLUMNS =
  'id, vendor_code, name, type, gender, brand, size, season, color, fastener, model_key, photo_url, sku, stock, ' +
  'barcodes, material, mega_last, best_last, new_last, model_name';

export function splitBarcodes(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}

export function rowToProduct(row: ProductRow): Product {
  return {
    vendorCode: row.vendor_code,
    name: row.name,
    type: row.type,
    gender: row.gender,
    brand: row.brand,
    size: row.size,
    season: row.season,
    color: row.color,
    fastener: row.fastener,
    modelKey: row.model_key,
    photoUrl: row.photo_url,
    sku: row.sku,
    stock: row.stock,
    barcodes: splitBarcodes(row.barcodes),
    material: row.material,
    megaLast: row.mega_last,
    bestLast: row.best_last,
    newLast: row.new_last,
    modelName: row.model_name,
  };
}

export function productByCode(db: Database.Database, vendorCode: string): Product | null {
  const row = db.prepare(`SELECT ${PRODUCT_COLUMNS} FROM products WHERE vendor_code = ?`).get(vendorCode) as
    | ProductRow
    | undefined;
  return row ? rowToProduct(row) : null;
}

/** Streams in-stock products: the candidate index is built from this without a full array of rows. */
export function* inStockProducts(db: Database.Database): Generator<Product> {
  const rows = db.prepare(`SELECT ${PRODUCT_COLUMNS} FROM products WHERE stock > 0`).iterate() as Iterable<ProductRow>;
  for (const row of rows) yield rowToProduct(row);
}
