import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportRichContent } from '../../electron/worker/export/exportRichContent.js';
import { exportTempPath } from '../../shared/domain/exports.js';
import { templateRows, writeXlsx } from '../helpers/files.js';
import { runEnds, spawnWorker, tempDir } from '../helpers/worker.js';

const tricky = (i: number) =>
  JSON.stringify({
    content: [{ widgetName: 'raTextBlock', title: { content: [`Похожие "товары", №${i};\nновая строка 👟 ${'ё'.repeat(i % 7)}`], size: 'size4' } }],
    version: 0.3,
  });

let dir: string;
let dbFile: string;
let w: ReturnType<typeof spawnWorker>;
let runId: number;

beforeAll(async () => {
  dir = tempDir('rco-export-');
  dbFile = path.join(dir, 'e.db');
  w = spawnWorker();
  await w.client.request('db.open', { path: dbFile });
  await w.client.request('catalog.demo', { products: 1500 });
  const products = Array.from({ length: 30 }, (_, i) => ({ code: `RC-${i}`, sku: 900 + i, size: 30, rich: tricky(i) }));
  products.push({ code: 'PLACEHOLDER', sku: 1, size: 30, rich: 'Нет рекомендаций' });
  await w.client.request('catalog.import', { kind: 'template', files: [await writeXlsx(path.join(dir, 't.xlsx'), [{ name: 'Шаблон', rows: templateRows(products) }])] });
  const codes = path.join(dir, 'codes.txt');
  const files = await w.client.request('catalog.demoFiles', { dir, products: 1500 });
  fs.copyFileSync(files.codes, codes);
  const check = await w.client.request('run.check', { file: codes });
  runId = check.runId;
  const ended = runEnds(w, runId);
  await w.client.request('run.start', { runId });
  await ended;
});
afterAll(() => w.stop());

function dbRows(scope: 'all' | 'run'): { code: string; sku: string; json: string }[] {
  const db = new Database(dbFile, { readonly: true });
  const sql =
    scope === 'all'
      ? `SELECT p.vendor_code AS code, COALESCE(p.sku, '') AS sku, c.json FROM products p JOIN rich_contents c ON c.id = p.rich_content_id ORDER BY p.vendor_code`
      : `SELECT r.vendor_code AS code, COALESCE(p.sku, '') AS sku, c.json FROM run_results r JOIN rich_contents c ON c.id = r.rich_content_id
         LEFT JOIN products p ON p.vendor_code = r.vendor_code WHERE r.run_id = ${runId} AND r.status = 'success' ORDER BY r.position`;
  const rows = db.prepare(sql).all() as { code: string; sku: string; json: string }[];
  db.close();
  return rows;
}

async function exportTo(name: string, profile: 'standard' | 'excel' | 'ozon', scope: number | null) {
  const target = path.join(dir, name);
  const summary = await w.client.request('export.start', { path: target, runId: scope, profile, exportId: `t-${name}` });
  return { target, summary, bytes: fs.readFileSync(target) };
}

describe('export round trip, byte for byte', () => {
  it('standard: UTF-8 without BOM, `,`, CRLF, all rich content of the DB', async () => {
    const { summary, bytes } = await exportTo('std.csv', 'standard', null);
    expect(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    const text = bytes.toString('utf8');
    expect(text.startsWith('oz_vendor_code,oz_sku,rich_content\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n', skipEmptyLines: true }).data.slice(1);
    const expected = dbRows('all');
    expect(expected.length).toBeGreaterThan(30);
    expect(parsed).toEqual(expected.map((r) => [r.code, r.sku, r.json]));
    expect(summary).toMatchObject({ rows: expected.length, bytes: bytes.length, longRows: 0 });
    expect(text).not.toContain('Нет рекомендаций');
    expect(text).toContain('👟');
  });

  it('excel: BOM, `;`, every field quoted; one run scope = its successful items only', async () => {
    const { bytes, summary } = await exportTo('excel.csv', 'excel', runId);
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = bytes.toString('utf8').slice(1);
    expect(text.startsWith('"oz_vendor_code";"oz_sku";"rich_content"\r\n')).toBe(true);
    const parsed = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data.slice(1);
    const expected = dbRows('run');
    expect(parsed).toEqual(expected.map((r) => [r.code, r.sku, r.json]));
    expect(summary.rows).toBe(expected.length);
    for (const line of text.split('\r\n').slice(1, 4)) expect(line.startsWith('"')).toBe(true);
  });

  it('ozon: Артикул and Rich-контент JSON', async () => {
    const { bytes } = await exportTo('ozon.csv', 'ozon', null);
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data;
    expect(header).toEqual(['Артикул', 'Rich-контент JSON']);
    expect(rows).toEqual(dbRows('all').map((r) => [r.code, r.json]));
  });
});

describe('export failures leave nothing behind', () => {
  const leftovers = (target: string) => fs.readdirSync(path.dirname(target)).filter((f) => f.startsWith(path.basename(target)));

  it('a folder that does not exist', async () => {
    const target = path.join(dir, 'no-such-dir', 'x.csv');
    await expect(w.client.request('export.start', { path: target, runId: null, profile: 'standard', exportId: 'f1' })).rejects.toMatchObject({
      code: 'bad_input',
      message: expect.stringContaining('Выберите другую папку'),
    });
  });

  it('a folder that cannot be written to', async () => {
    const target = '/proc/rco-export.csv';
    const error = await w.client.request('export.start', { path: target, runId: null, profile: 'standard', exportId: 'f2' }).catch((e) => e);
    expect(['bad_input', 'export_failed']).toContain(error.code);
    expect(fs.existsSync(target)).toBe(false);
  });

  const db = () => new Database(dbFile, { readonly: true });

  it('a full disk (injected writer failing with ENOSPC)', async () => {
    const target = path.join(dir, 'full.csv');
    const conn = db();
    let written = 0;
    const full = () =>
      new Writable({
        write(chunk, _enc, cb) {
          written += chunk.length;
          if (written > 20000) cb(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
          else cb();
        },
      });
    fs.writeFileSync(exportTempPath(target, 'f3'), 'partial');
    await expect(
      exportRichContent(conn, { path: target, runId: null, profile: 'standard', exportId: 'f3' }, { progress: () => {}, cancelled: () => false, openOutput: full }),
    ).rejects.toMatchObject({ code: 'disk_full', message: expect.stringContaining('Освободите место') });
    conn.close();
    expect(leftovers(target)).toEqual([]);
  });

  it('/dev/full as the output', async () => {
    const target = path.join(dir, 'devfull.csv');
    const conn = db();
    await expect(
      exportRichContent(conn, { path: target, runId: null, profile: 'excel', exportId: 'f4' }, { progress: () => {}, cancelled: () => false, openOutput: () => fs.createWriteStream('/dev/full') }),
    ).rejects.toMatchObject({ code: 'disk_full' });
    conn.close();
    expect(leftovers(target)).toEqual([]);
  });

  it('a cancel midway', async () => {
    const target = path.join(dir, 'cancel.csv');
    const conn = db();
    let pages = 0;
    await expect(
      exportRichContent(conn, { path: target, runId: null, profile: 'standard', exportId: 'f5' }, { progress: () => {}, cancelled: () => ++pages > 1 }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    conn.close();
    expect(leftovers(target)).toEqual([]);
  });

  it('an existing file under the chosen name survives a failed export untouched', async () => {
    const target = path.join(dir, 'keep.csv');
    fs.writeFileSync(target, 'old');
    const conn = db();
    await expect(
      exportRichContent(conn, { path: target, runId: null, profile: 'standard', exportId: 'f6' }, { progress: () => {}, cancelled: () => true }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    conn.close();
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    expect(leftovers(target)).toEqual(['keep.csv']);
  });
});
