import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultDetail, ResultRow, ResultsPage, RunInfo } from '../../../shared/domain/runs.js';
import { STATUSES, type Status } from '../../../shared/domain/status.js';
import { api } from '../api.js';
import { ExportPanel } from '../components/ExportPanel.js';
import { RecommendationDetail } from '../components/RecommendationDetail.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { useAppStore } from '../store/appStore.js';

const PAGE = 200;
export type ResultsOrder = 'position' | 'score_desc' | 'score_asc';
type Cursor = { after: number; afterScore: number | null };
const FIRST: Cursor = { after: 0, afterScore: null };

/** One page of rows from the DB, virtualised; the order is the DB's (by position or by top score). */
function ResultsTable({ rows, onOpen, selected, order, onOrder }: {
  rows: ResultRow[];
  onOpen: (row: ResultRow) => void;
  selected: number | null;
  order: ResultsOrder;
  onOrder: (order: ResultsOrder) => void;
}) {
  const { t } = useTranslation();
  const parent = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => parent.current, estimateSize: () => 36, overscan: 10 });
  const byScore = order !== 'position';
  return (
    <div className="vtable" data-testid="results-table">
      <div className="vrow vhead">
        <button type="button" className="th" onClick={() => onOrder('position')} aria-sort={byScore ? 'none' : 'ascending'}>
          {t('results.position')}{byScore ? '' : ' ▲'}
        </button>
        <span className="th">{t('results.code')}</span>
        <span className="th">{t('results.status')}</span>
        <span className="th">{t('results.recs')}</span>
        <button type="button" className="th" onClick={() => onOrder(order === 'score_desc' ? 'score_asc' : 'score_desc')} aria-sort={order === 'score_desc' ? 'descending' : order === 'score_asc' ? 'ascending' : 'none'} data-testid="sort-score">
          {t('results.top')}{order === 'score_desc' ? ' ▼' : order === 'score_asc' ? ' ▲' : ''}
        </button>
        <span className="th">{t('results.message')}</span>
      </div>
      <div ref={parent} className="vbody">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((v) => {
            const row = rows[v.index];
            return (
              <div
                key={row.position}
                role="button"
                tabIndex={0}
                className={`vrow${selected === row.position ? ' selected' : ''}`}
                style={{ position: 'absolute', top: 0, transform: `translateY(${v.start}px)`, width: '100%' }}
                onClick={() => onOpen(row)}
                onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && onOpen(row)}
                data-testid="result-row"
              >
                <span>{row.position}</span>
                <span className="mono">{row.vendorCode}</span>
                <span><StatusBadge status={row.status} /></span>
                <span>{row.recommendations}</span>
                <span>{row.topScore ?? '—'}</span>
                <span className="muted ellipsis">{row.message ?? ''}</span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

export function ResultsScreen() {
  const { t, i18n } = useTranslation();
  const resultsRunId = useAppStore((s) => s.resultsRunId);
  const [runs, setRuns] = useState<RunInfo[]>([]);
  const [runId, setRunId] = useState<number | null>(resultsRunId);
  const [status, setStatus] = useState<Status | ''>('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState<ResultsPage | null>(null);
  const [order, setOrder] = useState<ResultsOrder>('position');
  const [cursors, setCursors] = useState<Cursor[]>([FIRST]);
  const [detail, setDetail] = useState<ResultDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void api().runs().then((list) => {
      setRuns(list);
      setRunId((current) => current ?? list[0]?.id ?? null);
    });
  }, []);

  const load = useCallback(
    (cursor: Cursor) => {
      if (runId === null) return;
      api()
        .resultsPage({ runId, ...cursor, order, limit: PAGE, status: status || undefined, search: search.trim() || undefined })
        .then(setPage, (e: Error) => setError(e.message));
    },
    [runId, status, search, order],
  );

  useEffect(() => {
    setCursors([FIRST]);
    setDetail(null);
    load(FIRST);
  }, [load]);

  const open = (row: ResultRow) => {
    if (runId === null) return;
    api().resultItem(runId, row.position).then(setDetail, (e: Error) => setError(e.message));
  };
  const run = runs.find((r) => r.id === runId);

  if (runs.length === 0) {
    return (
      <section className="screen">
        <h1>{t('results.title')}</h1>
        <div className="panel empty-state"><p>{t('results.noRun')}</p></div>
      </section>
    );
  }

  return (
    <section className="screen" aria-labelledby="results-title">
      <h1 id="results-title">{t('results.title')}</h1>
      {error && <div className="alert error" role="alert">{error}</div>}
      <div className="toolbar">
        <label>
          {t('results.pickRun')}
          <select value={runId ?? ''} onChange={(e) => setRunId(Number(e.target.value))} data-testid="run-select">
            {runs.map((r) => (
              <option key={r.id} value={r.id}>№{r.id} · {r.fileName} · {new Date(r.createdAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'ru-RU')}</option>
            ))}
          </select>
        </label>
        <label>
          {t('results.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value as Status | '')} data-testid="status-filter">
            <option value="">{t('results.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>{t(`status.${s}`)}{run ? ` (${run.counts[s]})` : ''}</option>
            ))}
          </select>
        </label>
        <label>
          {t('results.search')}
          <input type="search" value={search} onChange={(e) => setSearch(e.target.value)} data-testid="search" />
        </label>
        <span className="muted">{page ? t('results.rows', { count: page.total }) : t('common.loading')}</span>
      </div>
      <ExportPanel runId={runId} />
      <div className="split">
        <div className="split-main">
          {page && page.rows.length === 0 ? <p className="muted">{t('results.empty')}</p> : <ResultsTable rows={page?.rows ?? []} onOpen={open} selected={detail?.position ?? null} order={order} onOrder={setOrder} />}
          <div className="pager">
            <button type="button" disabled={cursors.length < 2} onClick={() => { const prev = cursors.slice(0, -1); setCursors(prev); load(prev[prev.length - 1]); }} data-testid="prev-page">←</button>
            <button
              type="button"
              disabled={!page?.next}
              onClick={() => {
                if (!page?.next) return;
                const next = { after: page.next, afterScore: page.nextScore };
                setCursors([...cursors, next]);
                load(next);
              }}
              data-testid="next-page"
            >
              →
            </button>
          </div>
        </div>
        {detail && (
          <div className="split-side panel">
            <RecommendationDetail
              code={detail.vendorCode}
              status={detail.status}
              message={detail.message}
              recommendations={detail.recommendations}
              richContent={detail.richContent}
              penalty={run?.config?.weights.noLastPenalty ?? 0.7}
            />
          </div>
        )}
      </div>
    </section>
  );
}
