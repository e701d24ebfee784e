import { create } from 'zustand';
import type { AppStatus, MemorySample, UiEvent } from '../../../shared/api.js';
import type { ImportSummary } from '../../../shared/domain/catalog.js';
import type { ItemSummary, RunInfo, RunProgress } from '../../../shared/domain/runs.js';
import type { ExportProgress, ImportProgress } from '../../../shared/protocol/messages.js';

/** Bounds of everything the renderer keeps: none of them grows with the batch. */
export const LIMITS = { items: 1000, errors: 20, memory: 300, autoCleanupAbove: 1000 } as const;

export type Screen = 'catalog' | 'process' | 'run' | 'results' | 'history' | 'settings' | 'single';

export interface AppState {
  screen: Screen;
  status: AppStatus | null;
  workerBanner: { kind: 'restarted' | 'restarting' | 'failed' | 'interrupted'; message: string | null } | null;
  run: RunInfo | null;
  progress: RunProgress | null;
  /** Last item summaries (standard/optimized modes only), newest last. */
  items: ItemSummary[];
  /** Last problem items (non-success), newest last. */
  errors: ItemSummary[];
  /** Items the UI chose not to keep: above 1,000 it keeps statistics only. */
  itemsDropped: number;
  autoCleanup: boolean;
  memory: MemorySample[];
  memoryThreshold: number;
  memoryOver: string[];
  importProgress: ImportProgress | null;
  lastImport: ImportSummary | null;
  exportProgress: ExportProgress | null;
  resultsRunId: number | null;
  go: (screen: Screen) => void;
  openResults: (runId: number) => void;
  setStatus: (status: AppStatus) => void;
  setRun: (run: RunInfo | null) => void;
  setLastImport: (summary: ImportSummary | null) => void;
  dismissBanner: () => void;
  /** Runs left unfinished by a crash or a closed app: offered for resume on start. */
  noteInterrupted: (count: number) => void;
  clearFromScreen: () => void;
  applyEvent: (event: UiEvent) => void;
}

function keepLast<T>(list: T[], added: T[], limit: number): T[] {
  if (added.length === 0) return list;
  const merged = list.concat(added);
  return merged.length > limit ? merged.slice(merged.length - limit) : merged;
}

function applyProgress(state: AppState, event: Extract<UiEvent, { type: 'run.progress' }>): Partial<AppState> {
  const total = event.progress.total;
  const autoCleanup = total > LIMITS.autoCleanupAbove || state.autoCleanup;
  const problems = event.items.filter((i) => i.status !== 'success');
  const keepItems = !autoCleanup && (state.run?.mode === 'standard' || state.run?.mode === 'optimized');
  return {
    progress: event.progress,
    autoCleanup,
    items: keepItems ? keepLast(state.items, event.items, LIMITS.items) : [],
    itemsDropped: state.itemsDropped + event.dropped + (keepItems ? 0 : event.items.length),
    errors: keepLast(state.errors, problems, LIMITS.errors),
  };
}

export const useAppStore = create<AppState>((set, get) => ({
  screen: 'catalog',
  status: null,
  workerBanner: null,
  run: null,
  progress: null,
  items: [],
  errors: [],
  itemsDropped: 0,
  autoCleanup: false,
  memory: [],
  memoryThreshold: 1024 * 1024 * 1024,
  memoryOver: [],
  importProgress: null,
  lastImport: null,
  exportProgress: null,
  resultsRunId: null,
  go: (screen) => set({ screen }),
  openResults: (runId) => set({ screen: 'results', resultsRunId: runId }),
  setStatus: (status) => set({ status }),
  setRun: (run) =>
    set((state) =>
      run && state.run?.id !== run.id
        ? { run, progress: null, items: [], errors: [], itemsDropped: 0, autoCleanup: run.total > LIMITS.autoCleanupAbove }
        : { run },
    ),
  setLastImport: (lastImport) => set({ lastImport, importProgress: null }),
  dismissBanner: () => set({ workerBanner: null }),
  noteInterrupted: (count) => {
    if (count > 0 && !get().workerBanner) set({ workerBanner: { kind: 'interrupted', message: null } });
  },
  clearFromScreen: () => set({ items: [], errors: [], itemsDropped: 0, progress: null, run: null, exportProgress: null }),
  applyEvent: (event) => {
    const state = get();
    switch (event.type) {
      case 'run.progress':
        if (state.run && event.progress.runId !== state.run.id) return;
        set(applyProgress(state, event));
        return;
      case 'run.state':
        if (!state.run || state.run.id === event.run.id) set({ run: event.run });
        return;
      case 'import.progress':
        set({ importProgress: event.progress });
        return;
      case 'export.progress':
        set({ exportProgress: event.progress });
        return;
      case 'memory':
        set({
          memory: keepLast(state.memory, [event.sample], LIMITS.memory),
          memoryThreshold: event.thresholdBytes,
          memoryOver: event.over,
        });
        return;
      case 'worker.status':
        set({
          workerBanner: event.state === 'running' && !event.restarted ? null : {
            kind: event.state === 'failed' ? 'failed' : event.state === 'restarting' ? 'restarting' : 'restarted',
            message: event.message,
          },
          status: state.status ? { ...state.status, worker: event.state, workerMessage: event.message } : state.status,
        });
        return;
    }
  },
}));

/** Sizes of the bounded parts, for the memory proof in the end-to-end tests. */
export function storeSizes(): Record<string, number> {
  const s = useAppStore.getState();
  return { items: s.items.length, errors: s.errors.length, memory: s.memory.length };
}
