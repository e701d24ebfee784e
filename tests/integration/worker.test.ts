import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnWorker, tempDir } from '../helpers/worker.js';

const workers: ReturnType<typeof spawnWorker>[] = [];
function worker() {
  const w = spawnWorker();
  workers.push(w);
  return w;
}
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
});

describe('the worker as a Node child process', () => {
  it('answers hello and opens a DB with WAL, foreign keys and the current schema', async () => {
    const w = worker();
    const hello = await w.client.request('hello', {});
    expect(hello.protocol).toBe(1);
    expect(hello.pid).toBe(w.child.pid);
    const file = path.join(tempDir(), 'app.db');
    const status = await w.client.request('db.open', { path: file });
    expect(status).toMatchObject({ open: true, products: 0, problem: null, schemaVersion: hello.schemaVersion });
    await w.stop();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(hello.schemaVersion);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all()).toEqual(
      expect.arrayContaining(['products', 'product_barcodes', 'imports', 'runs', 'run_codes', 'run_results', 'rich_contents', 'settings']),
    );
    db.close();
  });

  it('answers an invalid request with an error reply and keeps working', async () => {
    const w = worker();
    w.child.send({ id: 77, type: 'db.open', payload: { path: 42 } });
    const reply = await new Promise<any>((resolve) => w.child.on('message', (m: any) => m.kind === 'reply' && m.reply.id === 77 && resolve(m.reply)));
    expect(reply).toMatchObject({ id: 77, ok: false, error: { code: 'bad_request' } });
    await expect(w.client.request('debug.fail', { message: 'boom' })).rejects.toMatchObject({ code: 'internal', message: expect.stringContaining('boom') });
    await expect(w.client.request('catalog.summary', {})).rejects.toMatchObject({ code: 'db_closed' });
    expect((await w.client.request('hello', {})).protocol).toBe(1);
  });

  it('reports a damaged DB file clearly, and starts fresh keeping a copy on request', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'app.db');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0xab)]));
    const w = worker();
    const status = await w.client.request('db.open', { path: file });
    expect(status.open).toBe(false);
    expect(status.problem?.code).toBe('db_damaged');
    expect(status.problem?.message).toMatch(/повреждён.*копию/);
    const fresh = await w.client.request('db.reset', { keepCopy: true });
    expect(fresh).toMatchObject({ open: true, problem: null });
    expect(fs.readdirSync(dir).some((f) => f.startsWith('app.db.damaged-'))).toBe(true);
  });

  it('refuses a DB written by a newer app version', async () => {
    const file = path.join(tempDir(), 'new.db');
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const w = worker();
    const status = await w.client.request('db.open', { path: file });
    expect(status.problem).toMatchObject({ code: 'db_newer' });
    expect(status.problem?.message).toContain('Обновите приложение');
  });

  it('sends memory readings about once a second', async () => {
    const w = worker();
    await new Promise((r) => setTimeout(r, 2300));
    const readings = w.events.filter((e) => e.type === 'memory');
    expect(readings.length).toBeGreaterThanOrEqual(1);
    expect(readings.length).toBeLessThanOrEqual(4);
    expect(readings[0]).toMatchObject({ reading: { rss: expect.any(Number), heapUsed: expect.any(Number) } });
  });

  it('a SIGKILLed worker is detected by the parent and its pending requests are rejected', async () => {
    const w = worker();
    await w.client.request('db.open', { path: path.join(tempDir(), 'k.db') });
    const pending = w.client.request('catalog.demo', { products: 200000 });
    w.child.kill('SIGKILL');
    await expect(pending).rejects.toMatchObject({ code: 'worker_exited' });
    await expect(w.exited).resolves.toEqual({ code: null, signal: 'SIGKILL' });
  });
});
