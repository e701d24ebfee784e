import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppSettings } from '../../shared/domain/settings.js';
import { api } from './api.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { WorkerBanner } from './components/WorkerBanner.js';
import { CatalogScreen } from './screens/CatalogScreen.js';
import { HistoryScreen } from './screens/HistoryScreen.js';
import { ProcessScreen } from './screens/ProcessScreen.js';
import { ResultsScreen } from './screens/ResultsScreen.js';
import { RunScreen } from './screens/RunScreen.js';
import { SettingsScreen } from './screens/SettingsScreen.js';
import { SingleProductScreen } from './screens/SingleProductScreen.js';
import { useAppStore, type Screen } from './store/appStore.js';

const NAV: Screen[] = ['catalog', 'process', 'run', 'results', 'history', 'single', 'settings'];

function applyLook(settings: AppSettings, changeLanguage: (lng: string) => unknown): void {
  void changeLanguage(settings.language);
  document.documentElement.lang = settings.language;
  if (settings.theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = settings.theme;
}

function DatabaseProblem() {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.status);
  const setStatus = useAppStore((s) => s.setStatus);
  const problem = status?.db?.problem;
  if (!problem) return null;
  return (
    <div className="panel recovery" role="alert" data-testid="db-problem">
      <h2>{t('banner.dbProblem')}</h2>
      <p>{problem.message}</p>
      <button type="button" className="primary" onClick={() => void api().resetDatabase(true).then(() => api().status()).then(setStatus)}>
        {t('banner.keepCopyAndReset')}
      </button>
    </div>
  );
}

export function App() {
  const { t, i18n } = useTranslation();
  const { screen, go, applyEvent, setStatus, run, noteInterrupted } = useAppStore();
  const [ready, setReady] = useState(false);

  useEffect(() => api().onEvent(applyEvent), [applyEvent]);
  useEffect(() => {
    void api().status().then((status) => {
      setStatus(status);
      setReady(true);
      if (!status.db?.open) return;
      void api().settings().then((s) => applyLook(s, (l) => i18n.changeLanguage(l)));
      void api().runs().then((runs) => noteInterrupted(runs.filter((r) => r.state === 'interrupted').length));
    });
  }, [setStatus, i18n, noteInterrupted]);

  const screens: Record<Screen, ReactNode> = {
    catalog: <CatalogScreen />,
    process: <ProcessScreen />,
    run: <RunScreen />,
    results: <ResultsScreen />,
    history: <HistoryScreen />,
    settings: <SettingsScreen onApplied={(s) => applyLook(s, (l) => i18n.changeLanguage(l))} />,
    single: <SingleProductScreen />,
  };

  return (
    <div className="layout">
      <nav className="sidebar" aria-label={t('app.title')}>
        <div className="brand">
          <strong>{t('app.title')}</strong>
          <span className="muted small">{t('app.tagline')}</span>
        </div>
        {NAV.map((name) => (
          <button
            key={name}
            type="button"
            className={`nav-item${screen === name ? ' active' : ''}`}
            aria-current={screen === name ? 'page' : undefined}
            onClick={() => go(name)}
            data-testid={`nav-${name}`}
          >
            {t(`nav.${name}`)}
            {name === 'run' && run?.state === 'running' && <span className="dot" aria-hidden="true" />}
          </button>
        ))}
      </nav>
      <main className="content">
        <WorkerBanner />
        <DatabaseProblem />
        {ready && (
          <ErrorBoundary resetKey={screen}>
            {screens[screen]}
          </ErrorBoundary>
        )}
      </main>
    </div>
  );
}
