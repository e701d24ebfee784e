import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors.js';
import type { ResultDetail, ResultRow, ResultsPage, StoredRecommendation } from '../../../shared/domain/runs.js';
import type { Status } from '../../../shared/domain/status.js';
import { unpackRecommendations } from './packRecommendations.js';

interface ResultDbRow {
  position: number;
  vendor_code: string;
  status: Status;
  message: string | null;
  rec_count: number;
  top_score: number | null;
  ms: number;
  rich_content_id: number | null;
  recommendations?: string | null;
}

const ROW_COLUMNS = 'position, vendor_code, status, message, rec_count, top_score, ms, rich_content_id';

function toRow(row: ResultDbRow): ResultRow {
  const picks =
    row.recommendations === undefined
      ? {}
      : { picks: unpackRecommendations(row.recommendations).map(({ vendorCode, score }) => ({ vendorCode, score })) };
  return {
    ...picks,
    position: row.position,
    vendorCode: row.vendor_code,
    status: row.status,
    message: row.message,
    recommendations: row.rec_count,
    topScore: row.top_score,
    ms: row.ms,
    hasRichContent: row.rich_content_id !== null,
  };
}

export interface PageQuery {
  runId: number;
  status?: Status;
  search?: string;
  after?: number;
  limit: number;
  detail?: boolean;
  order?: 'position' | 'score_desc' | 'score_asc';
  afterScore?: number | null;
}

const SCORE_KEY = 'COALESCE(top_score, -1)';

/** ORDER BY and the keyset condition that continues after the last row seen. */
function ordering(q: PageQuery): { orderBy: string; after: string } {
  if (q.order === 'score_desc') {
    return { orderBy: `${SCORE_KEY} DESC, position`, after: `(${SCORE_KEY} < @afterScore OR (${SCORE_KEY} = @afterScore AND position > @after))` };
  }
  if (q.order === 'score_asc') {
    return { orderBy: `${SCORE_KEY}, position`, after: `(${SCORE_KEY} > @afterScore OR (${SCORE_KEY} = @afterScore AND position > @after))` };
  }
  return { orderBy: 'position', after: 'position > @after' };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** One page of a run's results by position (keyset pagination: `after` is the last position seen). */
export function resultsPage(db: Database.Database, q: PageQuery): ResultsPage {
  const where = ['run_id = @runId'];
  const byScore = q.order === 'score_desc' || q.order === 'score_asc';
  const first = q.after === undefined || q.after === 0;
  const params: Record<string, unknown> = { runId: q.runId, after: q.after ?? 0, limit: q.limit };
  if (byScore && !first) params.afterScore = q.afterScore ?? -1;
  if (q.status) {
    where.push('status = @status');
    params.status = q.status;
  }
  if (q.search && q.search.trim() !== '') {
    where.push("vendor_code LIKE @search ESCAPE '\\'");
    params.search = `${escapeLike(q.search.trim())}%`;
  }
  const filter = where.join(' AND ');
  const order = ordering(q);
  const continueAfter = byScore && first ? '1' : order.after;
  if (byScore && first) delete params.after;
  const rows = db
    .prepare(
      `SELECT ${ROW_COLUMNS}${q.detail ? ', recommendations' : ''} FROM run_results
       WHERE ${filter} AND ${continueAfter} ORDER BY ${order.orderBy} LIMIT @limit`,
    )
    .all(params) as ResultDbRow[];
  const { limit: _limit, after: _after, afterScore: _afterScore, ...countParams } = params;
  const total = db.prepare(`SELECT COUNT(*) FROM run_results WHERE ${filter}`).pluck().get(countParams) as number;
  const last = rows.length === q.limit ? rows[rows.length - 1] : null;
  return { rows: rows.map(toRow), next: last ? last.position : null, nextScore: last ? (last.top_score ?? -1) : null, total };
}

interface DetailRow extends ResultDbRow {
  json: string | null;
}

/** One processed code with its recommendations (details joined from the catalog) and its JSON. */
export function resultItem(db: Database.Database, runId: number, position: number): ResultDetail {
  const row = db
    .prepare(
      `SELECT r.position, r.vendor_code, r.status, r.message, r.rec_count, r.top_score, r.ms, r.rich_content_id,
              r.recommendations, c.json
       FROM run_results r LEFT JOIN rich_contents c ON c.id = r.rich_content_id
       WHERE r.run_id = ? AND r.position = ?`,
    )
    .get(runId, position) as DetailRow | undefined;
  if (!row) throw new AppError('not_found', `В запуске №${runId} нет строки ${position}`);
  const product = db.prepare('SELECT sku, name, photo_url FROM products WHERE vendor_code = ?');
  const recommendations: StoredRecommendation[] = unpackRecommendations(row.recommendations ?? null).map((rec) => {
    const p = product.get(rec.vendorCode) as { sku: string | null; name: string | null; photo_url: string | null } | undefined;
    return { ...rec, sku: p?.sku ?? null, name: p?.name ?? null, photoUrl: p?.photo_url ?? null };
  });
  return { ...toRow({ ...row, recommendations: undefined }), runId, recommendations, richContent: row.json };
}
