import { useTranslation } from 'react-i18next';
import { api } from '../api.js';
import { useAppStore } from '../store/appStore.js';

/** "Worker restarted" and friends: what happened and what to do next. */
export function WorkerBanner() {
  const { t } = useTranslation();
  const banner = useAppStore((s) => s.workerBanner);
  const dismiss = useAppStore((s) => s.dismissBanner);
  const go = useAppStore((s) => s.go);
  const setStatus = useAppStore((s) => s.setStatus);
  if (!banner) return null;
  return (
    <div className={`banner banner-${banner.kind}`} role="status" data-testid="worker-banner">
      <span>{t(`banner.${banner.kind}`)}</span>
      <div className="actions">
        {(banner.kind === 'restarted' || banner.kind === 'interrupted') && (
          <button type="button" onClick={() => (go('history'), dismiss())}>
            {t('banner.openHistory')}
          </button>
        )}
        {banner.kind === 'failed' && (
          <button type="button" onClick={() => void api().restartWorker().then(setStatus)}>
            {t('banner.restartWorker')}
          </button>
        )}
        <button type="button" className="ghost" onClick={dismiss}>
          {t('banner.dismiss')}
        </button>
      </div>
    </div>
  );
}
