import type Database from 'better-sqlite3';
import type { ProductResult } from '../../../shared/domain/recommend.js';
import { STATUSES } from '../../../shared/domain/status.js';
import { packRecommendations } from './packRecommendations.js';

export interface ProcessedCode {
  position: number;
  result: ProductResult;
  ms: number;
}

/** Prepared statements of the one write transaction per chunk. */
export class ChunkWriter {
  private readonly insertContent: Database.Statement;
  private readonly linkProduct: Database.Statement;
  private readonly insertResult: Database.Statement;
  private readonly advanceRun: Database.Statement;
  private readonly save: (runId: number, items: ProcessedCode[], chunkMs: number) => void;

  constructor(db: Database.Database) {
    this.insertContent = db.prepare("INSERT INTO rich_contents (json, origin) VALUES (?, 'run')");
    this.linkProduct = db.prepare('UPDATE products SET rich_content_id = ? WHERE vendor_code = ?');
    this.insertResult = db.prepare(
      `INSERT INTO run_results (run_id, position, vendor_code, status, message, rec_count, top_score, ms, recommendations, rich_content_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.advanceRun = db.prepare(
      `UPDATE runs SET processed = ?, elapsed_ms = elapsed_ms + ?,
       ${STATUSES.map((s) => `n_${s} = n_${s} + ?`).join(', ')} WHERE id = ?`,
    );
    this.save = db.transaction((runId: number, items: ProcessedCode[], chunkMs: number) => {
      const delta = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<string, number>;
      for (const item of items) {
        this.saveOne(runId, item);
        delta[item.result.status] += 1;
      }
      const last = items[items.length - 1].position;
      this.advanceRun.run(last, chunkMs, ...STATUSES.map((s) => delta[s]), runId);
    });
  }

  /** Results, the products' new rich content and the run's progress: all of the chunk or none of it. */
  saveChunk(runId: number, items: ProcessedCode[], chunkMs: number): void {
    if (items.length > 0) this.save(runId, items, chunkMs);
  }

  private saveOne(runId: number, { position, result, ms }: ProcessedCode): void {
    let contentId: number | bigint | null = null;
    // Only success writes rich content; a non-success never replaces what the product already has.
    if (result.status === 'success' && result.richContent !== null) {
      contentId = this.insertContent.run(result.richContent).lastInsertRowid;
      this.linkProduct.run(contentId, result.vendorCode);
    }
    const message = result.warnings.length > 0 ? [result.message, ...result.warnings].filter(Boolean).join('; ') : result.message;
    this.insertResult.run(
      runId,
      position,
      result.vendorCode,
      result.status,
      message,
      result.recommendations.length,
      result.recommendations[0]?.score ?? null,
      Math.round(ms * 1000) / 1000,
      packRecommendations(result.recommendations),
      contentId,
    );
  }
}
