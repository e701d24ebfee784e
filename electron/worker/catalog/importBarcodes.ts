import type { ImportSummary } from '../../../shared/domain/catalog.js';
import { cleanVendorCode } from '../../../shared/domain/normalize.js';
import { displayName } from '../files/sniffFile.js';
import { columnOf, openTable, remainingRows } from '../files/openTable.js';
import { ImportTally, importInTransaction } from './importTally.js';
import { importTick, type ImportContext } from './importContext.js';
import { ProductWriter, splitBarcodeCell } from './productWriter.js';

const CODE_HEADERS = ['артикул', 'артикул товара'];

/** Ozon barcodes report: sheet "Штрихкоды", headers in row 3; adds barcodes to known products. */
export async function importBarcodes(files: string[], ctx: ImportContext): Promise<ImportSummary> {
  const tally = new ImportTally('barcodes', files);
  const writer = new ProductWriter(ctx.db);
  return importInTransaction(ctx.db, tally, async () => {
    for (const file of files) {
      const table = await openTable(file, {
        isHeader: (h) => CODE_HEADERS.some((name) => h.includes(name)) && h.includes('штрихкод'),
        missingHeader: 'не найдены колонки «Артикул» и «Штрихкод». Выгрузите отчёт «Штрихкоды» из личного кабинета Ozon',
      });
      const codeCol = columnOf(table.headers, CODE_HEADERS);
      const barcodeCol = columnOf(table.headers, ['штрихкод']);
      for await (const { row, cells } of remainingRows(table)) {
        const code = cleanVendorCode(cells[codeCol]);
        const barcodes = splitBarcodeCell(cells[barcodeCol] ?? '');
        if (code === null || barcodes.length === 0 || /^(обязательн|необязательн)/i.test(code)) continue;
        tally.rowsRead += 1;
        const id = writer.findId(code);
        if (id === undefined) {
          tally.reject(file, row, `артикула «${code}» нет в каталоге — сначала загрузите шаблоны категорий`);
          continue;
        }
        writer.addBarcodes(id, barcodes);
        tally.updated += 1;
        await importTick(ctx, { kind: 'barcodes', file: displayName(file), rows: tally.rowsRead, phase: 'reading' });
      }
    }
  });
}
