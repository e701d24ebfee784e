import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredRecommendation } from '../../../shared/domain/runs.js';
import type { Status } from '../../../shared/domain/status.js';
import { ShowcasePreview } from './ShowcasePreview.js';

const COMPONENTS = ['base', 'size', 'season', 'color', 'material', 'fastener', 'last', 'model'] as const;

type Rec = Pick<StoredRecommendation, 'vendorCode' | 'score' | 'stock' | 'breakdown'> & { name: string | null; sku: string | null };

export function BreakdownTable({ recommendations, penalty }: { recommendations: Rec[]; penalty: number }) {
  const { t } = useTranslation();
  return (
    <table className="compact breakdown" data-testid="breakdown">
      <thead>
        <tr>
          <th>{t('results.code')}</th>
          <th>{t('detail.score')}</th>
          {COMPONENTS.map((c) => (
            <th key={c}>{t(`detail.${c}`)}</th>
          ))}
          <th>{t('detail.stockPoints')}</th>
          <th>{t('detail.stock')}</th>
        </tr>
      </thead>
      <tbody>
        {recommendations.map((r) => (
          <tr key={r.vendorCode}>
            <td className="mono" title={r.name ?? ''}>{r.vendorCode}</td>
            <td>
              <strong>{r.score}</strong>
              {r.breakdown.capped && <span className="tag" title={t('detail.capped')}>{t('detail.cappedTag')}</span>}
              {r.breakdown.penaltyApplied && <span className="tag">{t('detail.penalty', { value: penalty })}</span>}
            </td>
            {COMPONENTS.map((c) => (
              <td key={c} className={r.breakdown[c] < 0 ? 'neg' : r.breakdown[c] > 0 ? 'pos' : 'zero'}>
                {r.breakdown[c]}
                {c === 'last' && r.breakdown.lastKind ? ` (${r.breakdown.lastKind})` : ''}
              </td>
            ))}
            <td>{r.breakdown.stock}</td>
            <td>{r.stock}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Recommendations with "why this product", the JSON and the showcase preview. */
export function RecommendationDetail({ code, status, message, recommendations, richContent, penalty }: {
  code: string;
  status: Status;
  message: string | null;
  recommendations: Rec[];
  richContent: string | null;
  penalty: number;
}) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'breakdown' | 'json' | 'preview'>('preview');
  const [copied, setCopied] = useState(false);
  return (
    <div className="detail" data-testid="result-detail">
      <h2>{t('detail.title', { code })}</h2>
      {message && <p className="muted">{message}</p>}
      <div className="tabs" role="tablist">
        {(['preview', 'breakdown', 'json'] as const).map((name) => (
          <button key={name} type="button" role="tab" aria-selected={tab === name} className={tab === name ? 'active' : ''} onClick={() => setTab(name)} data-testid={`tab-${name}`}>
            {t(`detail.${name}`)}
          </button>
        ))}
      </div>
      {tab === 'breakdown' && <BreakdownTable recommendations={recommendations} penalty={penalty} />}
      {tab === 'json' &&
        (richContent ? (
          <div>
            <button type="button" onClick={() => void navigator.clipboard.writeText(richContent).then(() => setCopied(true))}>
              {copied ? t('detail.copied') : t('detail.copy')}
            </button>
            <pre className="mono json" data-testid="json">{JSON.stringify(JSON.parse(richContent), null, 2)}</pre>
          </div>
        ) : (
          <p className="muted">{t('detail.noJson', { status: t(`status.${status}`) })}</p>
        ))}
      {tab === 'preview' &&
        (richContent ? <ShowcasePreview json={richContent} /> : <p className="muted">{t('detail.noJson', { status: t(`status.${status}`) })}</p>)}
    </div>
  );
}
