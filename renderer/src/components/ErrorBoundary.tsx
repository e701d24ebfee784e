import { Component, useState, type ErrorInfo, type ReactNode } from 'react';
import type { ExportSummary } from '../../../shared/domain/exports.js';
import { ExportDone } from './ExportDone.js';
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import { newExportId } from '../format.js';
import { useAppStore } from '../store/appStore.js';

interface Props {
  children: ReactNode;
  /** A new key resets the boundary (e.g. another screen). */
  resetKey: string;
}

interface State {
  error: Error | null;
}

function Recovery({ error, onReset }: { error: Error; onReset: () => void }) {
  const { t } = useTranslation();
  const clear = useAppStore((s) => s.clearFromScreen);
  const [exported, setExported] = useState<ExportSummary | null>(null);
  return (
    <div className="panel recovery" role="alert" data-testid="error-boundary">
      <h2>{t('boundary.title')}</h2>
      <p>{t('boundary.text')}</p>
      <div className="actions">
        <button type="button" onClick={() => void api().exportToFile(null, 'standard', newExportId()).then(setExported)}>
          {t('boundary.exportDb')}
        </button>
        <button type="button" onClick={() => (clear(), onReset())}>
          {t('boundary.clear')}
        </button>
        <button type="button" onClick={() => window.location.reload()}>
          {t('boundary.reload')}
        </button>
      </div>
      {exported && <ExportDone summary={exported} />}
      <details>
        <summary>{t('boundary.details')}</summary>
        <pre className="mono">{error.message}</pre>
      </details>
    </div>
  );
}

/** Catches a rendering error in one screen; the rest of the app keeps working. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(prev: Props): void {
    if (prev.resetKey !== this.props.resetKey && this.state.error) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('screen failed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) return <Recovery error={this.state.error} onReset={() => this.setState({ error: null })} />;
    return this.props.children;
  }
}
