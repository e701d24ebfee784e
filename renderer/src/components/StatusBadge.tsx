import { useTranslation } from 'react-i18next';
import type { RunState } from '../../../shared/domain/runs.js';
import type { Status } from '../../../shared/domain/status.js';

export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation();
  return <span className={`badge status-${status}`}>{t(`status.${status}`)}</span>;
}

export function StateBadge({ state }: { state: RunState }) {
  const { t } = useTranslation();
  return <span className={`badge state-${state}`}>{t(`state.${state}`)}</span>;
}
