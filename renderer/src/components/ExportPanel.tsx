import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_PROFILES, type ExportProfile, type ExportSummary } from '../../../shared/domain/exports.js';
import { api } from '../api.js';
import { newExportId } from '../format.js';
import { ExportDone } from './ExportDone.js';
import { useAppStore } from '../store/appStore.js';

/** Export a run's rich content (or all of it) through the save dialog, with progress and "show in folder". */
export function ExportPanel({ runId }: { runId: number | null }) {
  const { t } = useTranslation();
  const [profile, setProfile] = useState<ExportProfile>('standard');
  const [active, setActive] = useState<string | null>(null);
  const [done, setDone] = useState<ExportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const progress = useAppStore((s) => s.exportProgress);

  const start = async (scope: number | null) => {
    const id = newExportId();
    setActive(id);
    setDone(null);
    setError(null);
    try {
      setDone(await api().exportToFile(scope, profile, id));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setActive(null);
    }
  };

  return (
    <div className="export-panel" data-testid="export-panel">
      <label>
        {t('results.export')}
        <select value={profile} onChange={(e) => setProfile(e.target.value as ExportProfile)} data-testid="export-profile">
          {EXPORT_PROFILES.map((p) => (
            <option key={p} value={p}>{t(`results.exportProfile.${p}`)}</option>
          ))}
        </select>
      </label>
      {runId !== null && (
        <button type="button" className="primary" disabled={active !== null} onClick={() => void start(runId)} data-testid="export-run">
          {t('results.export')}
        </button>
      )}
      <button type="button" disabled={active !== null} onClick={() => void start(null)} data-testid="export-all">
        {t('results.exportAll')}
      </button>
      {active && progress?.exportId === active && (
        <span aria-live="polite">
          {t('results.exporting', { ...progress })}{' '}
          <button type="button" className="ghost" onClick={() => void api().cancelExport(active)}>{t('results.cancelExport')}</button>
        </span>
      )}
      {done && <ExportDone summary={done} />}
      {error && <div className="alert error" role="alert">{error}</div>}
    </div>
  );
}
