import type Database from 'better-sqlite3';

/** Columns an importer may set. */
export type ProductColumn =
  | 'name' | 'type' | 'gender' | 'brand' | 'size' | 'season' | 'color' | 'fastener' | 'model_key' | 'photo_url'
  | 'sku' | 'product_id' | 'price' | 'stock' | 'material' | 'mega_last' | 'best_last' | 'new_last' | 'model_name';

export type ProductFields = Partial<Record<ProductColumn, string | number | null>>;

/** Prepared statements for writing products inside an import's transaction. */
export class ProductWriter {
  private readonly upserts = new Map<string, Database.Statement>();
  private readonly updates = new Map<string, Database.Statement>();
  private readonly findStmt: Database.Statement;
  private readonly barcodeInsert: Database.Statement;
  private readonly barcodeText: Database.Statement;
  private readonly byBarcode: Database.Statement;
  private readonly contentInsert: Database.Statement;
  private readonly contentLink: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.findStmt = db.prepare('SELECT id FROM products WHERE vendor_code = ?').pluck();
    this.barcodeInsert = db.prepare('INSERT OR IGNORE INTO product_barcodes (barcode, product_id) VALUES (?, ?)');
    this.barcodeText = db.prepare(
      `UPDATE products SET barcodes = COALESCE((SELECT group_concat(barcode, char(10))
         FROM (SELECT barcode FROM product_barcodes WHERE product_id = @id ORDER BY barcode)), '') WHERE id = @id`,
    );
    this.byBarcode = db.prepare('SELECT product_id FROM product_barcodes WHERE barcode = ?').pluck();
    this.contentInsert = db.prepare("INSERT INTO rich_contents (json, origin) VALUES (?, 'import')");
    this.contentLink = db.prepare('UPDATE products SET rich_content_id = ? WHERE id = ?');
  }

  findId(vendorCode: string): number | undefined {
    return this.findStmt.get(vendorCode) as number | undefined;
  }

  idsByBarcode(barcode: string): number[] {
    return this.byBarcode.all(barcode) as number[];
  }

  /** Insert or update by vendor code, touching only the given columns. */
  upsert(vendorCode: string, fields: ProductFields): { id: number; added: boolean } {
    const existing = this.findId(vendorCode);
    const columns = Object.keys(fields) as ProductColumn[];
    const key = columns.join(',');
    let stmt = this.upserts.get(key);
    if (!stmt) {
      const set = columns.map((c) => `${c} = excluded.${c}`).concat("updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')");
      stmt = this.db.prepare(
        `INSERT INTO products (vendor_code${columns.map((c) => `, ${c}`).join('')})
         VALUES (?${columns.map(() => ', ?').join('')})
         ON CONFLICT(vendor_code) DO UPDATE SET ${set.join(', ')} RETURNING id`,
      );
      this.upserts.set(key, stmt);
    }
    const id = (stmt.pluck().get(vendorCode, ...columns.map((c) => fields[c] ?? null)) as number);
    return { id, added: existing === undefined };
  }

  /** Update an existing product by id (attributes keyed by barcode serve several products). */
  update(productId: number, fields: ProductFields): void {
    const columns = Object.keys(fields) as ProductColumn[];
    if (columns.length === 0) return;
    const key = columns.join(',');
    let stmt = this.updates.get(key);
    if (!stmt) {
      stmt = this.db.prepare(
        `UPDATE products SET ${columns.map((c) => `${c} = ?`).join(', ')},
           updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`,
      );
      this.updates.set(key, stmt);
    }
    stmt.run(...columns.map((c) => fields[c] ?? null), productId);
  }

  addBarcodes(productId: number, barcodes: readonly string[]): void {
    if (barcodes.length === 0) return;
    for (const barcode of barcodes) this.barcodeInsert.run(barcode, productId);
    this.barcodeText.run({ id: productId });
  }

  setImportedRichContent(productId: number, json: string): void {
    const contentId = this.contentInsert.run(json).lastInsertRowid;
    this.contentLink.run(contentId, productId);
  }
}

/** "4600…; 4601…", "4600…,4601…" or one per line in a cell. */
export function splitBarcodeCell(cell: string): string[] {
  return [...new Set(cell.split(/[;,\n\r]+/).map((b) => b.trim().replace(/^'/, '')).filter((b) => b !== ''))];
}
