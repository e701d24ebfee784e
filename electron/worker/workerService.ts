import { AppError } from '../../shared/errors.js';
import { CandidateIndex } from '../../shared/domain/candidateIndex.js';
import type { ImportSummary } from '../../shared/domain/catalog.js';
import { profileOf } from '../../shared/domain/profile.js';
import { recommendFor } from '../../shared/domain/recommend.js';
import type { RunInfo } from '../../shared/domain/runs.js';
import { applyOverrides, defaultConfig, type ProcessorConfig } from '../../shared/domain/settings.js';
import { PROTOCOL_VERSION, type DbStatus, type ParsedRequest, type WorkerEvent } from '../../shared/protocol/messages.js';
import type { ParsedPayload } from '../../shared/protocol/requests.js';
import { catalogSummary } from './catalog/catalogSummary.js';
import { DEFAULT_DEMO_PRODUCTS } from './catalog/demoCatalog.js';
import { writeDemoFiles } from './catalog/demoFiles.js';
import { importAttributes } from './catalog/importAttributes.js';
import { importBarcodes } from './catalog/importBarcodes.js';
import type { ImportContext } from './catalog/importContext.js';
import { importProductsReport } from './catalog/importProductsReport.js';
import { importTemplates } from './catalog/importTemplate.js';
import { loadDemoCatalog } from './catalog/loadDemo.js';
import { inStockProducts, productByCode } from './catalog/productRows.js';
import { SCHEMA_VERSION } from './db/migrations.js';
import { closeDatabase, openDatabase, setAsideDatabase, type OpenedDatabase } from './db/openDatabase.js';
import { exportRichContent } from './export/exportRichContent.js';
import { checkFile } from './runs/checkFile.js';
import { resultItem, resultsPage } from './runs/resultQueries.js';
import { RunProcessor } from './runs/runProcessor.js';
import { configureRun, deleteRun, getRun, listRuns, markInterruptedRuns, setRunState } from './runs/runRepo.js';
import { createMemoryRelief } from './memoryRelief.js';
import { loadSettings, saveSettings } from './settingsStore.js';
import { RateGate } from '../../shared/rateGate.js';

export const APP_VERSION = '0.1.0';

export interface ServiceOptions {
  /** Test-only slowdown between chunks, to let kill-and-resume tests land a kill mid-run. */
  chunkDelayMs?: number;
}

/** Everything the worker does, one method per request; the entry file only moves messages. */
export class WorkerService {
  private db: OpenedDatabase | null = null;
  private dbPath: string | null = null;
  private problem: DbStatus['problem'] = null;
  private job: string | null = null;
  private processor: RunProcessor | null = null;
  private catalogVersion = 0;
  private index: { version: number; index: CandidateIndex } | null = null;
  private readonly exports = new Map<string, { cancelled: boolean }>();

  constructor(
    private readonly emit: (event: WorkerEvent) => void,
    private readonly options: ServiceOptions = {},
  ) {}

  async handle(request: ParsedRequest): Promise<unknown> {
    switch (request.type) {
      case 'hello':
        return { protocol: PROTOCOL_VERSION, app: APP_VERSION, pid: process.pid, schemaVersion: SCHEMA_VERSION };
      case 'db.open':
        return this.open(request.payload.path);
      case 'db.status':
        return this.status();
      case 'db.reset':
        return this.reset(request.payload.keepCopy);
      case 'catalog.import':
        return this.importCatalog(request.payload);
      case 'catalog.demo':
        return this.exclusive('import', () => loadDemoCatalog(request.payload.products ?? DEFAULT_DEMO_PRODUCTS, this.importContext()), true);
      case 'catalog.demoFiles':
        return writeDemoFiles(request.payload.dir, request.payload.products ?? DEFAULT_DEMO_PRODUCTS);
      case 'catalog.summary':
        return catalogSummary(this.conn().read);
      case 'catalog.product':
        return productByCode(this.conn().read, request.payload.vendorCode);
      case 'run.check':
        return this.exclusive('check', () => checkFile(this.conn().write, request.payload.file, request.payload.sheet));
      case 'run.start':
        return this.startRun(request.payload);
      case 'run.resume':
        return this.resumeRun(request.payload.runId);
      case 'run.pause':
      case 'run.cancel':
        return this.stopRun(request.payload.runId, request.type === 'run.pause' ? 'pause' : 'cancel');
      case 'run.delete':
        return this.deleteRun(request.payload.runId);
      case 'run.list':
        return listRuns(this.conn().read);
      case 'run.get':
        return getRun(this.conn().read, request.payload.runId);
      case 'results.page':
        return resultsPage(this.conn().read, request.payload);
      case 'results.item':
        return resultItem(this.conn().read, request.payload.runId, request.payload.position);
      case 'product.preview':
        return this.preview(request.payload.vendorCode, request.payload.config);
      case 'export.start':
        return this.exportFile(request.payload);
      case 'export.cancel': {
        const job = this.exports.get(request.payload.exportId);
        if (job) job.cancelled = true;
        return { cancelled: Boolean(job) };
      }
      case 'settings.get':
        return loadSettings(this.conn().read);
      case 'settings.set':
        return saveSettings(this.conn().write, request.payload.settings);
      case 'debug.fail':
        throw new Error(request.payload.message);
    }
  }

  /** Runs and imports write in long sequences; one at a time keeps transactions from nesting. */
  get busyWith(): string | null {
    return this.job;
  }

  shutdown(): void {
    this.processor?.requestStop('pause');
    if (this.db) closeDatabase(this.db);
    this.db = null;
  }

  private conn(): OpenedDatabase {
    if (!this.db) {
      throw new AppError(this.problem?.code ?? 'db_closed', this.problem?.message ?? 'База данных не открыта');
    }
    return this.db;
  }

  private open(path: string): DbStatus {
    if (this.db) closeDatabase(this.db);
    this.db = null;
    this.dbPath = path;
    this.problem = null;
    try {
      this.db = openDatabase(path);
      const interrupted = markInterruptedRuns(this.db.write);
      if (interrupted > 0) this.emit({ type: 'log', level: 'warn', message: `Прерванных запусков: ${interrupted}` });
    } catch (error) {
      const data = error instanceof AppError ? error : new AppError('db_open_failed', String(error));
      this.problem = { code: data.code, message: data.message };
    }
    this.catalogVersion += 1;
    return this.status();
  }

  private status(): DbStatus {
    const products = this.db ? (this.db.read.prepare('SELECT COUNT(*) FROM products').pluck().get() as number) : 0;
    return { path: this.dbPath, open: this.db !== null, schemaVersion: SCHEMA_VERSION, products, problem: this.problem };
  }

  private reset(keepCopy: boolean): DbStatus {
    if (!this.dbPath) throw new AppError('db_closed', 'База данных не открыта');
    if (this.job) throw new AppError('busy', 'Дождитесь окончания текущей обработки');
    if (this.db) closeDatabase(this.db);
    this.db = null;
    setAsideDatabase(this.dbPath, keepCopy);
    return this.open(this.dbPath);
  }

  private async exclusive<T>(job: string, body: () => Promise<T>, changesCatalog = false): Promise<T> {
    this.conn();
    if (this.job) {
      throw new AppError('busy', this.job === 'run'
        ? 'Идёт обработка артикулов. Поставьте её на паузу или дождитесь окончания.'
        : 'Идёт загрузка файла. Дождитесь окончания.');
    }
    this.job = job;
    try {
      const result = await body();
      if (changesCatalog) this.catalogVersion += 1;
      return result;
    } finally {
      this.job = null;
    }
  }

  private importContext(): ImportContext {
    const gate = new RateGate(200);
    return {
      db: this.conn().write,
      progress: (progress) => {
        if (gate.ready(Date.now())) this.emit({ type: 'import.progress', progress });
      },
    };
  }

  private importCatalog(p: ParsedPayload<'catalog.import'>): Promise<ImportSummary> {
    return this.exclusive('import', () => {
      const ctx = this.importContext();
      switch (p.kind) {
        case 'template':
          return importTemplates(p.files, ctx);
        case 'products':
          return importProductsReport(p.files, ctx);
        case 'barcodes':
          return importBarcodes(p.files, ctx);
        case 'attributes':
          return importAttributes(p.files, ctx, p.mapping);
      }
    }, true);
  }

  private candidateIndex(): CandidateIndex {
    if (!this.index || this.index.version !== this.catalogVersion) {
      this.index = { version: this.catalogVersion, index: CandidateIndex.build(inStockProducts(this.conn().read)) };
      // Building reads every in-stock row once: hand that garbage back now rather than mid-run.
      (globalThis as { gc?: () => void }).gc?.();
    }
    return this.index.index;
  }

  private preview(vendorCode: string, config: ProcessorConfig): unknown {
    const source = productByCode(this.conn().read, vendorCode.trim());
    const result = recommendFor(vendorCode.trim(), source ? profileOf(source) : null, this.candidateIndex(), config);
    return { source, result };
  }

  private async startRun(p: ParsedPayload<'run.start'>): Promise<RunInfo> {
    const db = this.conn().write;
    const run = getRun(db, p.runId);
    if (run.state !== 'checked') {
      throw new AppError('bad_state', `Запуск №${p.runId} уже ${run.state === 'done' ? 'завершён' : 'начат'}; продолжить можно кнопкой «Продолжить»`);
    }
    const settings = loadSettings(db);
    let config = p.config ?? (p.preset ? defaultConfig(p.preset) : settings.config);
    if (p.overrides) config = applyOverrides(config, p.overrides);
    configureRun(db, p.runId, { mode: p.mode ?? run.mode, config, chunkSize: p.chunkSize ?? settings.chunkSize });
    return this.launch(p.runId, config);
  }

  private resumeRun(runId: number): RunInfo {
    const run = getRun(this.conn().write, runId);
    if (!['paused', 'interrupted', 'failed'].includes(run.state)) {
      throw new AppError('bad_state', `Запуск №${runId} нельзя продолжить: он ${run.state === 'running' ? 'уже идёт' : 'завершён'}`);
    }
    return this.launch(runId, run.config ?? defaultConfig());
  }

  private launch(runId: number, config: ProcessorConfig): RunInfo {
    if (this.job) throw new AppError('busy', 'Уже идёт другая обработка или загрузка. Дождитесь окончания.');
    const db = this.conn().write;
    const relieveMemory = createMemoryRelief();
    const delay = this.options.chunkDelayMs;
    const processor = new RunProcessor(db, runId, config, {
      emit: this.emit,
      index: () => this.candidateIndex(),
      afterChunk: async () => {
        relieveMemory();
        if (delay) await this.sleep(delay);
      },
    });
    this.job = 'run';
    this.processor = processor;
    // process() marks the run running before its first await, so the reply below sees it.
    void processor
      .process()
      .catch((error: unknown) => this.emit({ type: 'log', level: 'error', message: String(error) }))
      .finally(() => {
        this.job = null;
        this.processor = null;
      });
    return getRun(db, runId);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  private stopRun(runId: number, kind: 'pause' | 'cancel'): RunInfo {
    const db = this.conn().write;
    if (this.processor?.runId === runId) {
      this.processor.requestStop(kind);
      return getRun(db, runId);
    }
    const run = getRun(db, runId);
    if (kind === 'cancel' && ['checked', 'paused', 'interrupted', 'failed'].includes(run.state)) {
      setRunState(db, runId, 'cancelled');
      const cancelled = getRun(db, runId);
      this.emit({ type: 'run.state', run: { ...cancelled, config: null } });
      return cancelled;
    }
    return run;
  }

  private deleteRun(runId: number): { deleted: boolean } {
    if (this.processor?.runId === runId) throw new AppError('busy', 'Этот запуск сейчас идёт: сначала отмените его');
    return { deleted: deleteRun(this.conn().write, runId) };
  }

  private async exportFile(p: ParsedPayload<'export.start'>): Promise<unknown> {
    const job = { cancelled: false };
    this.exports.set(p.exportId, job);
    try {
      return await exportRichContent(this.conn().read, p, {
        progress: (progress) => this.emit({ type: 'export.progress', progress }),
        cancelled: () => job.cancelled,
      });
    } finally {
      this.exports.delete(p.exportId);
    }
  }
}
