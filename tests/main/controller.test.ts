import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { UiEvent } from '../../shared/api.js';
import { exportTempPath } from '../../shared/domain/exports.js';
import { emptyCounts } from '../../shared/domain/status.js';
import type { WorkerEvent } from '../../shared/protocol/messages.js';
import { AppController, type Host } from '../../electron/main/appController.js';
import { UiEventForwarder } from '../../electron/main/uiEventForwarder.js';
import { tempDir } from '../helpers/worker.js';

const progress = (processed: number): WorkerEvent => ({
  type: 'run.progress',
  progress: { runId: 1, processed, total: 1000, counts: emptyCounts(), ratePerSec: 1, etaSec: 1, elapsedMs: 1 },
});
const item = (position: number) => ({ position, vendorCode: `C${position}`, status: 'success' as const, recommendations: 8, topScore: 300, ms: 0.1, message: null });

describe('UiEventForwarder', () => {
  function setup() {
    let clock = 0;
    const sent: UiEvent[] = [];
    const forwarder = new UiEventForwarder({
      send: (e) => sent.push(e),
      metrics: () => ({ main: 10, renderer: 2_000_000_000, gpu: null }),
      thresholdBytes: () => 1_000_000_000,
      now: () => clock,
    });
    return { forwarder, sent, tick: (ms: number) => (clock += ms) };
  }

  it('passes at most 5 progress messages a second, carrying the items that came since', () => {
    const { forwarder, sent, tick } = setup();
    for (let i = 1; i <= 100; i++) {
      forwarder.accept({ type: 'run.items', runId: 1, items: [item(i)], dropped: 0 });
      forwarder.accept(progress(i * 10));
      tick(20);
    }
    const messages = sent.filter((e) => e.type === 'run.progress');
    expect(messages.length).toBeLessThanOrEqual(11);
    expect(messages.length).toBeGreaterThanOrEqual(9);
    const carried = messages.flatMap((e) => (e.type === 'run.progress' ? e.items.map((x) => x.position) : []));
    expect(carried[0]).toBe(1);
    expect(new Set(carried).size).toBe(carried.length);
  });

  it('never carries more than 100 items; the rest is counted as dropped', () => {
    const { forwarder, sent } = setup();
    forwarder.accept(progress(1));
    forwarder.accept({ type: 'run.items', runId: 1, items: Array.from({ length: 250 }, (_, i) => item(i)), dropped: 5 });
    forwarder.accept({ type: 'run.state', run: { id: 1, state: 'done' } as any });
    const last = sent.filter((e) => e.type === 'run.progress').at(-1)!;
    expect(last.type === 'run.progress' && last.items.length).toBe(100);
    expect(last.type === 'run.progress' && last.dropped).toBe(155);
    expect(sent.at(-1)!.type).toBe('run.state');
  });

  it('memory once a second, merged with app metrics, naming processes over the threshold', () => {
    const { forwarder, sent, tick } = setup();
    for (let i = 0; i < 10; i++) {
      forwarder.accept({ type: 'memory', at: i, reading: { rss: 1_500_000_000, heapUsed: 0, heapTotal: 0, external: 0 } });
      tick(300);
    }
    const memory = sent.filter((e) => e.type === 'memory');
    expect(memory).toHaveLength(3);
    expect(memory[0]).toMatchObject({ sample: { worker: 1_500_000_000, main: 10, renderer: 2_000_000_000, gpu: null }, over: ['worker', 'renderer'] });
  });
});

describe('AppController', () => {
  function fakeSupervisor() {
    const listeners: Record<string, ((...a: any[]) => void)[]> = {};
    const calls: { type: string; payload: any }[] = [];
    return {
      calls,
      on: (name: string, fn: (...a: any[]) => void) => ((listeners[name] ??= []).push(fn), () => {}),
      fire: (name: string, ...args: any[]) => (listeners[name] ?? []).forEach((fn) => fn(...args)),
      request: (type: string, payload: any) => {
        calls.push({ type, payload });
        return type === 'export.start' ? new Promise(() => {}) : Promise.resolve({ echoed: type });
      },
    };
  }
  function host(overrides: Partial<Host> = {}): Host & { sent: UiEvent[] } {
    const sent: UiEvent[] = [];
    return {
      sent,
      openFiles: async () => ['/tmp/x.txt'],
      saveFile: async () => null,
      showInFolder: () => {},
      openExternal: async () => {},
      send: (e) => sent.push(e),
      metrics: () => ({ main: null, renderer: null, gpu: null }),
      setProgress: () => {},
      notify: () => {},
      platform: 'linux',
      testHost: true,
      ...overrides,
    };
  }

  it('validates payloads before anything reaches the worker', async () => {
    const sup = fakeSupervisor();
    const c = new AppController(sup as any, host());
    expect(await c.invoke('results.page', { runId: -1 })).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await c.invoke('db.open', { path: '/x' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('Неизвестный') } });
    expect(await c.invoke('debug.fail', { message: 'x' })).toMatchObject({ ok: false });
    expect(sup.calls).toEqual([]);
    expect(await c.invoke('results.page', { runId: 3 })).toMatchObject({ ok: true, value: { echoed: 'results.page' } });
    expect(sup.calls[0]).toEqual({ type: 'results.page', payload: { runId: 3, limit: 100, detail: false, order: 'position' } });
  });

  it('a cancelled save dialog exports nothing', async () => {
    const sup = fakeSupervisor();
    const c = new AppController(sup as any, host());
    expect(await c.invoke('export.save', { runId: 1, profile: 'standard', exportId: 'x' })).toEqual({ ok: true, value: null });
    expect(sup.calls).toEqual([]);
  });

  it('removes the temporary file of an export whose worker died, and tells the UI', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'out.csv');
    const sup = fakeSupervisor();
    const h = host({ saveFile: async () => target });
    const c = new AppController(sup as any, h);
    void c.invoke('export.save', { runId: 1, profile: 'standard', exportId: 'e9' });
    await new Promise((r) => setTimeout(r, 10));
    expect(sup.calls[0]).toMatchObject({ type: 'export.start', payload: { path: target, exportId: 'e9', runId: 1 } });
    fs.writeFileSync(exportTempPath(target, 'e9'), 'half a file');
    sup.fire('exit', null);
    expect(fs.readdirSync(dir)).toEqual([]);
    expect(h.sent.at(-1)).toMatchObject({ type: 'worker.status', state: 'restarting' });
  });

  it('notifies when a run longer than a minute ends, and clears the taskbar progress', () => {
    const sup = fakeSupervisor();
    const notes: string[] = [];
    const bars: (number | null)[] = [];
    new AppController(sup as any, host({ notify: (t) => notes.push(t), setProgress: (f) => bars.push(f) }));
    sup.fire('event', progress(500));
    sup.fire('event', { type: 'run.state', run: { id: 1, state: 'done', elapsedMs: 30_000, fileName: 'a', counts: emptyCounts(), total: 1 } });
    sup.fire('event', { type: 'run.state', run: { id: 2, state: 'done', elapsedMs: 61_000, fileName: 'b.txt', counts: emptyCounts(), total: 1 } });
    expect(bars).toEqual([0.5, null, null]);
    expect(notes).toEqual(['Обработка завершена']);
  });
});
