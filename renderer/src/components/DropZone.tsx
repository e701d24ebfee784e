import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api.js';

/** The large target for a vendor-code file; the path comes from the preload (webUtils.getPathForFile). */
export function DropZone({ onFile, onError, busy }: { onFile: (path: string) => void; onError: (message: string) => void; busy: boolean }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (!file) return;
    const path = api().pathForFile(file);
    if (path) onFile(path);
    else onError(t('process.noPath'));
  };

  const choose = async () => {
    const files = await api().chooseFiles('codes');
    if (files?.[0]) onFile(files[0]);
  };

  return (
    <div
      className={`dropzone${over ? ' over' : ''}`}
      data-testid="dropzone"
      onDragOver={(e) => (e.preventDefault(), setOver(true))}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <div className="dropzone-icon" aria-hidden="true">⇩</div>
      <p className="dropzone-title">{over ? t('process.dropActive') : t('process.drop')}</p>
      <p className="muted">{t('process.dropHint')}</p>
      <button type="button" className="primary" disabled={busy} onClick={() => void choose()}>
        {t('process.choose')}
      </button>
    </div>
  );
}
