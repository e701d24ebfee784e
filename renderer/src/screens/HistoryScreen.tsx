import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunInfo } from '../../../shared/domain/runs.js';
import { api } from '../api.js';
import { StateBadge } from '../components/StatusBadge.js';
import { formatDuration, formatNumber, formatWhen, newExportId } from '../format.js';
import { ExportDone } from '../components/ExportDone.js';
import type { ExportSummary } from '../../../shared/domain/exports.js';
import { useAppStore } from '../store/appStore.js';

export function HistoryScreen() {
  const { t, i18n } = useTranslation();
  const [runs, setRuns] = useState<RunInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exported, setExported] = useState<ExportSummary | null>(null);
  const { openResults, setRun, go } = useAppStore();
  const refresh = useCallback(() => void api().runs().then(setRuns, (e: Error) => setError(e.message)), []);
  useEffect(refresh, [refresh]);

  const act = (work: () => Promise<unknown>) => work().then(refresh, (e: Error) => setError(e.message));

  return (
    <section className="screen" aria-labelledby="history-title">
      <h1 id="history-title">{t('history.title')}</h1>
      {error && <div className="alert error" role="alert">{error}</div>}
      {exported && <ExportDone summary={exported} />}
      {runs && runs.length === 0 && <div className="panel empty-state"><p>{t('history.empty')}</p></div>}
      {runs && runs.length > 0 && (
        <table className="history" data-testid="history">
          <thead>
            <tr>
              <th>№</th>
              <th>{t('history.file')}</th>
              <th>{t('history.when')}</th>
              <th>{t('history.state')}</th>
              <th>{t('history.total')}</th>
              <th>{t('status.success')}</th>
              <th>{t('history.duration')}</th>
              <th>{t('history.preset')}</th>
              <th>{t('history.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id} data-testid={`history-run-${run.id}`}>
                <td>{run.id}</td>
                <td>{run.fileName}</td>
                <td>{formatWhen(run.createdAt, i18n.language)}</td>
                <td><StateBadge state={run.state} /></td>
                <td>{formatNumber(run.processed, i18n.language)} / {formatNumber(run.total, i18n.language)}</td>
                <td>{formatNumber(run.counts.success, i18n.language)}</td>
                <td>{formatDuration(run.elapsedMs, t, i18n.language)}</td>
                <td>{t(`presets.${run.preset}`, { defaultValue: run.preset })} · {t(`mode.${run.mode}`)}</td>
                <td className="actions">
                  <button type="button" onClick={() => openResults(run.id)}>{t('history.open')}</button>
                  {['paused', 'interrupted', 'failed'].includes(run.state) && (
                    <button type="button" className="primary" data-testid={`resume-${run.id}`} onClick={() => void act(async () => { setRun(await api().resumeRun(run.id)); go('run'); })}>
                      {t('history.resume')}
                    </button>
                  )}
                  <button type="button" onClick={() => void act(async () => setExported(await api().exportToFile(run.id, 'standard', newExportId())))}>
                    {t('history.export')}
                  </button>
                  {run.state !== 'running' && (
                    <button type="button" className="danger ghost" onClick={() => window.confirm(t('history.deleteConfirm', { id: run.id })) && void act(() => api().deleteRun(run.id))}>
                      {t('history.delete')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
