import type { TFunction } from 'i18next';

export function formatNumber(value: number, language: string): string {
  return value.toLocaleString(language === 'en' ? 'en-US' : 'ru-RU');
}

export function formatDuration(ms: number, t: TFunction, language = 'ru'): string {
  if (ms < 10_000) {
    const seconds = Math.max(0, ms / 1000).toLocaleString(language === 'en' ? 'en-US' : 'ru-RU', { maximumFractionDigits: 1 });
    return t('common.seconds', { count: seconds });
  }
  const total = Math.round(ms / 1000);
  if (total < 60) return t('common.seconds', { count: total });
  return t('common.minutes', { m: Math.floor(total / 60), s: total % 60 });
}

export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function formatWhen(iso: string | null, language: string): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'ru-RU', { dateStyle: 'short', timeStyle: 'short' });
}

/** An id for an export the user starts (also names its temporary file). */
export function newExportId(): string {
  return `ui-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
