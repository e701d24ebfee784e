import type Database from 'better-sqlite3';
import type { CatalogSummary, ImportKind } from '../../../shared/domain/catalog.js';

function countBy(db: Database.Database, column: 'brand' | 'type'): Record<string, number> {
  const rows = db
    .prepare(`SELECT COALESCE(${column}, '—') AS k, COUNT(*) AS n FROM products GROUP BY k ORDER BY n DESC, k`)
    .all() as { k: string; n: number }[];
  return Object.fromEntries(rows.map((r) => [r.k, r.n]));
}

export function catalogSummary(db: Database.Database): CatalogSummary {
  const totals = db
    .prepare(
      `SELECT COUNT(*) AS products,
         COALESCE(SUM(stock > 0), 0) AS inStock,
         COALESCE(SUM(sku IS NOT NULL AND sku <> ''), 0) AS withSku,
         COALESCE(SUM(barcodes <> ''), 0) AS withBarcode,
         COALESCE(SUM(mega_last IS NOT NULL OR best_last IS NOT NULL OR new_last IS NOT NULL), 0) AS withLastData,
         COALESCE(SUM(rich_content_id IS NOT NULL), 0) AS withRichContent
       FROM products`,
    )
    .get() as Omit<CatalogSummary, 'brands' | 'types' | 'coverage' | 'lastImports'>;
  const coverage = db
    .prepare(
      `SELECT COALESCE(brand, '—') AS brand, COUNT(*) AS products, SUM(rich_content_id IS NOT NULL) AS withRichContent
       FROM products GROUP BY 1 ORDER BY products DESC, brand LIMIT 30`,
    )
    .all() as CatalogSummary['coverage'];
  const imports = db.prepare(`SELECT kind, MAX(finished_at) AS at FROM imports GROUP BY kind`).all() as {
    kind: ImportKind | 'demo';
    at: string;
  }[];
  return {
    ...totals,
    brands: countBy(db, 'brand'),
    types: countBy(db, 'type'),
    coverage,
    lastImports: Object.fromEntries(imports.map((r) => [r.kind, r.at])),
  };
}
