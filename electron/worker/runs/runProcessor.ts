import type Database from 'better-sqlite3';
import { performance } from 'node:perf_hooks';
import { BoundedList } from '../../../shared/boundedList.js';
import { RateGate } from '../../../shared/rateGate.js';
import type { CandidateIndex } from '../../../shared/domain/candidateIndex.js';
import { sendsErrors, sendsItemSummaries } from '../../../shared/domain/modes.js';
import { profileOf } from '../../../shared/domain/profile.js';
import { recommendFor, type ProductResult } from '../../../shared/domain/recommend.js';
import type { ItemSummary, RunInfo } from '../../../shared/domain/runs.js';
import type { ProcessorConfig } from '../../../shared/domain/settings.js';
import type { WorkerEvent } from '../../../shared/protocol/messages.js';
import { PRODUCT_COLUMNS, rowToProduct, type ProductRow } from '../catalog/productRows.js';
import { getRun, setRunState } from './runRepo.js';
import { ChunkWriter, type ProcessedCode } from './saveChunk.js';

export const PROGRESS_INTERVAL_MS = 200;
/** Item summaries per message: ~120 bytes each keeps a message well under 16 KB. */
export const ITEMS_PER_MESSAGE = 100;
export const ERRORS_KEPT = 20;

type ChunkRow = { position: number; code: string } & { [K in keyof ProductRow]: ProductRow[K] | null };

export interface RunHooks {
  emit: (event: WorkerEvent) => void;
  index: () => CandidateIndex;
  /** Test hook: called after each committed chunk (kill-and-resume tests stop the process here). */
  afterChunk?: (processed: number) => Promise<void> | void;
}

function summaryOf(item: ProcessedCode): ItemSummary {
  const { result } = item;
  return {
    position: item.position,
    vendorCode: result.vendorCode,
    status: result.status,
    recommendations: result.recommendations.length,
    topScore: result.recommendations[0]?.score ?? null,
    ms: Math.round(item.ms * 100) / 100,
    message: result.message,
  };
}

function errorResult(vendorCode: string, error: unknown): ProductResult {
  const message = `Ошибка обработки: ${error instanceof Error ? error.message : String(error)}`;
  return { vendorCode, status: 'error', message, recommendations: [], richContent: null, warnings: [] };
}

/**
 * One run, chunk by chunk: read the chunk's codes from the DB, compute, commit the chunk in one
 * transaction, report. Nothing of a chunk outlives its transaction, so memory does not depend on
 * the run's size. Pause and cancel are honoured between chunks.
 */
export class RunProcessor {
  private stopRequest: 'pause' | 'cancel' | null = null;
  private readonly nextCodes: Database.Statement;
  private readonly writer: ChunkWriter;
  private readonly gate = new RateGate(PROGRESS_INTERVAL_MS);
  private readonly items: BoundedList<ItemSummary>;
  private sessionProcessed = 0;
  private sessionStart = 0;
  /** End of the last committed chunk: a run's duration is its active wall time, pauses excluded. */
  private lastMark = 0;

  constructor(
    private readonly db: Database.Database,
    readonly runId: number,
    private readonly config: ProcessorConfig,
    private readonly hooks: RunHooks,
  ) {
    // The chunk's codes with their catalog rows in one statement (NULL columns for unknown codes).
    this.nextCodes = db.prepare(
      `SELECT rc.position, rc.vendor_code AS code, ${PRODUCT_COLUMNS.split(', ').map((c) => `p.${c}`).join(', ')}
       FROM (SELECT position, vendor_code FROM run_codes WHERE run_id = ? AND position > ? ORDER BY position LIMIT ?) rc
       LEFT JOIN products p ON p.vendor_code = rc.vendor_code ORDER BY rc.position`,
    );
    this.writer = new ChunkWriter(db);
    this.items = new BoundedList(ITEMS_PER_MESSAGE);
  }

  requestStop(kind: 'pause' | 'cancel'): void {
    this.stopRequest = kind;
  }

  async process(): Promise<RunInfo> {
    const index = this.hooks.index();
    let run = getRun(this.db, this.runId);
    setRunState(this.db, this.runId, 'running');
    this.emitState();
    this.sessionStart = performance.now();
    this.lastMark = this.sessionStart;
    try {
      while (run.processed < run.total && this.stopRequest === null) {
        this.processChunk(run, index);
        run = getRun(this.db, this.runId);
        await this.hooks.afterChunk?.(run.processed);
        this.report(run, false);
        await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      setRunState(this.db, this.runId, 'failed', `Обработка остановлена из-за ошибки: ${(error as Error).message}`);
      return this.finish(run);
    }
    const state = this.stopRequest === 'cancel' ? 'cancelled' : this.stopRequest === 'pause' ? 'paused' : 'done';
    setRunState(this.db, this.runId, run.processed >= run.total ? 'done' : state);
    return this.finish(run);
  }

  private finish(run: RunInfo): RunInfo {
    this.report(getRun(this.db, this.runId) ?? run, true);
    return this.emitState();
  }

  private processChunk(run: RunInfo, index: CandidateIndex): void {
    const rows = this.nextCodes.all(this.runId, run.processed, run.chunkSize) as ChunkRow[];
    const processed: ProcessedCode[] = rows.map((row) => this.processCode(row, index));
    const now = performance.now();
    this.writer.saveChunk(this.runId, processed, now - this.lastMark);
    this.lastMark = now;
    this.sessionProcessed += processed.length;
    this.collectItems(run, processed);
  }

  private processCode(row: ChunkRow, index: CandidateIndex): ProcessedCode {
    const t0 = performance.now();
    let result: ProductResult;
    try {
      const source = row.id === null ? null : profileOf(rowToProduct(row as ProductRow));
      result = recommendFor(row.code, source, index, this.config);
    } catch (error) {
      result = errorResult(row.code, error);
    }
    return { position: row.position, result, ms: performance.now() - t0 };
  }

  private collectItems(run: RunInfo, processed: ProcessedCode[]): void {
    if (sendsItemSummaries(run.mode)) {
      for (const item of processed) this.items.push(summaryOf(item));
    } else if (sendsErrors(run.mode)) {
      for (const item of processed) if (item.result.status !== 'success') this.items.push(summaryOf(item));
    }
  }

  private report(run: RunInfo, final: boolean): void {
    if (!final && !this.gate.ready(performance.now())) return;
    const elapsed = performance.now() - this.sessionStart;
    const rate = elapsed > 0 ? (this.sessionProcessed / elapsed) * 1000 : 0;
    const remaining = run.total - run.processed;
    // Items first: a forwarder attaches them to the progress message that follows.
    if (this.items.length > 0 || this.items.dropped > 0) {
      const { items, dropped } = this.items.drain();
      const kept = run.mode === 'lightweight' ? items.slice(-ERRORS_KEPT) : items;
      this.hooks.emit({ type: 'run.items', runId: this.runId, items: kept, dropped: dropped + items.length - kept.length });
    }
    this.hooks.emit({
      type: 'run.progress',
      progress: {
        runId: this.runId,
        processed: run.processed,
        total: run.total,
        counts: run.counts,
        ratePerSec: Math.round(rate),
        etaSec: rate > 0 ? Math.ceil(remaining / rate) : null,
        elapsedMs: run.elapsedMs,
      },
    });
  }

  private emitState(): RunInfo {
    const run = getRun(this.db, this.runId);
    this.hooks.emit({ type: 'run.state', run: { ...run, config: null } });
    return run;
  }
}
