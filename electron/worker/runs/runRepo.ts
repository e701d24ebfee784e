import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors.js';
import type { ProcessingMode } from '../../../shared/domain/modes.js';
import type { RunInfo, RunState } from '../../../shared/domain/runs.js';
import type { ProcessorConfig } from '../../../shared/domain/settings.js';
import { STATUSES, type StatusCounts } from '../../../shared/domain/status.js';

interface RunRow {
  id: number;
  file_name: string;
  state: RunState;
  mode: ProcessingMode;
  preset: string;
  config: string | null;
  chunk_size: number;
  total: number;
  processed: number;
  n_success: number;
  n_insufficient: number;
  n_no_similar: number;
  n_incomplete_data: number;
  n_no_data: number;
  n_error: number;
  duplicates: number;
  invalid: number;
  unknown: number;
  elapsed_ms: number;
  message: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

function countsOf(row: RunRow): StatusCounts {
  return Object.fromEntries(STATUSES.map((s) => [s, row[`n_${s}` as keyof RunRow] as number])) as StatusCounts;
}

function toInfo(row: RunRow): RunInfo {
  return {
    id: row.id,
    fileName: row.file_name,
    state: row.state,
    mode: row.mode,
    total: row.total,
    processed: row.processed,
    counts: countsOf(row),
    chunkSize: row.chunk_size,
    preset: row.preset,
    config: row.config ? (JSON.parse(row.config) as ProcessorConfig) : null,
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    elapsedMs: row.elapsed_ms,
    duplicates: row.duplicates,
    invalid: row.invalid,
    unknown: row.unknown,
    message: row.message,
  };
}

export function getRun(db: Database.Database, runId: number): RunInfo {
  const row = db.prepare('SELECT * FROM runs WHERE id = ?').get(runId) as RunRow | undefined;
  if (!row) throw new AppError('not_found', `Запуск №${runId} не найден — возможно, он удалён`);
  return toInfo(row);
}

export function listRuns(db: Database.Database, limit = 200): RunInfo[] {
  return (db.prepare('SELECT * FROM runs ORDER BY id DESC LIMIT ?').all(limit) as RunRow[]).map(toInfo);
}

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

export function setRunState(db: Database.Database, runId: number, state: RunState, message: string | null = null): void {
  const finished = ['done', 'cancelled', 'failed'].includes(state) ? `, finished_at = ${NOW}` : '';
  db.prepare(`UPDATE runs SET state = ?, message = ?${finished} WHERE id = ?`).run(state, message, runId);
}

export function configureRun(
  db: Database.Database,
  runId: number,
  settings: { mode: ProcessingMode; config: ProcessorConfig; chunkSize: number },
): void {
  db.prepare(
    `UPDATE runs SET mode = ?, preset = ?, config = ?, chunk_size = ?, started_at = COALESCE(started_at, ${NOW}) WHERE id = ?`,
  ).run(settings.mode, settings.config.preset, JSON.stringify(settings.config), settings.chunkSize, runId);
}

/** Runs left `running` by a crash, a kill or a power cut: offered for resume. */
export function markInterruptedRuns(db: Database.Database): number {
  return db
    .prepare("UPDATE runs SET state = 'interrupted', message = 'Обработка прервалась — можно продолжить' WHERE state = 'running'")
    .run().changes;
}

export function deleteRun(db: Database.Database, runId: number): boolean {
  return db.transaction(() => {
    const deleted = db.prepare('DELETE FROM runs WHERE id = ?').run(runId).changes > 0;
    // Content of this run that no product points at any more goes too.
    db.prepare(
      `DELETE FROM rich_contents WHERE origin = 'run'
         AND id NOT IN (SELECT rich_content_id FROM products WHERE rich_content_id IS NOT NULL)
         AND id NOT IN (SELECT rich_content_id FROM run_results WHERE rich_content_id IS NOT NULL)`,
    ).run();
    return deleted;
  })();
}
