import fs from 'node:fs';
import JSZip from 'jszip';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerEvent } from '../../shared/protocol/messages.js';
import { writeCsv, writeXlsx } from '../helpers/files.js';
import { runEnds, spawnWorker, tempDir, waitForEvent } from '../helpers/worker.js';

/** A real zip archive holding one text file: not a workbook. */
async function zipOf(name: string, text: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer' });
}

let dir: string;
let db: string;
let codes: string[];

beforeAll(async () => {
  dir = tempDir('rco-runs-');
  db = path.join(dir, 'runs.db');
  const w = spawnWorker();
  await w.client.request('db.open', { path: db });
  await w.client.request('catalog.demo', { products: 3000 });
  const files = await w.client.request('catalog.demoFiles', { dir, products: 3000 });
  codes = fs.readFileSync(files.codes, 'utf8').trim().split(/\r?\n/);
  await w.stop();
});

const workers: ReturnType<typeof spawnWorker>[] = [];
async function open(env: NodeJS.ProcessEnv = {}) {
  const w = spawnWorker(env);
  workers.push(w);
  await w.client.request('db.open', { path: db });
  return w;
}
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
});

describe('vendor-code files (formats.md §1)', () => {
  it('txt: trims, drops apostrophes, skips blanks, counts duplicates, invalid lines and unknown codes', async () => {
    const w = await open();
    const file = path.join(dir, 'list.txt');
    fs.writeFileSync(file, [` ${codes[0]} `, `'${codes[1]}`, '', codes[0], 'UNKNOWN-1', 'x'.repeat(201), 'bad\u0007code', codes[2]].join('\r\n'));
    const check = await w.client.request('run.check', { file });
    expect(check).toMatchObject({ codes: 4, duplicates: 1, blank: 1, invalid: 2, unknown: 1, suggestedMode: 'standard' });
    expect(check.invalidLines).toEqual([
      { line: 6, reason: expect.stringContaining('200') },
      { line: 7, reason: expect.stringContaining('управляющие') },
    ]);
  });

  it('csv with a header «Артикул*» in another column, Windows-1251', async () => {
    const w = await open();
    const file = writeCsv(path.join(dir, 'list.csv'), [['Название', 'Артикул*'], ['Сабо', codes[0]], ['Ботинки', codes[1]]], { encoding: 'win1251' });
    expect(await w.client.request('run.check', { file })).toMatchObject({ codes: 2, unknown: 0 });
  });

  it('a new check supersedes a checked run that was never started', async () => {
    const w = await open();
    const first = await checkCodes(w, codes.slice(0, 5), 'first.txt');
    const second = await checkCodes(w, codes.slice(5, 10), 'second.txt');
    const checked = (await w.client.request('run.list', {})).filter((r) => r.state === 'checked').map((r) => r.id);
    expect(checked).toEqual([second.runId]);
    await expect(w.client.request('run.get', { runId: first.runId })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('xlsx with offer_id header', async () => {
    const w = await open();
    const file = await writeXlsx(path.join(dir, 'list.xlsx'), [{ name: 'Лист1', rows: [['offer_id'], ...codes.slice(0, 150).map((c) => [c])] }]);
    expect(await w.client.request('run.check', { file })).toMatchObject({ codes: 150, suggestedMode: 'optimized' });
  });

  it.each([
    ['empty.txt', '', /пустой/],
    ['blank.txt', '\r\n\r\n  \r\n', /нет ни одного артикула/],
    ['photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]), /двоичные/],
    ['sheet.xlsx', 'not a zip', /не файл Excel/],
    ['archive.csv', () => zipOf('readme.txt', 'hello'), /zip-архив, но не таблица Excel/],
  ])('refuses %s clearly and creates no run', async (name, content, message) => {
    const w = await open();
    const before = (await w.client.request('run.list', {})).length;
    fs.writeFileSync(path.join(dir, name), typeof content === 'function' ? await content() : content);
    const error = await w.client.request('run.check', { file: path.join(dir, name) }).catch((e) => e);
    expect(error.code).toBe('bad_input');
    expect(error.message).toContain(name);
    expect(error.message).toMatch(message);
    expect((await w.client.request('run.list', {})).length).toBe(before);
  });
});

async function checkCodes(w: Awaited<ReturnType<typeof open>>, list: string[], name: string) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, list.join('\n'));
  return w.client.request('run.check', { file });
}

async function allResults(w: Awaited<ReturnType<typeof open>>, runId: number) {
  const rows = [];
  for (let after = 0; ; ) {
    const page = await w.client.request('results.page', { runId, after, limit: 200, detail: true });
    rows.push(...page.rows.map(({ ms: _ms, ...r }) => r));
    if (page.next === null) return rows;
    after = page.next;
  }
}

describe('runs', () => {
  it('processes chunk by chunk, saves every code once, and reports within the message budget', async () => {
    const w = await open();
    const check = await checkCodes(w, codes.slice(0, 700), 'run700.txt');
    const ended = runEnds(w, check.runId);
    await w.client.request('run.start', { runId: check.runId, chunkSize: 50 });
    const { run } = await ended;
    expect(run).toMatchObject({ state: 'done', processed: 700, total: 700, mode: 'optimized' });
    const sum = Object.values(run.counts).reduce((a, b) => a + b, 0);
    expect(sum).toBe(700);
    expect(run.counts.success).toBeGreaterThan(300);
    const rows = await allResults(w, check.runId);
    expect(rows.map((r) => r.position)).toEqual(Array.from({ length: 700 }, (_, i) => i + 1));
    expect(rows.map((r) => r.vendorCode)).toEqual(codes.slice(0, 700));
    for (const event of w.events) expect(JSON.stringify(event).length).toBeLessThan(16 * 1024);
    const items = w.events.filter((e): e is Extract<WorkerEvent, { type: 'run.items' }> => e.type === 'run.items');
    expect(items.length).toBeGreaterThan(0);
  });

  it('sends no item summaries in save-only mode and only non-success items in lightweight', async () => {
    const w = await open();
    const a = await checkCodes(w, codes.slice(0, 300), 'saveonly.txt');
    let ended = runEnds(w, a.runId);
    await w.client.request('run.start', { runId: a.runId, mode: 'save_only' });
    await ended;
    expect(w.events.some((e) => e.type === 'run.items')).toBe(false);
    const b = await checkCodes(w, [...codes.slice(300, 600), 'NO-SUCH-1'], 'light.txt');
    ended = runEnds(w, b.runId);
    await w.client.request('run.start', { runId: b.runId, mode: 'lightweight' });
    await ended;
    const messages = w.events.filter((e): e is Extract<WorkerEvent, { type: 'run.items' }> => e.type === 'run.items');
    const items = messages.flatMap((e) => e.items);
    expect(items.length).toBeGreaterThan(0);
    for (const message of messages) expect(message.items.length).toBeLessThanOrEqual(20);
    expect(items.every((i) => i.status !== 'success')).toBe(true);
  });

  it('pause, resume and cancel between chunks', async () => {
    const w = await open({ RCO_TEST_CHUNK_DELAY_MS: '30' });
    const check = await checkCodes(w, codes.slice(0, 500), 'pause.txt');
    await w.client.request('run.start', { runId: check.runId, chunkSize: 20 });
    await waitForEvent(w, (e) => e.type === 'run.progress' && e.progress.processed >= 60);
    let ended = runEnds(w, check.runId);
    await w.client.request('run.pause', { runId: check.runId });
    const paused = (await ended).run;
    expect(paused.state).toBe('paused');
    expect(paused.processed % 20).toBe(0);
    expect(paused.processed).toBeLessThan(500);
    ended = runEnds(w, check.runId);
    await w.client.request('run.resume', { runId: check.runId });
    await waitForEvent(w, (e) => e.type === 'run.progress' && e.progress.processed > paused.processed);
    await w.client.request('run.cancel', { runId: check.runId });
    const cancelled = (await ended).run;
    expect(cancelled.state).toBe('cancelled');
    await expect(w.client.request('run.resume', { runId: check.runId })).rejects.toMatchObject({ code: 'bad_state' });
    const page = await w.client.request('results.page', { runId: check.runId, limit: 1 });
    expect(page.total).toBe(cancelled.processed);
  });

  it('a run SIGKILLed at several points resumes to exactly the rows of an uninterrupted run', async () => {
    const list = codes.slice(0, 600);
    const reference = await open();
    const ref = await checkCodes(reference, list, 'ref.txt');
    const refEnded = runEnds(reference, ref.runId);
    await reference.client.request('run.start', { runId: ref.runId, chunkSize: 25 });
    await refEnded;
    const expected = await allResults(reference, ref.runId);
    await reference.stop();

    let w = await open({ RCO_TEST_CHUNK_DELAY_MS: '60' });
    const check = await checkCodes(w, list, 'killed.txt');
    await w.client.request('run.start', { runId: check.runId, chunkSize: 25 });
    for (const at of [100, 300, 450]) {
      await waitForEvent(w, (e) => e.type === 'run.progress' && e.progress.processed >= at);
      w.child.kill('SIGKILL');
      await w.exited;
      w = await open({ RCO_TEST_CHUNK_DELAY_MS: '60' });
      const interrupted = await w.client.request('run.get', { runId: check.runId });
      expect(interrupted.state).toBe('interrupted');
      expect(interrupted.processed).toBeGreaterThanOrEqual(at);
      expect(interrupted.processed % 25).toBe(0);
      const page = await w.client.request('results.page', { runId: check.runId, limit: 1 });
      expect(page.total).toBe(interrupted.processed);
      await w.client.request('run.resume', { runId: check.runId });
    }
    const ended = await runEnds(w, check.runId);
    expect(ended.run.state).toBe('done');
    const actual = await allResults(w, check.runId);
    expect(actual).toEqual(expected);
    expect(ended.run.counts).toEqual((await (await open()).client.request('run.get', { runId: ref.runId })).counts);
  });

  it('queries: status filter, code prefix search, one item with breakdown and JSON', async () => {
    const w = await open();
    const check = await checkCodes(w, codes.slice(0, 200), 'query.txt');
    const ended = runEnds(w, check.runId);
    await w.client.request('run.start', { runId: check.runId });
    await ended;
    const success = await w.client.request('results.page', { runId: check.runId, status: 'success', limit: 200 });
    expect(success.rows.length).toBeGreaterThan(0);
    expect(success.rows.every((r) => r.status === 'success' && r.hasRichContent)).toBe(true);
    const prefix = codes[0].slice(0, 6);
    const found = await w.client.request('results.page', { runId: check.runId, search: prefix, limit: 200 });
    expect(found.rows.every((r) => r.vendorCode.startsWith(prefix))).toBe(true);
    expect(found.total).toBe(codes.slice(0, 200).filter((c) => c.startsWith(prefix)).length);
    const item = await w.client.request('results.item', { runId: check.runId, position: success.rows[0].position });
    expect(item.recommendations.length).toBe(item.recommendations.length && success.rows[0].recommendations);
    expect(item.recommendations[0]).toMatchObject({ sku: expect.any(String), breakdown: { base: 100, size: 100 } });
    expect(JSON.parse(item.richContent!).version).toBe(0.3);
    const product = await w.client.request('catalog.product', { vendorCode: item.vendorCode });
    expect(product).not.toBeNull();

    // Sorted by top score, page by page (keyset on score, then position): every row once, in order.
    for (const order of ['score_desc', 'score_asc'] as const) {
      const seen: { position: number; topScore: number | null }[] = [];
      let cursor: { after?: number; afterScore?: number | null } = {};
      for (;;) {
        const page = await w.client.request('results.page', { runId: check.runId, limit: 30, order, ...cursor });
        seen.push(...page.rows);
        if (page.next === null) break;
        cursor = { after: page.next, afterScore: page.nextScore };
      }
      expect(seen).toHaveLength(200);
      expect(new Set(seen.map((r) => r.position)).size).toBe(200);
      const keys = seen.map((r) => r.topScore ?? -1);
      const sorted = [...keys].sort((a, b) => (order === 'score_desc' ? b - a : a - b));
      expect(keys).toEqual(sorted);
    }
  });

  it('a non-success result never overwrites rich content a product already has', async () => {
    const w = await open();
    const first = await checkCodes(w, codes.slice(0, 100), 'rc1.txt');
    let ended = runEnds(w, first.runId);
    await w.client.request('run.start', { runId: first.runId });
    await ended;
    const ok = (await w.client.request('results.page', { runId: first.runId, status: 'success', limit: 1 })).rows[0];
    const before = (await w.client.request('results.item', { runId: first.runId, position: ok.position })).richContent;
    const second = await checkCodes(w, [ok.vendorCode], 'rc2.txt');
    ended = runEnds(w, second.runId);
    await w.client.request('run.start', { runId: second.runId, overrides: { minRecommendations: 50, maxRecommendations: 50 } });
    expect((await ended).run.counts.insufficient).toBe(1);
    const out = path.join(dir, 'all.csv');
    await w.client.request('export.start', { path: out, runId: null, profile: 'standard', exportId: 'rc' });
    expect(fs.readFileSync(out, 'utf8')).toContain(ok.vendorCode);
    expect(fs.readFileSync(out, 'utf8').includes(JSON.stringify(before).slice(1, -1)) || fs.readFileSync(out, 'utf8').includes(before!.replace(/"/g, '""'))).toBe(true);
  });
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
