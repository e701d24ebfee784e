import type { ImportSummary } from '../../../shared/domain/catalog.js';
import { cleanText, cleanVendorCode, normalizeHeader } from '../../../shared/domain/normalize.js';
import { displayName } from '../files/sniffFile.js';
import { columnOf, openTable, remainingRows } from '../files/openTable.js';
import { ImportTally, importInTransaction } from './importTally.js';
import { importTick, type ImportContext } from './importContext.js';
import { ProductWriter, type ProductFields } from './productWriter.js';

/** The seller's attribute table: field → accepted headers (normalised), formats.md §5. */
export const ATTRIBUTE_FIELDS = {
  vendor_code: ['артикул', 'артикул товара', 'артикул продавца'],
  barcode: ['штрихкод', 'баркод', 'ean'],
  material: ['материал (short)', 'материал', 'материал кратко'],
  mega_last: ['колодка mega'],
  best_last: ['колодка best'],
  new_last: ['колодка new'],
  model_name: ['модель'],
} as const;
export type AttributeField = keyof typeof ATTRIBUTE_FIELDS;
const VALUE_FIELDS = ['material', 'mega_last', 'best_last', 'new_last', 'model_name'] as const;

type Layout = Record<AttributeField, number>;

function layoutOf(headers: string[], mapping: Record<string, string>): Layout {
  const layout = {} as Layout;
  for (const field of Object.keys(ATTRIBUTE_FIELDS) as AttributeField[]) {
    const mapped = mapping[field];
    layout[field] = mapped ? headers.indexOf(normalizeHeader(mapped)) : columnOf(headers, ATTRIBUTE_FIELDS[field]);
  }
  return layout;
}

function valuesOf(cells: string[], layout: Layout): ProductFields {
  const fields: ProductFields = {};
  for (const field of VALUE_FIELDS) if (layout[field] >= 0) fields[field] = cleanText(cells[layout[field]]);
  return fields;
}

function targetIds(cells: string[], layout: Layout, writer: ProductWriter): { ids: number[]; key: string } | null {
  const code = layout.vendor_code >= 0 ? cleanVendorCode(cells[layout.vendor_code]) : null;
  if (code !== null) {
    const id = writer.findId(code);
    return { ids: id === undefined ? [] : [id], key: `артикула «${code}»` };
  }
  const barcode = layout.barcode >= 0 ? cleanVendorCode(cells[layout.barcode]) : null;
  if (barcode !== null) return { ids: writer.idsByBarcode(barcode), key: `штрихкода «${barcode}»` };
  return null;
}

/**
 * Material, shoe lasts and model name, keyed by vendor code or by barcode (one row then serves
 * every product carrying that barcode). `mapping` names the file's header for a field when the
 * headers differ from the usual ones.
 */
export async function importAttributes(
  files: string[],
  ctx: ImportContext,
  mapping: Record<string, string> = {},
): Promise<ImportSummary> {
  const tally = new ImportTally('attributes', files);
  const writer = new ProductWriter(ctx.db);
  const wanted = (h: string[], field: AttributeField): boolean =>
    mapping[field] ? h.includes(normalizeHeader(mapping[field])) : columnOf(h, ATTRIBUTE_FIELDS[field]) >= 0;
  return importInTransaction(ctx.db, tally, async () => {
    for (const file of files) {
      const table = await openTable(file, {
        isHeader: (h) => (wanted(h, 'vendor_code') || wanted(h, 'barcode')) && VALUE_FIELDS.some((f) => wanted(h, f)),
        missingHeader:
          'не найдены колонка-ключ («Артикул» или «Штрихкод») и хотя бы одна из «Материал», «Колодка MEGA», «Колодка BEST», «Колодка NEW», «Модель». Укажите соответствие колонок',
      });
      const layout = layoutOf(table.headers, mapping);
      for await (const { row, cells } of remainingRows(table)) {
        const target = targetIds(cells, layout, writer);
        if (target === null) continue;
        tally.rowsRead += 1;
        if (target.ids.length === 0) {
          tally.reject(file, row, `${target.key} нет в каталоге`);
          continue;
        }
        const fields = valuesOf(cells, layout);
        for (const id of target.ids) writer.update(id, fields);
        tally.updated += target.ids.length;
        await importTick(ctx, { kind: 'attributes', file: displayName(file), rows: tally.rowsRead, phase: 'reading' });
      }
    }
  });
}
