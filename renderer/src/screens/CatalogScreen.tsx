import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogSummary, ImportKind, ImportSummary } from '../../../shared/domain/catalog.js';
import { api } from '../api.js';
import { AttributeMapping } from '../components/AttributeMapping.js';
import { CoverageChart } from '../components/CoverageChart.js';
import { formatNumber, formatWhen } from '../format.js';
import { useAppStore } from '../store/appStore.js';

const KINDS: ImportKind[] = ['template', 'products', 'barcodes', 'attributes'];
const TILES = ['products', 'inStock', 'withSku', 'withBarcode', 'withLastData', 'withRichContent'] as const;

function ImportResult({ summary }: { summary: ImportSummary }) {
  const { t } = useTranslation();
  return (
    <div className="import-result" data-testid="import-result">
      <p>{t('catalog.result', { ...summary })}</p>
      {summary.notes.map((note) => (
        <p key={note} className="muted">{note}</p>
      ))}
      {summary.rejections.length > 0 && (
        <ul className="rejections">
          {summary.rejections.slice(0, 20).map((r) => (
            <li key={`${r.file}:${r.row}`}>{t('catalog.rejectedRow', { ...r })}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ImportCard({ kind, last, busy, onImport, children }: { kind: ImportKind; last?: string; busy: boolean; onImport: (kind: ImportKind) => void; children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="import-card" data-testid={`import-${kind}`}>
      <div>
        <h3>{t(`catalog.kind.${kind}`)}</h3>
        <p className="muted">{t(`catalog.kindHint.${kind}`)}</p>
        <p className="small">{last ? t('catalog.lastImport', { when: formatWhen(last, i18n.language) }) : t('catalog.never')}</p>
        {children}
      </div>
      <button type="button" disabled={busy} onClick={() => onImport(kind)}>
        {t('catalog.choose')}
      </button>
    </div>
  );
}

export function CatalogScreen() {
  const { t, i18n } = useTranslation();
  const [summary, setSummary] = useState<CatalogSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [note, setNote] = useState<string | null>(null);
  const progress = useAppStore((s) => s.importProgress);
  const lastImport = useAppStore((s) => s.lastImport);
  const setLastImport = useAppStore((s) => s.setLastImport);

  const refresh = useCallback(() => {
    api().catalogSummary().then(setSummary, (e: Error) => setError(e.message));
  }, []);
  useEffect(refresh, [refresh]);
  useEffect(() => void api().settings().then((s) => setMapping(s.attributeMapping)), []);

  /** A mapping that worked is kept in Settings, so the next import of the same table just works. */
  const rememberMapping = async () => {
    const settings = await api().settings();
    if (JSON.stringify(settings.attributeMapping) === JSON.stringify(mapping)) return;
    await api().saveSettings({ ...settings, attributeMapping: mapping });
    setNote(t('catalog.mappingSaved'));
  };

  const run = async (work: () => Promise<ImportSummary | null>) => {
    setBusy(true);
    setError(null);
    try {
      const result = await work();
      if (result) setLastImport(result);
      refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const importKind = (kind: ImportKind) =>
    run(async () => {
      setNote(null);
      const files = await api().chooseFiles(kind, kind === 'template');
      if (!files || files.length === 0) return null;
      if (kind !== 'attributes') return api().importCatalog(kind, files);
      const summary = await api().importCatalog(kind, files, Object.keys(mapping).length > 0 ? mapping : undefined);
      await rememberMapping();
      return summary;
    });

  return (
    <section className="screen" aria-labelledby="catalog-title">
      <h1 id="catalog-title">{t('catalog.title')}</h1>
      {error && <div className="alert error" role="alert">{error}</div>}
      {summary && summary.products === 0 && (
        <div className="panel empty-state" data-testid="catalog-empty">
          <h2>{t('catalog.empty')}</h2>
          <p>{t('catalog.emptyText')}</p>
          <button type="button" className="primary" disabled={busy} onClick={() => void run(() => api().loadDemo())}>
            {t('catalog.loadDemo')}
          </button>
        </div>
      )}
      {summary && summary.products > 0 && (
        <div className="panel">
          <h2>{t('catalog.summary')}</h2>
          <div className="tiles" data-testid="catalog-summary">
            {TILES.map((key) => (
              <div className="tile" key={key} data-testid={`tile-${key}`}>
                <span className="tile-value">{formatNumber(summary[key], i18n.language)}</span>
                <span className="tile-label">{t(`catalog.${key}`)}</span>
              </div>
            ))}
            <div className="tile">
              <span className="tile-value">{Object.keys(summary.brands).length}</span>
              <span className="tile-label">{t('catalog.brands')}</span>
            </div>
          </div>
          <h3>{t('catalog.coverage')}</h3>
          <CoverageChart coverage={summary.coverage} />
        </div>
      )}
      <div className="panel">
        <h2>{t('catalog.imports')}</h2>
        {busy && progress && <p className="muted" aria-live="polite">{t('catalog.importing', { ...progress })}</p>}
        {lastImport && <ImportResult summary={lastImport} />}
        {note && <p className="alert ok">{note}</p>}
        <div className="import-grid">
          {KINDS.map((kind) => (
            <ImportCard key={kind} kind={kind} last={summary?.lastImports[kind]} busy={busy} onImport={(k) => void importKind(k)}>
              {kind === 'attributes' && <AttributeMapping mapping={mapping} onChange={setMapping} />}
            </ImportCard>
          ))}
        </div>
        {summary && summary.products > 0 && (
          <button type="button" className="ghost" disabled={busy} onClick={() => void run(() => api().loadDemo())}>
            {t('catalog.loadDemo')}
          </button>
        )}
        {summary?.lastImports.demo && <p className="small">{t('catalog.kind.demo')}: {formatWhen(summary.lastImports.demo, i18n.language)}</p>}
      </div>
    </section>
  );
}
