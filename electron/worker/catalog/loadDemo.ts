import type { ImportSummary } from '../../../shared/domain/catalog.js';
import { demoProducts } from './demoCatalog.js';
import type { ImportContext } from './importContext.js';
import { ImportTally, importInTransaction } from './importTally.js';
import { ProductWriter } from './productWriter.js';

/** The demo catalog straight into the DB (first start), in one transaction like any import. */
export async function loadDemoCatalog(count: number, ctx: ImportContext): Promise<ImportSummary> {
  const tally = new ImportTally('demo', []);
  const writer = new ProductWriter(ctx.db);
  return importInTransaction(ctx.db, tally, async () => {
    for (const p of demoProducts(count)) {
      tally.rowsRead += 1;
      const { id, added } = writer.upsert(p.vendorCode, {
        name: p.name, type: p.type, gender: p.gender, brand: p.brand, size: p.size, season: p.season, color: p.color,
        fastener: p.fastener, model_key: p.modelKey, photo_url: p.photoUrl, sku: p.sku, product_id: p.productId,
        price: p.price, stock: p.stock, material: p.material, mega_last: p.megaLast, best_last: p.bestLast,
        new_last: p.newLast, model_name: p.modelName,
      });
      if (added) tally.added += 1;
      else tally.updated += 1;
      writer.addBarcodes(id, p.barcodes);
      if (tally.rowsRead % 5000 === 0) {
        ctx.progress({ kind: 'demo', file: 'demo', rows: tally.rowsRead, phase: 'saving' });
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  });
}
