import { useTranslation } from 'react-i18next';

export const MAPPED_FIELDS = ['vendor_code', 'barcode', 'material', 'mega_last', 'best_last', 'new_last', 'model_name'] as const;

/** The attribute table's own header names for our fields, when they differ from the usual ones. */
export function AttributeMapping({ mapping, onChange }: { mapping: Record<string, string>; onChange: (m: Record<string, string>) => void }) {
  const { t } = useTranslation();
  return (
    <details className="mapping" open={Object.keys(mapping).length > 0}>
      <summary>{t('catalog.mapping')}</summary>
      <p className="muted small">{t('catalog.mappingHint')}</p>
      <div className="weights">
        {MAPPED_FIELDS.map((field) => (
          <label key={field}>
            <span>{t(`catalog.field.${field}`)}</span>
            <input
              value={mapping[field] ?? ''}
              onChange={(e) => {
                const next = { ...mapping, [field]: e.target.value };
                if (e.target.value.trim() === '') delete next[field];
                onChange(next);
              }}
              data-testid={`map-${field}`}
            />
          </label>
        ))}
      </div>
    </details>
  );
}
