import type Database from 'better-sqlite3';
import type { ImportProgress } from '../../../shared/protocol/messages.js';

/** What an importer gets from the worker: the write connection and a progress sink (throttled by the caller). */
export interface ImportContext {
  db: Database.Database;
  progress: (progress: ImportProgress) => void;
}

/** Row reading yields to the event loop now and then, so the worker keeps answering (pause, status, memory). */
export const PROGRESS_EVERY_ROWS = 1000;

/**
 * Every PROGRESS_EVERY_ROWS rows: report progress and yield to the event loop, so the worker keeps
 * answering (pause, status, memory readings) during a long import.
 */
export async function importTick(ctx: ImportContext, progress: ImportProgress): Promise<void> {
  if (progress.rows % PROGRESS_EVERY_ROWS !== 0) return;
  ctx.progress(progress);
  await new Promise((resolve) => setImmediate(resolve));
}
