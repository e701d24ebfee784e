import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, tempDir } from '../helpers/worker.js';

const exec = promisify(execFile);

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec('node', [CLI, ...args], { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error: any) {
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

const lines = (text: string) => text.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

let dir: string;
let db: string;
let files: Record<string, string>;

beforeAll(async () => {
  dir = tempDir('rco-cli-');
  db = path.join(dir, 'cli.db');
  const scratch = path.join(dir, 'scratch.db');
  const demo = await cli('demo', '--db', scratch, '--products', '2000', '--out-dir', path.join(dir, 'files'), '--json');
  expect(demo.code).toBe(0);
  files = lines(demo.stdout).find((e) => e.type === 'files');
});

describe('the CLI (node dist/cli.js)', () => {
  it('--help lists the commands; an unknown command exits 2', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    for (const command of ['import', 'demo', 'catalog', 'process', 'resume', 'runs', 'results', 'export']) expect(help.stdout).toContain(command);
    const bad = await cli('frobnicate', '--db', path.join(dir, 'x.db'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('неизвестная команда');
  });

  it('imports the demo files in the real formats and prints the catalog summary as JSON', async () => {
    const template = await cli('import', '--db', db, '--kind', 'template', files.template, '--json');
    expect(template.code).toBe(0);
    const events = lines(template.stdout);
    expect(events.at(-1)).toMatchObject({ type: 'summary', kind: 'template', rowsRead: 2000, added: 2000 });
    expect((await cli('import', '--db', db, '--kind', 'products', files.productsReport)).code).toBe(0);
    expect((await cli('import', '--db', db, '--kind', 'attributes', files.attributes)).code).toBe(0);
    const catalog = await cli('catalog', '--db', db, '--json');
    const summary = JSON.parse(catalog.stdout);
    expect(Object.keys(summary)).toEqual(['products', 'inStock', 'withSku', 'withBarcode', 'withLastData', 'withRichContent', 'brands', 'types']);
    expect(summary.products).toBe(2000);
    expect(summary.inStock).toBeGreaterThan(1000);
    expect(summary.inStock).toBeLessThan(1700);
    expect(summary.withLastData).toBeGreaterThan(0);
  });

  it('bad input exits 2 with the message on stderr', async () => {
    const missing = await cli('import', '--db', db, '--kind', 'template', path.join(dir, 'nope.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.xlsx');
    const kind = await cli('import', '--db', db, '--kind', 'prices', files.template);
    expect(kind.code).toBe(2);
    const config = await cli('process', '--db', db, '--codes', files.codes, '--config', '{"base":-1}');
    expect(config.code).toBe(2);
    expect(config.stderr).toContain('base');
    const nodb = await cli('runs', '--db', path.join(dir, 'missing.db'));
    expect(nodb.code).toBe(2);
  });

  it('process → runs → results → export', async () => {
    const processed = await cli('process', '--db', db, '--codes', files.codes, '--preset', 'balanced', '--config', '{"maxPerModel":2}', '--chunk', '50', '--json');
    expect(processed.code).toBe(0);
    const events = lines(processed.stdout);
    const check = events.find((e) => e.type === 'check');
    const summary = events.at(-1);
    expect(summary).toMatchObject({ type: 'summary', state: 'done', total: check.codes, processed: check.codes, chunkSize: 50 });
    expect(processed.stderr).toMatch(/Обработано \d+ из/);

    const runs = lines((await cli('runs', '--db', db, '--json')).stdout);
    expect(runs[0]).toMatchObject({ id: summary.id, state: 'done' });

    const results = lines((await cli('results', '--db', db, '--run', String(summary.id), '--json')).stdout);
    expect(results).toHaveLength(check.codes);
    const codes = fs.readFileSync(files.codes, 'utf8').trim().split(/\r?\n/);
    expect(results.map((r) => r.vendor_code)).toEqual(codes);
    const ok = results.find((r) => r.status === 'success');
    expect(Object.keys(ok)).toEqual(['vendor_code', 'status', 'message', 'recommendations']);
    expect(ok.recommendations).toHaveLength(8);
    for (const rec of ok.recommendations) expect(Math.round(rec.score * 100) / 100).toBe(rec.score);

    const out = path.join(dir, 'out.csv');
    const exported = await cli('export', '--db', db, '--out', out, '--run', String(summary.id), '--profile', 'standard', '--json');
    expect(exported.code).toBe(0);
    const rows = Papa.parse<string[]>(fs.readFileSync(out, 'utf8'), { skipEmptyLines: true }).data;
    expect(rows.length - 1).toBe(summary.counts.success);
    expect(lines(exported.stdout).at(-1)).toMatchObject({ type: 'summary', rows: summary.counts.success });
  });

  it('export needs --run or --all', async () => {
    const r = await cli('export', '--db', db, '--out', path.join(dir, 'x.csv'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--all');
  });
});
