import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCsv, writeXlsx, templateRows } from '../helpers/files.js';
import { spawnWorker, tempDir } from '../helpers/worker.js';

const REPORT_HEADER = ['Артикул', 'Ozon Product ID', 'SKU', 'Бренд', 'Доступно к продаже по схеме FBO, шт.', 'Текущая цена с учетом скидки, ₽'];
const VALID_RICH = JSON.stringify({ content: [{ widgetName: 'raTextBlock', title: { content: ['Hi'] } }], version: 0.3 });

let w: ReturnType<typeof spawnWorker>;
let dir: string;

beforeAll(async () => {
  dir = tempDir('rco-catalog-');
  w = spawnWorker();
  await w.client.request('db.open', { path: path.join(dir, 'catalog.db') });
  await writeXlsx(path.join(dir, 'boots.xlsx'), [
    { name: 'Инструкция', rows: [['Как заполнять'], ['Артикул — код товара']] },
    {
      name: 'Шаблон',
      rows: templateRows(
        [
          { code: 'A-1', name: 'Ботинки «Лиза»', sku: 1500000013, barcode: '4600000000011;4600000000012', size: 38, type: 'Ботинки', card: 'M1', rich: VALID_RICH },
          { code: "'A-2", sku: '1500000014', barcode: '4600000000021', size: '36,5', type: 'Ботинки', card: 'M1', rich: 'Нет рекомендаций' },
          { code: 'A-3', size: 'XL', type: 'Ботинки', gender: 'Мальчики' },
        ],
        true,
      ),
    },
  ]);
  await writeXlsx(path.join(dir, 'clogs.xlsx'), [{ name: 'Шаблон', rows: templateRows([{ code: 'B-1', size: 30, sku: 77 }, { code: 'A-3', size: 39, type: 'Ботинки' }]) }]);
});
afterAll(() => w.stop());

const summary = () => w.client.request('catalog.summary', {});
const productOf = (code: string) => w.client.request('catalog.product', { vendorCode: code });

describe('catalog imports through the real worker', () => {
  it('imports several template files in one transaction, skipping hint rows', async () => {
    const s = await w.client.request('catalog.import', { kind: 'template', files: [path.join(dir, 'boots.xlsx'), path.join(dir, 'clogs.xlsx')] });
    expect(s).toMatchObject({ rowsRead: 5, added: 4, updated: 1, rejected: 0 });
    expect(s.notes.join()).toContain('не настоящий rich-контент');
    const a1 = await productOf('A-1');
    expect(a1).toMatchObject({ name: 'Ботинки «Лиза»', sku: '1500000013', size: '38', type: 'Ботинки', gender: 'Девочки', modelKey: 'M1' });
    expect(a1?.barcodes).toEqual(['4600000000011', '4600000000012']);
    expect(await productOf('A-2')).toMatchObject({ size: '36,5', sku: '1500000014' });
    expect(await productOf('A-3')).toMatchObject({ size: '39' });
    expect(await productOf('B-1')).toMatchObject({ sku: '77', size: '30' });
    expect((await summary()).withRichContent).toBe(1);
  });

  it('products report (UTF-8 with BOM, apostrophes): SKU and stock; absent products get stock 0', async () => {
    const file = writeCsv(path.join(dir, 'products.csv'), [REPORT_HEADER, ["'A-1", '9001', '1500000013', 'Котофей', '12', '1 990,00'], ["'A-2", '9002', '1500000014', '', '', ''], ["'NEW-1", '9003', '55', 'Зебра', '4', '']], { bom: true });
    const s = await w.client.request('catalog.import', { kind: 'products', files: [file] });
    expect(s).toMatchObject({ rowsRead: 3, added: 1, updated: 2, rejected: 0 });
    expect((await productOf('A-1'))?.stock).toBe(12);
    expect((await productOf('A-2'))?.stock).toBe(0);
    expect(await productOf('NEW-1')).toMatchObject({ brand: 'Зебра', stock: 4, sku: '55' });
    const again = writeCsv(path.join(dir, 'products2.csv'), [REPORT_HEADER, ["'A-2", '9002', '1500000014', '', '7', '']], { encoding: 'win1251' });
    await w.client.request('catalog.import', { kind: 'products', files: [again] });
    expect((await productOf('A-1'))?.stock).toBe(0);
    expect((await productOf('A-2'))?.stock).toBe(7);
  });

  it('a non-numeric stock rejects that row by number, the rest is imported', async () => {
    const file = writeCsv(path.join(dir, 'bad-stock.csv'), [REPORT_HEADER, ["'A-1", '', '', '', '5', ''], ["'A-2", '', '', '', 'много', '']]);
    const s = await w.client.request('catalog.import', { kind: 'products', files: [file] });
    expect(s.rejected).toBe(1);
    expect(s.rejections[0]).toMatchObject({ file: 'bad-stock.csv', row: 3 });
    expect(s.rejections[0].reason).toContain('много');
    expect((await productOf('A-1'))?.stock).toBe(5);
  });

  it('attributes by vendor code and by barcode, in Windows-1251 with `,` and quoted newlines', async () => {
    const file = writeCsv(
      path.join(dir, 'attrs.csv'),
      [['Штрихкод', 'Артикул', 'Материал', 'Колодка MEGA', 'Колодка BEST', 'Колодка NEW', 'Модель'], ['4600000000012', '', 'Кожа, натуральная', 'M-7', '', 'N-1', 'Лиза\nзима'], ['', 'B-1', 'Текстиль', '', 'B-2', '', ''], ['', 'NOPE', 'x', '', '', '', '']],
      { delimiter: ',', encoding: 'win1251' },
    );
    const s = await w.client.request('catalog.import', { kind: 'attributes', files: [file] });
    expect(s).toMatchObject({ rowsRead: 3, updated: 2, rejected: 1 });
    expect(s.rejections[0]).toMatchObject({ row: 4, reason: expect.stringContaining('NOPE') });
    expect(await productOf('A-1')).toMatchObject({ material: 'Кожа, натуральная', megaLast: 'M-7', newLast: 'N-1', modelName: 'Лиза\nзима' });
    expect(await productOf('B-1')).toMatchObject({ material: 'Текстиль', bestLast: 'B-2' });
  });

  it('attributes with other headers through a column mapping (tab-separated UTF-16)', async () => {
    const file = writeCsv(path.join(dir, 'attrs.tsv'), [['Код', 'Мат.'], ['A-2', 'Замша']], { delimiter: '\t', encoding: 'utf16le' });
    await expect(w.client.request('catalog.import', { kind: 'attributes', files: [file] })).rejects.toMatchObject({ code: 'bad_input' });
    const s = await w.client.request('catalog.import', { kind: 'attributes', files: [file], mapping: { vendor_code: 'Код', material: 'Мат.' } });
    expect(s.updated).toBe(1);
    expect((await productOf('A-2'))?.material).toBe('Замша');
  });

  it('barcodes report: sheet «Штрихкоды», headers in row 3', async () => {
    const file = await writeXlsx(path.join(dir, 'barcodes.xlsx'), [
      { name: 'Штрихкоды', rows: [['Отчёт по штрихкодам'], [], ['Артикул товара', 'Ozon ID', 'Штрихкод'], ['B-1', 1, 4650000000001], ['ZZZ', 2, '4650000000002']] },
    ]);
    const s = await w.client.request('catalog.import', { kind: 'barcodes', files: [file] });
    expect(s).toMatchObject({ updated: 1, rejected: 1 });
    expect((await productOf('B-1'))?.barcodes).toContain('4650000000001');
  });

  it('summary counts the catalog', async () => {
    const s = await summary();
    expect(s).toMatchObject({ products: 5, withRichContent: 1 });
    expect(s.brands['Котофей']).toBe(4);
    expect(s.types['Ботинки']).toBe(3);
    expect(s.lastImports.template).toBeTruthy();
  });
});

describe('large files in the real formats', () => {
  it('a 3,000-row template keeps every Cyrillic letter across the XLSX reader\'s chunks', async () => {
    const other = spawnWorker();
    const files = await other.client.request('catalog.demoFiles', { dir: path.join(dir, 'big'), products: 3000 });
    await other.client.request('db.open', { path: path.join(dir, 'big.db') });
    const s = await other.client.request('catalog.import', { kind: 'template', files: [files.template] });
    await other.client.request('catalog.import', { kind: 'products', files: [files.productsReport] });
    const summary = await other.client.request('catalog.summary', {});
    await other.stop();
    expect(s.rowsRead).toBe(3000);
    const names = [...Object.keys(summary.brands), ...Object.keys(summary.types)];
    expect(names.join()).not.toContain('\uFFFD');
    expect(Object.keys(summary.types).length).toBeLessThanOrEqual(8);
    expect(summary.inStock).toBeGreaterThan(1800);
  });
});

describe('bad inputs: clear error, DB unchanged', () => {
  const before = async () => JSON.stringify(await summary()) + JSON.stringify(await productOf('A-1'));

  it.each([
    ['empty file', 'empty.csv', () => fs.writeFileSync(path.join(dir, 'empty.csv'), ''), /пустой/],
    ['binary renamed .csv', 'bin.csv', () => fs.writeFileSync(path.join(dir, 'bin.csv'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10])), /двоичные/],
    ['xlsx that is not a zip', 'fake.xlsx', () => fs.writeFileSync(path.join(dir, 'fake.xlsx'), 'Артикул;Сток\n1;2'), /не файл Excel/],
    ['template without Артикул*', 'noart.xlsx', () => writeXlsx(path.join(dir, 'noart.xlsx'), [{ name: 'Шаблон', rows: [['x'], ['Название', 'Бренд*'], ['a', 'b']] }]), /Артикул/],
    ['missing file', 'nothere.xlsx', () => undefined, /не найден/],
  ])('%s', async (_name, fileName, make, message) => {
    await make();
    const snapshot = await before();
    const error = await w.client.request('catalog.import', { kind: 'template', files: [path.join(dir, fileName)] }).catch((e) => e);
    expect(error).toMatchObject({ code: 'bad_input' });
    expect(error.message).toContain(fileName);
    expect(error.message).toMatch(message);
    expect(await before()).toBe(snapshot);
  });

  it('a multi-file import failing on its second file keeps nothing of the first', async () => {
    const good = await writeXlsx(path.join(dir, 'good.xlsx'), [{ name: 'Шаблон', rows: templateRows([{ code: 'C-9', size: 40 }]) }]);
    const snapshot = await before();
    await expect(w.client.request('catalog.import', { kind: 'template', files: [good, path.join(dir, 'fake.xlsx')] })).rejects.toMatchObject({ code: 'bad_input' });
    expect(await productOf('C-9')).toBeNull();
    expect(await before()).toBe(snapshot);
  });

  it('a products re-import that fails midway leaves the previous stock intact', async () => {
    const stock = (await productOf('A-1'))?.stock;
    const broken = path.join(dir, 'broken.xlsx');
    fs.copyFileSync(path.join(dir, 'boots.xlsx'), broken);
    fs.truncateSync(broken, 600);
    await expect(w.client.request('catalog.import', { kind: 'products', files: [path.join(dir, 'products.csv'), broken] })).rejects.toMatchObject({ code: 'bad_input' });
    expect((await productOf('A-1'))?.stock).toBe(stock);
  });
});
