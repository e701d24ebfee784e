import { useTranslation } from 'react-i18next';
import type { ExportSummary } from '../../../shared/domain/exports.js';
import { api } from '../api.js';
import { formatSize } from '../format.js';

/** "Saved N rows to …" with "Show in folder", and the Excel-cell warning when it applies. */
export function ExportDone({ summary }: { summary: ExportSummary }) {
  const { t } = useTranslation();
  return (
    <div className="alert ok" role="status" data-testid="export-done">
      {t('results.exported', { rows: summary.rows, size: formatSize(summary.bytes), path: summary.path })}{' '}
      <button type="button" className="link" onClick={() => void api().showInFolder(summary.path)}>{t('results.showInFolder')}</button>
      {summary.longRows > 0 && <div>{t('results.longRows', { count: summary.longRows })}</div>}
    </div>
  );
}
