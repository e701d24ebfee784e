import { useTranslation } from 'react-i18next';
import type { Weights } from '../../../shared/domain/presets.js';

/** Every weight of the score as a number field; the schema checks them when saved or applied. */
export function WeightsForm({ weights, onChange }: { weights: Weights; onChange: (w: Weights) => void }) {
  const { t } = useTranslation();
  return (
    <div className="weights" data-testid="weights">
      {(Object.keys(weights) as (keyof Weights)[]).map((key) => (
        <label key={key}>
          <span>{t(`settings.weight.${key}`)}</span>
          <input
            type="number"
            step={key === 'noLastPenalty' ? 0.05 : 1}
            value={weights[key]}
            onChange={(e) => onChange({ ...weights, [key]: e.target.value === '' ? 0 : Number(e.target.value) })}
            data-testid={`weight-${key}`}
          />
        </label>
      ))}
    </div>
  );
}
