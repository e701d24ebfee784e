import { cleanText, cleanVendorCode, normalizeHeader } from '../../../shared/domain/normalize.js';
import { MAX_CODE_LENGTH, type ImportSummary } from '../../../shared/domain/catalog.js';
import { validateRichContent } from '../../../shared/domain/validateRichContent.js';
import { displayName } from '../files/sniffFile.js';
import { columnOf, openTable, remainingRows } from '../files/openTable.js';
import { ImportTally, importInTransaction } from './importTally.js';
import { importTick, type ImportContext } from './importContext.js';
import { ProductWriter, splitBarcodeCell, type ProductColumn, type ProductFields } from './productWriter.js';

/** Template headers (normalised) → product columns (formats.md §2). */
const TEMPLATE_COLUMNS: [ProductColumn | 'barcodes' | 'rich_content', string[]][] = [
  ['name', ['название товара']],
  ['sku', ['sku']],
  ['barcodes', ['штрихкод (серийный номер / ean)', 'штрихкод']],
  ['photo_url', ['ссылка на главное фото']],
  ['brand', ['бренд в одежде и обуви', 'бренд']],
  ['model_key', ['объединить на одной карточке']],
  ['color', ['цвет товара']],
  ['size', ['российский размер']],
  ['type', ['тип']],
  ['gender', ['пол']],
  ['season', ['сезон']],
  ['fastener', ['вид застежки']],
  ['material', ['материал']],
  ['rich_content', ['rich-контент json']],
];

const HINT_PREFIXES = ['обязательное поле', 'необязательное поле', 'рекомендуемое поле', 'заполните', 'пример'];

function isHint(code: string): boolean {
  const text = normalizeHeader(code);
  return HINT_PREFIXES.some((prefix) => text.startsWith(prefix));
}

type Layout = { code: number; columns: [ProductColumn | 'barcodes' | 'rich_content', number][] };

function layoutOf(headers: string[]): Layout {
  return {
    code: columnOf(headers, ['артикул']),
    columns: TEMPLATE_COLUMNS.map(([field, names]) => [field, columnOf(headers, names)] as [typeof field, number]).filter(
      ([, index]) => index >= 0,
    ),
  };
}

function fieldsOf(cells: string[], layout: Layout): { fields: ProductFields; barcodes: string[]; richContent: string | null } {
  const fields: ProductFields = {};
  let barcodes: string[] = [];
  let richContent: string | null = null;
  for (const [field, index] of layout.columns) {
    const value = cleanText(cells[index]);
    if (field === 'barcodes') barcodes = value ? splitBarcodeCell(value) : [];
    else if (field === 'rich_content') richContent = value;
    else fields[field] = value;
  }
  return { fields, barcodes, richContent };
}

async function importTemplateFile(file: string, ctx: ImportContext, writer: ProductWriter, tally: ImportTally): Promise<void> {
  const table = await openTable(file, {
    isHeader: (headers) => headers.includes('артикул'),
    missingHeader: 'не найдена строка заголовков с колонкой «Артикул*». Это точно шаблон категории Ozon (заголовки во 2-й строке листа «Шаблон»)?',
  });
  const layout = layoutOf(table.headers);
  let ignoredContent = 0;
  for await (const { row, cells } of remainingRows(table)) {
    const code = cleanVendorCode(cells[layout.code]);
    if (code === null || isHint(code)) continue;
    tally.rowsRead += 1;
    if (code.length > MAX_CODE_LENGTH) {
      tally.reject(file, row, `артикул длиннее ${MAX_CODE_LENGTH} символов`);
      continue;
    }
    const { fields, barcodes, richContent } = fieldsOf(cells, layout);
    const { id, added } = writer.upsert(code, fields);
    if (added) tally.added += 1;
    else tally.updated += 1;
    writer.addBarcodes(id, barcodes);
    if (richContent !== null) {
      if (validateRichContent(richContent).ok) writer.setImportedRichContent(id, richContent);
      else ignoredContent += 1;
    }
    await importTick(ctx, { kind: 'template', file: displayName(file), rows: tally.rowsRead, phase: 'reading' });
  }
  if (ignoredContent > 0) {
    tally.notes.push(
      `${displayName(file)}: у ${ignoredContent} товаров в колонке «Rich-контент JSON» не настоящий rich-контент (заглушка или ошибка) — он не загружен`,
    );
  }
}

/** Ozon category templates, one or many files, in one transaction. */
export async function importTemplates(files: string[], ctx: ImportContext): Promise<ImportSummary> {
  const tally = new ImportTally('template', files);
  const writer = new ProductWriter(ctx.db);
  return importInTransaction(ctx.db, tally, async () => {
    for (const file of files) await importTemplateFile(file, ctx, writer, tally);
  });
}
