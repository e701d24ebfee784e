import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MODES, type ProcessingMode } from '../../../shared/domain/modes.js';
import { PRESET_NAMES, presetWeights, type PresetName } from '../../../shared/domain/presets.js';
import type { FileCheck } from '../../../shared/domain/runs.js';
import type { AppSettings } from '../../../shared/domain/settings.js';
import { api } from '../api.js';
import { DropZone } from '../components/DropZone.js';
import { formatNumber } from '../format.js';
import { useAppStore } from '../store/appStore.js';

function CheckSummary({ check }: { check: FileCheck }) {
  const { t, i18n } = useTranslation();
  const rows = [
    ['codes', check.codes],
    ['duplicates', check.duplicates],
    ['blank', check.blank],
    ['invalid', check.invalid],
    ['unknown', check.unknown],
  ] as const;
  return (
    <div data-testid="file-check">
      <h2>{t('process.checkTitle', { name: check.fileName })}</h2>
      <div className="tiles">
        {rows.map(([key, value]) => (
          <div className={`tile${key !== 'codes' && value > 0 ? ' warn' : ''}`} key={key} data-testid={`check-${key}`}>
            <span className="tile-value">{formatNumber(value, i18n.language)}</span>
            <span className="tile-label">{t(`process.${key}`)}</span>
          </div>
        ))}
      </div>
      {check.invalidLines.length > 0 && (
        <ul className="rejections">
          {check.invalidLines.slice(0, 10).map((l) => (
            <li key={l.line}>{t('process.invalidLine', { ...l })}</li>
          ))}
        </ul>
      )}
      {check.unknown > 0 && <p className="muted">{t('process.unknownHint')}</p>}
    </div>
  );
}

function ModeTable({ suggested }: { suggested: ProcessingMode }) {
  const { t } = useTranslation();
  return (
    <table className="mode-table" aria-label={t('process.modeTable')}>
      <tbody>
        {MODES.map((mode) => (
          <tr key={mode} className={mode === suggested ? 'current' : ''}>
            <th scope="row">{t(`mode.${mode}`)}</th>
            <td>{t(`mode.${mode}Hint`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ProcessScreen() {
  const { t } = useTranslation();
  const [check, setCheck] = useState<FileCheck | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [mode, setMode] = useState<ProcessingMode>('standard');
  const [preset, setPreset] = useState<PresetName>('balanced');
  const [tile, setTile] = useState<'tileM' | 'tileL'>('tileM');
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const [products, setProducts] = useState<number | null>(null);
  const setRun = useAppStore((s) => s.setRun);
  const go = useAppStore((s) => s.go);

  useEffect(() => {
    void api().settings().then((s) => {
      setSettings(s);
      setPreset(s.config.preset);
      setTile(s.config.template.tile);
    });
    void api().catalogSummary().then((s) => setProducts(s.products));
  }, []);

  const checkFile = async (path: string) => {
    setChecking(true);
    setError(null);
    setCheck(null);
    try {
      const result = await api().checkFile(path);
      setCheck(result);
      setMode(result.suggestedMode);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setChecking(false);
    }
  };

  const start = async () => {
    if (!check || !settings) return;
    setError(null);
    try {
      const base = settings.config.preset === preset ? settings.config : { ...settings.config, preset, weights: presetWeights(preset) };
      const config = { ...base, template: { ...base.template, tile } };
      const run = await api().startRun({ runId: check.runId, mode, config });
      setRun(run);
      go('run');
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <section className="screen" aria-labelledby="process-title">
      <h1 id="process-title">{t('process.title')}</h1>
      {products === 0 && <div className="alert warn">{t('process.emptyCatalog')}</div>}
      {error && <div className="alert error" role="alert" data-testid="process-error">{error}</div>}
      {!check && <DropZone onFile={(p) => void checkFile(p)} onError={setError} busy={checking} />}
      {checking && <p aria-live="polite">{t('process.checking')}</p>}
      {check && (
        <div className="panel">
          <CheckSummary check={check} />
          <div className="columns">
            <div>
              <h3>{t('process.suggested')}: {t(`mode.${check.suggestedMode}`)}</h3>
              <ModeTable suggested={check.suggestedMode} />
            </div>
            <div className="form">
              <label>
                {t('process.modeChoice')}
                <select value={mode} onChange={(e) => setMode(e.target.value as ProcessingMode)} data-testid="mode-select">
                  {MODES.map((m) => (
                    <option key={m} value={m}>{t(`mode.${m}`)}</option>
                  ))}
                </select>
              </label>
              {mode === 'standard' && check.codes >= 100 && <div className="alert warn">{t('process.standardWarning', { count: check.codes })}</div>}
              <label>
                {t('process.preset')}
                <select value={preset} onChange={(e) => setPreset(e.target.value as PresetName)} data-testid="preset-select">
                  {PRESET_NAMES.map((p) => (
                    <option key={p} value={p}>{t(`presets.${p}`)}</option>
                  ))}
                </select>
              </label>
              <label>
                {t('process.tile')}
                <select value={tile} onChange={(e) => setTile(e.target.value as 'tileM' | 'tileL')}>
                  <option value="tileM">{t('process.tileM')}</option>
                  <option value="tileL">{t('process.tileL')}</option>
                </select>
              </label>
              <div className="actions">
                <button type="button" className="primary" onClick={() => void start()} data-testid="start-run">
                  {t('process.start')}
                </button>
                <button type="button" className="ghost" onClick={() => setCheck(null)}>
                  {t('process.another')}
                </button>
              </div>
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
