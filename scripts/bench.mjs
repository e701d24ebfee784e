// Benchmarks through the real worker process and protocol (npm run bench [-- import|run|export|all]).
// Prints numbers; asserts nothing. Targets from product.md are printed beside the measurements.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const which = process.argv[2] ?? 'all';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rco-bench-'));
const WORKER = path.resolve('dist/worker.cjs');
const MB = 1024 * 1024;

/** A worker with request/reply correlation, message accounting and RSS sampling from /proc. */
function startWorker() {
  // The same flags as shared/workerFlags.ts (main and the CLI pass them too).
  const child = fork(WORKER, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: ['--expose-gc', '--max-semi-space-size=32'] });
  const pending = new Map();
  const listeners = new Set();
  const stats = { messages: 0, bytes: 0, maxBytes: 0 };
  let nextId = 1;
  child.on('message', (m) => {
    const size = JSON.stringify(m).length;
    stats.messages += 1;
    stats.bytes += size;
    stats.maxBytes = Math.max(stats.maxBytes, size);
    if (m.kind === 'reply') {
      const p = pending.get(m.reply.id);
      pending.delete(m.reply.id);
      if (m.reply.ok) p.resolve(m.reply.value);
      else p.reject(new Error(`${m.reply.error.code}: ${m.reply.error.message}`));
    } else for (const l of listeners) l(m.event);
  });
  const rss = () => {
    try {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) * 1024;
    } catch {
      return 0;
    }
  };
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, rss())), 25);
  return {
    stats,
    rss,
    peak: () => Math.max(peak, rss()),
    resetPeak: () => (peak = rss()),
    request: (type, payload) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        child.send({ id, type, payload });
      }),
    on: (l) => (listeners.add(l), () => listeners.delete(l)),
    stop: () => new Promise((r) => (clearInterval(sampler), child.once('exit', r), child.disconnect())),
  };
}

const fmtMb = (b) => `${(b / MB).toFixed(1)} MB`;
const dbSize = (file) => ['', '-wal'].reduce((s, x) => s + (fs.existsSync(file + x) ? fs.statSync(file + x).size : 0), 0);

async function benchImport(products) {
  const files = await (async () => {
    const w = startWorker();
    await w.request('db.open', { path: path.join(dir, 'scratch.db') });
    const f = await w.request('catalog.demoFiles', { dir: path.join(dir, `files-${products}`), products });
    await w.stop();
    return f;
  })();
  const db = path.join(dir, `import-${products}.db`);
  const w = startWorker();
  await w.request('db.open', { path: db });
  w.resetPeak();
  const t0 = performance.now();
  const template = await w.request('catalog.import', { kind: 'template', files: [files.template] });
  const t1 = performance.now();
  const report = await w.request('catalog.import', { kind: 'products', files: [files.productsReport] });
  const t2 = performance.now();
  const attrs = await w.request('catalog.import', { kind: 'attributes', files: [files.attributes] });
  const t3 = performance.now();
  console.log(`\n== import: ${products.toLocaleString('en')} products (target: < 30 s, peak RSS < 400 MB)`);
  console.log(`template XLSX (${fmtMb(fs.statSync(files.template).size)}): ${((t1 - t0) / 1000).toFixed(2)} s, ${template.rowsRead} rows`);
  console.log(`products CSV (${fmtMb(fs.statSync(files.productsReport).size)}): ${((t2 - t1) / 1000).toFixed(2)} s, ${report.rowsRead} rows`);
  console.log(`attributes CSV: ${((t3 - t2) / 1000).toFixed(2)} s, ${attrs.rowsRead} rows`);
  console.log(`template + products: ${((t2 - t0) / 1000).toFixed(2)} s; worker peak RSS ${fmtMb(w.peak())}`);
  await w.stop();
}

function codesFile(name, codes) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, codes.join('\n'));
  return file;
}

async function demoDb(name, products) {
  const db = path.join(dir, name);
  const w = startWorker();
  await w.request('db.open', { path: db });
  await w.request('catalog.demo', { products });
  const files = await w.request('catalog.demoFiles', { dir: path.join(dir, `codes-${name}`), products });
  await w.stop();
  // demoFiles writes every 4th code; the full list comes from the template order instead.
  void files;
  return db;
}

async function catalogCodes(db) {
  const w = startWorker();
  await w.request('db.open', { path: db });
  const codes = [];
  // Every product's code, in catalog order, through the public query used by the CLI's catalog.
  const summary = await w.request('catalog.summary', {});
  await w.stop();
  const { default: Database } = await import('better-sqlite3');
  const conn = new Database(db, { readonly: true });
  for (const row of conn.prepare('SELECT vendor_code FROM products ORDER BY id').iterate()) codes.push(row.vendor_code);
  conn.close();
  return { codes, summary };
}

/** The candidate index of a run (built on the first preview): its build time and resident memory. */
async function benchIndex(db, products) {
  const w = startWorker();
  await w.request('db.open', { path: db });
  const config = (await w.request('settings.get', {})).config;
  global.gc?.();
  await new Promise((r) => setTimeout(r, 300));
  const before = w.rss();
  const t0 = performance.now();
  await w.request('product.preview', { vendorCode: 'none', config });
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 300));
  console.log(`\n== candidate index: ${products.toLocaleString('en')}-product catalog: built in ${ms.toFixed(0)} ms, worker RSS +${fmtMb(w.rss() - before)} (${fmtMb(before)} → ${fmtMb(w.rss())})`);
  await w.stop();
}

async function benchRun(label, db, codes) {
  const file = codesFile(`${label}.txt`, codes);
  const w = startWorker();
  await w.request('db.open', { path: db });
  const check = await w.request('run.check', { file });
  w.stats.messages = 0;
  w.stats.bytes = 0;
  w.stats.maxBytes = 0;
  w.resetPeak();
  const samples = [];
  let rssAt10 = null;
  const done = new Promise((resolve) => {
    w.on((e) => {
      if (e.type === 'run.progress') {
        samples.push(w.rss());
        if (rssAt10 === null && e.progress.processed >= e.progress.total * 0.1) rssAt10 = w.rss();
      }
      if (e.type === 'run.state' && e.run.state !== 'running') resolve(e.run);
    });
  });
  const t0 = performance.now();
  await w.request('run.start', { runId: check.runId, mode: 'save_only' });
  const run = await done;
  const seconds = (performance.now() - t0) / 1000;
  const rssAtEnd = w.rss();
  console.log(`\n== run ${label}: ${check.codes.toLocaleString('en')} codes (${check.unknown.toLocaleString('en')} not in catalog)`);
  console.log(`time ${seconds.toFixed(2)} s, ${Math.round(check.codes / seconds).toLocaleString('en')} codes/s (target: 100k in < 15 s)`);
  console.log(`statuses ${Object.entries(run.counts).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  console.log(`worker peak RSS ${fmtMb(w.peak())} (target < 300 MB); RSS at 10% ${fmtMb(rssAt10 ?? 0)}, at 100% ${fmtMb(rssAtEnd)}`);
  console.log(`messages from worker: ${w.stats.messages} (${(w.stats.messages / seconds).toFixed(1)}/s, target ≤ 10/s), ` +
    `${(w.stats.bytes / 1024).toFixed(1)} KB in all, largest ${w.stats.maxBytes} B (target ≤ 16 KB)`);
  console.log(`DB size ${fmtMb(dbSize(db))}`);
  await w.stop();
  return check.runId;
}

/** The file check of the largest list formats.md allows: streamed into the DB, duplicates found by its index. */
async function benchCheck(db, count) {
  const file = path.join(dir, `codes-${count}.txt`);
  const out = fs.createWriteStream(file);
  for (let i = 0; i < count; i++) out.write(`Y${String(i).padStart(7, '0')}\n`);
  await new Promise((r) => out.end(r));
  const w = startWorker();
  await w.request('db.open', { path: db });
  w.resetPeak();
  const t0 = performance.now();
  const check = await w.request('run.check', { file });
  const seconds = (performance.now() - t0) / 1000;
  console.log(`\n== file check: ${check.codes.toLocaleString('en')} codes (${fmtMb(fs.statSync(file).size)} file) in ${seconds.toFixed(2)} s; worker peak RSS ${fmtMb(w.peak())}`);
  await w.stop();
}

async function benchExport(db, runId) {
  const w = startWorker();
  await w.request('db.open', { path: db });
  w.resetPeak();
  const samples = [];
  w.on((e) => e.type === 'export.progress' && samples.push([e.progress.rows, w.rss()]));
  const target = path.join(dir, 'export.csv');
  const t0 = performance.now();
  const s = await w.request('export.start', { path: target, runId, profile: 'standard', exportId: 'bench' });
  const seconds = (performance.now() - t0) / 1000;
  const tenth = samples.find(([rows]) => rows >= s.rows * 0.1);
  console.log(`\n== export: ${s.rows.toLocaleString('en')} rows, ${fmtMb(s.bytes)} (${(s.bytes / s.rows / 1024).toFixed(1)} KB per JSON row)`);
  console.log(`time ${seconds.toFixed(2)} s (target < 10 s), ${(s.bytes / MB / seconds).toFixed(1)} MB/s; worker peak RSS ${fmtMb(w.peak())}` +
    (tenth ? `; RSS at 10% ${fmtMb(tenth[1])}, at end ${fmtMb(w.rss())}` : ''));
  await w.stop();
}

console.log(`bench dir ${dir}; node ${process.version}; ${os.cpus().length} cores`);
if (which === 'all' || which === 'import') await benchImport(50000);
if (which === 'all' || which === 'run' || which === 'export') {
  const db50 = await demoDb('c50k.db', 50000);
  const { codes: known50 } = await catalogCodes(db50);
  const unknown = Array.from({ length: 50000 }, (_, i) => `X${String(i).padStart(6, '0')}-9-99`);
  if (which !== 'export') {
    await benchIndex(db50, 50000);
    await benchRun('8k', db50, known50.slice(0, 8000));
    await benchRun('100k-vs-50k-catalog', db50, [...known50, ...unknown]);
    await benchCheck(db50, 1_000_000);
  }
  const db100 = await demoDb('c100k.db', 100000);
  const { codes: known100 } = await catalogCodes(db100);
  const runId = await benchRun('100k-all-known', db100, known100);
  await benchExport(db100, null);
  void runId;
}
fs.rmSync(dir, { recursive: true, force: true });
