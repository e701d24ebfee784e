import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessorConfig } from '../../../shared/domain/settings.js';
import { weightsSchema, describeIssues } from '../../../shared/domain/settings.js';
import type { PreviewResult } from '../../../shared/protocol/messages.js';
import { api } from '../api.js';
import { RecommendationDetail } from '../components/RecommendationDetail.js';
import { StatusBadge } from '../components/StatusBadge.js';
import { WeightsForm } from '../components/WeightsForm.js';

/** One code, its recommendations, breakdown, JSON and preview; weights tuned live. */
export function SingleProductScreen() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [config, setConfig] = useState<ProcessorConfig | null>(null);
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => void api().settings().then((s) => setConfig(s.config)), []);

  const show = async (next: ProcessorConfig | null = config) => {
    if (!next || code.trim() === '') return;
    const check = weightsSchema.safeParse(next.weights);
    if (!check.success) {
      setError(describeIssues(check.error));
      return;
    }
    setError(null);
    try {
      setPreview(await api().preview(code.trim(), next));
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void show();
  };

  return (
    <section className="screen" aria-labelledby="single-title">
      <h1 id="single-title">{t('single.title')}</h1>
      <p className="muted">{t('single.hint')}</p>
      <form className="toolbar" onSubmit={submit}>
        <label>
          {t('single.code')}
          <input value={code} onChange={(e) => setCode(e.target.value)} data-testid="single-code" autoFocus />
        </label>
        <button type="submit" className="primary" data-testid="single-show">{t('single.show')}</button>
      </form>
      {error && <div className="alert error" role="alert">{error}</div>}
      <div className="split">
        <div className="split-main">
          {preview && !preview.source && <div className="alert warn">{t('single.notFound')}</div>}
          {preview?.source && (
            <div className="panel">
              <h3>{t('single.source')}: {preview.source.name ?? preview.source.vendorCode} <StatusBadge status={preview.result.status} /></h3>
              <p className="muted mono">{[preview.source.type, preview.source.gender, preview.source.brand, preview.source.size, preview.source.season, preview.source.color].filter(Boolean).join(' · ')}</p>
              <RecommendationDetail
                code={preview.result.vendorCode}
                status={preview.result.status}
                message={preview.result.message}
                recommendations={preview.result.recommendations}
                richContent={preview.result.richContent}
                penalty={config?.weights.noLastPenalty ?? 0.7}
              />
            </div>
          )}
        </div>
        {config && (
          <div className="split-side panel">
            <WeightsForm weights={config.weights} onChange={(weights) => { const next = { ...config, weights }; setConfig(next); void show(next); }} />
          </div>
        )}
      </div>
    </section>
  );
}
