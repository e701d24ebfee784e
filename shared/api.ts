import { AppError } from './errors.js';
import type { CatalogSummary, ImportKind, ImportSummary } from './domain/catalog.js';
import type { ExportProfile, ExportSummary } from './domain/exports.js';
import type { Product } from './domain/product.js';
import type { FileCheck, ItemSummary, ResultDetail, ResultsPage, RunInfo, RunProgress } from './domain/runs.js';
import type { AppSettings, ProcessorConfig } from './domain/settings.js';
import type { DbStatus, ExportProgress, ImportProgress, PreviewResult } from './protocol/messages.js';
import type { RequestPayload } from './protocol/requests.js';
import type { FilePurpose, UiRequestType } from './uiRequests.js';

export type WorkerState = 'starting' | 'running' | 'restarting' | 'failed';

export interface AppStatus {
  worker: WorkerState;
  workerMessage: string | null;
  db: DbStatus | null;
  platform: string;
  /** True in the browser test host, where dialogs are scripted. */
  testHost: boolean;
}

export interface MemorySample {
  at: number;
  /** Resident bytes per process; null where the host cannot tell. */
  worker: number | null;
  main: number | null;
  renderer: number | null;
  gpu: number | null;
}

/** What main sends the renderer: small, throttled, never a result row or a JSON. */
export type UiEvent =
  | { type: 'run.progress'; progress: RunProgress; items: ItemSummary[]; dropped: number }
  | { type: 'run.state'; run: RunInfo }
  | { type: 'import.progress'; progress: ImportProgress }
  | { type: 'export.progress'; progress: ExportProgress }
  | { type: 'memory'; sample: MemorySample; thresholdBytes: number; over: ('worker' | 'main' | 'renderer' | 'gpu')[] }
  | { type: 'worker.status'; state: WorkerState; message: string | null; restarted: boolean };

export interface UiReply<T = unknown> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}

/** The transport under `window.api`: Electron IPC in the app, a WebSocket in the test host. */
export interface UiTransport {
  invoke(type: UiRequestType, payload: unknown): Promise<UiReply>;
  subscribe(listener: (event: UiEvent) => void): () => void;
  /** Path of a dropped file (Electron's webUtils.getPathForFile); the test host has none. */
  pathForFile(file: File): string;
}

/** The renderer's whole view of the app: named functions only, each one request. */
export function createApi(t: UiTransport) {
  async function call<T>(type: UiRequestType, payload: unknown = {}): Promise<T> {
    const reply = await t.invoke(type, payload);
    if (!reply.ok) throw new AppError(reply.error?.code ?? 'internal', reply.error?.message ?? 'Неизвестная ошибка');
    return reply.value as T;
  }
  return {
    status: () => call<AppStatus>('app.status'),
    restartWorker: () => call<AppStatus>('app.restartWorker'),
    resetDatabase: (keepCopy: boolean) => call<DbStatus>('db.reset', { keepCopy }),
    loadDemo: (products?: number) => call<ImportSummary>('catalog.demo', { products }),
    importCatalog: (kind: ImportKind, files: string[], mapping?: Record<string, string>) =>
      call<ImportSummary>('catalog.import', { kind, files, mapping }),
    catalogSummary: () => call<CatalogSummary>('catalog.summary'),
    product: (vendorCode: string) => call<Product | null>('catalog.product', { vendorCode }),
    chooseFiles: (purpose: FilePurpose, multiple = false) =>
      call<string[] | null>('dialog.openFiles', { purpose, multiple }),
    pathForFile: (file: File) => t.pathForFile(file),
    checkFile: (file: string) => call<FileCheck>('run.check', { file }),
    startRun: (payload: RequestPayload<'run.start'>) => call<RunInfo>('run.start', payload),
    pauseRun: (runId: number) => call<RunInfo>('run.pause', { runId }),
    resumeRun: (runId: number) => call<RunInfo>('run.resume', { runId }),
    cancelRun: (runId: number) => call<RunInfo>('run.cancel', { runId }),
    deleteRun: (runId: number) => call<{ deleted: boolean }>('run.delete', { runId }),
    runs: () => call<RunInfo[]>('run.list'),
    run: (runId: number) => call<RunInfo>('run.get', { runId }),
    resultsPage: (query: RequestPayload<'results.page'>) => call<ResultsPage>('results.page', query),
    resultItem: (runId: number, position: number) => call<ResultDetail>('results.item', { runId, position }),
    preview: (vendorCode: string, config: ProcessorConfig) => call<PreviewResult>('product.preview', { vendorCode, config }),
    exportToFile: (runId: number | null, profile: ExportProfile, exportId: string) =>
      call<ExportSummary | null>('export.save', { runId, profile, exportId }),
    cancelExport: (exportId: string) => call<{ cancelled: boolean }>('export.cancel', { exportId }),
    showInFolder: (path: string) => call<void>('shell.showInFolder', { path }),
    openExternal: (url: string) => call<void>('shell.openExternal', { url }),
    settings: () => call<AppSettings>('settings.get'),
    saveSettings: (settings: AppSettings) => call<AppSettings>('settings.set', { settings }),
    onEvent: (listener: (event: UiEvent) => void) => t.subscribe(listener),
  };
}

export type RichContentApi = ReturnType<typeof createApi>;
