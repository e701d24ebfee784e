import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemSummary } from '../../../shared/domain/runs.js';
import { STATUSES } from '../../../shared/domain/status.js';
import { api } from '../api.js';
import { MemoryChart } from '../components/MemoryChart.js';
import { StateBadge, StatusBadge } from '../components/StatusBadge.js';
import { formatDuration, formatNumber } from '../format.js';
import { useAppStore } from '../store/appStore.js';

function ItemList({ items, title, testId }: { items: ItemSummary[]; title: string; testId: string }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  const shown = items.slice(-50).reverse();
  return (
    <div className="panel" data-testid={testId}>
      <h3>{title}</h3>
      <table className="compact">
        <thead>
          <tr>
            <th>{t('results.position')}</th>
            <th>{t('results.code')}</th>
            <th>{t('results.status')}</th>
            <th>{t('results.recs')}</th>
            <th>{t('results.top')}</th>
            <th>{t('results.message')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((item) => (
            <tr key={item.position}>
              <td>{item.position}</td>
              <td className="mono">{item.vendorCode}</td>
              <td><StatusBadge status={item.status} /></td>
              <td>{item.recommendations}</td>
              <td>{item.topScore ?? '—'}</td>
              <td className="muted">{item.message ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RunScreen() {
  const { t, i18n } = useTranslation();
  const { run, progress, items, errors, itemsDropped, autoCleanup, memoryOver, setRun, openResults, clearFromScreen, go } = useAppStore();

  useEffect(() => {
    if (run) return;
    void api().runs().then((runs) => {
      const active = runs.find((r) => r.state === 'running' || r.state === 'paused' || r.state === 'interrupted');
      if (active) setRun(active);
    });
  }, [run, setRun]);

  if (!run) {
    return (
      <section className="screen">
        <h1>{t('run.title')}</h1>
        <div className="panel empty-state">
          <h2>{t('run.none')}</h2>
          <p>{t('run.noneHint')}</p>
          <button type="button" className="primary" onClick={() => go('process')}>{t('nav.process')}</button>
        </div>
        <div className="panel">
          <h3>{t('run.memory')}</h3>
          <MemoryChart />
        </div>
      </section>
    );
  }

  const processed = progress?.processed ?? run.processed;
  const total = progress?.total ?? run.total;
  const counts = progress?.counts ?? run.counts;
  const fraction = total > 0 ? processed / total : 0;
  const act = (fn: () => Promise<unknown>) => void fn().catch((e: Error) => window.alert(e.message));

  return (
    <section className="screen" aria-labelledby="run-title">
      <h1 id="run-title">
        {t('run.title')}: {run.fileName} <StateBadge state={run.state} />
      </h1>
      <div className="panel">
        <div
          className="progress"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={processed}
          data-testid="run-progress"
        >
          <div className="progress-fill" style={{ width: `${(fraction * 100).toFixed(1)}%` }} />
        </div>
        <div className="run-stats">
          <span data-testid="run-processed">{t('run.processed', { processed: formatNumber(processed, i18n.language), total: formatNumber(total, i18n.language) })}</span>
          <span>{t('run.rate')}: {t('common.perSecond', { count: progress?.ratePerSec ?? 0 })}</span>
          <span>{t('run.elapsed')}: {formatDuration(progress?.elapsedMs ?? run.elapsedMs, t, i18n.language)}</span>
          <span>{t('run.eta')}: {progress?.etaSec != null && run.state === 'running' ? formatDuration(progress.etaSec * 1000, t, i18n.language) : '—'}</span>
        </div>
        <div className="actions">
          {run.state === 'running' && <button type="button" onClick={() => act(() => api().pauseRun(run.id))} data-testid="pause">{t('run.pause')}</button>}
          {['paused', 'interrupted', 'failed'].includes(run.state) && (
            <button type="button" className="primary" onClick={() => act(async () => setRun(await api().resumeRun(run.id)))} data-testid="resume">{t('run.resume')}</button>
          )}
          {['running', 'paused', 'interrupted'].includes(run.state) && (
            <button type="button" className="danger" onClick={() => window.confirm(t('run.cancelConfirm')) && act(() => api().cancelRun(run.id))} data-testid="cancel">
              {t('run.cancel')}
            </button>
          )}
          <button type="button" onClick={() => openResults(run.id)} data-testid="to-results">{t('run.toResults')}</button>
          {run.state !== 'running' && <button type="button" className="ghost" onClick={clearFromScreen}>{t('run.clear')}</button>}
        </div>
        {run.state === 'done' && <p className="alert ok" data-testid="run-finished">{t('run.finished', { time: formatDuration(run.elapsedMs, t, i18n.language) })}</p>}
        {run.state === 'interrupted' && <p className="alert warn">{t('run.interrupted')}</p>}
        {run.message && run.state === 'failed' && <p className="alert error">{run.message}</p>}
      </div>
      <div className="panel">
        <h3>{t('run.counts')}</h3>
        <div className="tiles" data-testid="run-counts">
          {STATUSES.map((s) => (
            <div key={s} className={`tile status-tile status-${s}`} data-testid={`count-${s}`}>
              <span className="tile-value">{formatNumber(counts[s], i18n.language)}</span>
              <span className="tile-label">{t(`status.${s}`)}</span>
            </div>
          ))}
        </div>
        {autoCleanup && <p className="alert info" data-testid="auto-cleanup">{t('run.autoCleanup')}</p>}
        {itemsDropped > 0 && !autoCleanup && <p className="muted">{t('run.dropped', { count: itemsDropped })}</p>}
      </div>
      <div className="panel">
        <h3>{t('run.memory')}</h3>
        {memoryOver.length > 0 && (
          <p className="alert warn" data-testid="memory-warning">{t('run.memoryWarning', { which: memoryOver.map((w) => t(`run.${w}`)).join(', ') })}</p>
        )}
        <MemoryChart />
      </div>
      <ItemList items={items} title={t('run.recent')} testId="recent-items" />
      <ItemList items={autoCleanup || items.length === 0 ? errors : []} title={t('run.recentErrors')} testId="recent-errors" />
    </section>
  );
}
