import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SECURE_WEB_PREFERENCES } from '../../electron/main/security.js';
import { tempDir, WORKER } from '../helpers/worker.js';

/** A mocked `electron` module: real worker processes behind utilityProcess.fork, everything else recorded. */
const h = vi.hoisted(() => ({
  userData: '',
  windows: [] as { options: any; sent: any[]; handlers: Record<string, any>; openHandler?: any }[],
  ipcHandlers: new Map<string, (...args: any[]) => any>(),
  appHandlers: new Map<string, (...args: any[]) => any>(),
  children: [] as ChildProcess[],
  forkArgs: [] as any[],
  opened: [] as string[],
  saveTo: '' as string,
  permission: undefined as undefined | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
  progress: [] as number[],
  workerPath: '',
}));

vi.mock('electron', () => {
  class BrowserWindow {
    record: (typeof h.windows)[number];
    webContents: any;
    constructor(options: any) {
      this.record = { options, sent: [], handlers: {} };
      h.windows.push(this.record);
      const record = this.record;
      this.webContents = {
        send: (_channel: string, event: any) => record.sent.push(event),
        setWindowOpenHandler: (fn: any) => (record.openHandler = fn),
        on: (name: string, fn: any) => (record.handlers[name] = fn),
      };
    }
    once() {}
    on() {}
    maximize() {}
    isMaximized() { return false; }
    isMinimized() { return false; }
    isDestroyed() { return false; }
    getNormalBounds() { return { x: 0, y: 0, width: 1280, height: 860 }; }
    loadFile() { return Promise.resolve(); }
    setProgressBar(value: number) { h.progress.push(value); }
  }
  return {
    app: {
      requestSingleInstanceLock: () => true,
      on: (name: string, fn: any) => h.appHandlers.set(name, fn),
      whenReady: () => Promise.resolve(),
      getPath: () => h.userData,
      getLocale: () => 'ru-RU',
      getAppMetrics: () => [
        { type: 'Browser', memory: { workingSetSize: 100 * 1024 } },
        { type: 'Tab', memory: { workingSetSize: 50 * 1024 } },
      ],
      quit: () => {},
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string, fn: any) => h.ipcHandlers.set(channel, fn) },
    Menu: { setApplicationMenu: () => {}, buildFromTemplate: (t: unknown) => t },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: any) => (h.permission = fn),
        setPermissionCheckHandler: () => {},
        webRequest: { onHeadersReceived: () => {} },
      },
    },
    utilityProcess: {
      fork: (modulePath: string, args: string[], options: any) => {
        h.forkArgs.push({ modulePath, args, options });
        const child = fork(h.workerPath, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: options.execArgv });
        h.children.push(child);
        return {
          get pid() { return child.pid; },
          postMessage: (m: any) => child.connected && child.send(m),
          on: (name: string, fn: any) => child.on(name, name === 'exit' ? (code: number | null) => fn(code ?? -1) : fn),
          kill: () => child.kill(),
        };
      },
    },
    dialog: {
      showOpenDialog: async () => ({ canceled: false, filePaths: ['/tmp/a.txt'] }),
      showSaveDialog: async () => ({ canceled: false, filePath: h.saveTo }),
    },
    shell: { openExternal: async (url: string) => void h.opened.push(url), showItemInFolder: () => {} },
    Notification: class { static isSupported() { return false; } show() {} },
  };
});

h.workerPath = WORKER;
const trusted = { senderFrame: { url: 'file:///opt/app/dist/renderer/index.html', parent: null } };
const invoke = (type: string, payload: unknown = {}, event: unknown = trusted) => h.ipcHandlers.get('rco:invoke')!(event, type, payload);

async function until<T>(fn: () => Promise<T> | T, ok: (v: T) => boolean, ms = 20000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  h.userData = tempDir('rco-main-');
  await import('../../electron/main/index.js');
  await until(() => invoke('app.status'), (r: any) => r.ok && r.value.db?.open === true);
});
afterAll(() => {
  for (const child of h.children) child.kill('SIGKILL');
});

describe('main process with a mocked electron module', () => {
  it('creates one window with the secure preferences, the preload and a denied window.open', () => {
    expect(h.windows).toHaveLength(1);
    const { options, openHandler, handlers } = h.windows[0];
    expect(options.webPreferences).toMatchObject(SECURE_WEB_PREFERENCES);
    expect(options.webPreferences.preload).toMatch(/preload\.cjs$/);
    expect(openHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'https://www.ozon.ru/product/1' })).toEqual({ action: 'deny' });
    let prevented = false;
    handlers['will-navigate']({ preventDefault: () => (prevented = true) }, 'https://evil.example/');
    expect(prevented).toBe(true);
  });

  it('denies every permission request', () => {
    let answer: boolean | undefined;
    h.permission!({}, 'media', (ok) => (answer = ok));
    expect(answer).toBe(false);
  });

  it('starts the worker as a utility process with a service name and opens the DB in userData', async () => {
    expect(h.forkArgs[0].options).toMatchObject({ serviceName: 'rich-content-oz-worker', execArgv: expect.arrayContaining(['--expose-gc']) });
    expect(h.forkArgs[0].modulePath).toMatch(/worker\.cjs$/);
    const status = await invoke('app.status');
    expect(status.value.db.path).toBe(path.join(h.userData, 'rich-content-oz.db'));
    expect(fs.existsSync(path.join(h.userData, 'rich-content-oz.db'))).toBe(true);
  });

  it('refuses requests from an untrusted frame and invalid payloads', async () => {
    expect(await invoke('app.status', {}, { senderFrame: { url: 'https://evil.example/', parent: null } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await invoke('app.status', {}, { senderFrame: { url: 'file:///x/index.html', parent: {} } })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await invoke('run.start', { runId: 'one' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await invoke('db.open', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('opens only Ozon product pages outside the app', async () => {
    expect(await invoke('shell.openExternal', { url: 'https://evil.example/' })).toMatchObject({ ok: false });
    expect(await invoke('shell.openExternal', { url: 'https://www.ozon.ru/product/15' })).toMatchObject({ ok: true });
    expect(h.opened).toEqual(['https://www.ozon.ru/product/1', 'https://www.ozon.ru/product/15']);
  });

  it('runs a batch end to end: progress to the window (throttled), taskbar progress, export through the save dialog', async () => {
    expect((await invoke('catalog.demo', { products: 2000 })).ok).toBe(true);
    const codes = path.join(h.userData, 'codes.txt');
    const summary = await invoke('catalog.summary');
    expect(summary.value.products).toBe(2000);
    const db = await import('better-sqlite3');
    const conn = new db.default(path.join(h.userData, 'rich-content-oz.db'), { readonly: true });
    fs.writeFileSync(codes, (conn.prepare('SELECT vendor_code FROM products LIMIT 600').pluck().all() as string[]).join('\n'));
    conn.close();
    const check = await invoke('run.check', { file: codes });
    expect(check.value).toMatchObject({ codes: 600, suggestedMode: 'optimized' });
    const sent = h.windows[0].sent;
    sent.length = 0;
    expect((await invoke('run.start', { runId: check.value.runId, chunkSize: 20 })).ok).toBe(true);
    await until(() => sent.find((e) => e.type === 'run.state' && e.run.state === 'done'), Boolean);
    const progress = sent.filter((e) => e.type === 'run.progress');
    expect(progress.length).toBeGreaterThan(0);
    for (const e of sent) expect(JSON.stringify(e).length).toBeLessThan(16 * 1024);
    expect(h.progress.at(-1)).toBe(-1);
    expect(h.progress.some((p) => p > 0 && p <= 1)).toBe(true);

    h.saveTo = path.join(h.userData, 'export.csv');
    const exported = await invoke('export.save', { runId: check.value.runId, profile: 'excel', exportId: 'e1' });
    expect(exported).toMatchObject({ ok: true, value: { rows: expect.any(Number), path: h.saveTo } });
    expect(fs.readFileSync(h.saveTo).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('memory readings merge app metrics once a second', async () => {
    const sent = h.windows[0].sent;
    sent.length = 0;
    const memory: any = await until(() => sent.find((e) => e.type === 'memory'), Boolean);
    expect(memory.sample).toMatchObject({ worker: expect.any(Number), main: 100 * 1024 * 1024, renderer: 50 * 1024 * 1024, gpu: null });
    expect(memory.thresholdBytes).toBe(1024 * 1024 * 1024);
  });

  it('a killed worker is restarted, the UI is told, and the interrupted run can be resumed', async () => {
    const codes = path.join(h.userData, 'codes.txt');
    const check = await invoke('run.check', { file: codes });
    const sent = h.windows[0].sent;
    sent.length = 0;
    await invoke('run.start', { runId: check.value.runId, chunkSize: 5 });
    h.children.at(-1)!.kill('SIGKILL');
    await until(() => sent.find((e) => e.type === 'worker.status' && e.state === 'restarting'), Boolean);
    const restarted: any = await until(() => sent.find((e) => e.type === 'worker.status' && e.restarted), Boolean);
    expect(restarted.state).toBe('running');
    const run = await until(() => invoke('run.get', { runId: check.value.runId }), (r: any) => r.ok);
    expect(['interrupted', 'done']).toContain(run.value.state);
    if (run.value.state === 'interrupted') {
      expect((await invoke('run.resume', { runId: check.value.runId })).ok).toBe(true);
      await until(() => invoke('run.get', { runId: check.value.runId }), (r: any) => r.value.state === 'done');
    }
  });
});
