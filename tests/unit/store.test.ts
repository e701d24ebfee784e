import { beforeEach, describe, expect, it } from 'vitest';
import { LIMITS, useAppStore } from '../../renderer/src/store/appStore.js';
import { emptyCounts } from '../../shared/domain/status.js';
import type { RunInfo } from '../../shared/domain/runs.js';

const run = (total: number, mode: RunInfo['mode']): RunInfo => ({
  id: 1, fileName: 'a.txt', state: 'running', mode, total, processed: 0, counts: emptyCounts(), chunkSize: 100, preset: 'balanced', config: null,
  createdAt: '', startedAt: null, finishedAt: null, elapsedMs: 0, duplicates: 0, invalid: 0, unknown: 0, message: null,
});
const item = (position: number, status: 'success' | 'error' = 'success') => ({ position, vendorCode: `C${position}`, status, recommendations: 1, topScore: 1, ms: 1, message: null });
const progress = (processed: number, total: number, items: ReturnType<typeof item>[]) => ({
  type: 'run.progress' as const,
  progress: { runId: 1, processed, total, counts: emptyCounts(), ratePerSec: 1, etaSec: 1, elapsedMs: 1 },
  items,
  dropped: 0,
});

beforeEach(() => useAppStore.getState().clearFromScreen());

describe('the renderer store cannot grow with the batch', () => {
  it('keeps at most 1,000 item summaries and 20 problems in optimized mode', () => {
    const s = useAppStore.getState();
    s.setRun(run(1000, 'optimized'));
    for (let i = 0; i < 30; i++) s.applyEvent(progress(i * 100, 1000, Array.from({ length: 100 }, (_, j) => item(i * 100 + j, j % 3 === 0 ? 'error' : 'success'))));
    const state = useAppStore.getState();
    expect(state.items).toHaveLength(LIMITS.items);
    expect(state.items.at(-1)!.position).toBe(2999);
    expect(state.errors).toHaveLength(LIMITS.errors);
    expect(state.autoCleanup).toBe(false);
  });

  it('above 1,000 codes keeps statistics only (auto-cleanup)', () => {
    const s = useAppStore.getState();
    s.setRun(run(5000, 'standard'));
    s.applyEvent(progress(100, 5000, [item(1), item(2, 'error')]));
    const state = useAppStore.getState();
    expect(state.autoCleanup).toBe(true);
    expect(state.items).toHaveLength(0);
    expect(state.itemsDropped).toBe(2);
    expect(state.errors).toHaveLength(1);
  });

  it('memory series is capped at 300 points; clear from screen empties the run view', () => {
    const s = useAppStore.getState();
    for (let i = 0; i < 1000; i++) s.applyEvent({ type: 'memory', sample: { at: i, worker: 1, main: 1, renderer: 1, gpu: null }, thresholdBytes: 10, over: [] });
    expect(useAppStore.getState().memory).toHaveLength(LIMITS.memory);
    s.setRun(run(10, 'standard'));
    s.applyEvent(progress(1, 10, [item(1)]));
    s.clearFromScreen();
    expect(useAppStore.getState()).toMatchObject({ run: null, items: [], errors: [], progress: null });
  });
});
