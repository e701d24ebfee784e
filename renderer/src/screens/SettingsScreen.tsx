import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESET_NAMES, presetWeights, type PresetName } from '../../../shared/domain/presets.js';
import { appSettingsSchema, describeIssues, SIZE_POLICIES, type AppSettings } from '../../../shared/domain/settings.js';
import { footerFromText, footerToText } from '../../../shared/domain/footerText.js';
import { api } from '../api.js';
import { WeightsForm } from '../components/WeightsForm.js';

export function SettingsScreen({ onApplied }: { onApplied: (s: AppSettings) => void }) {
  const { t } = useTranslation();
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const [footer, setFooter] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void api().settings().then((s) => {
      setSettings(s);
      setFooter(footerToText(s.config.template.footer));
    });
  }, []);
  if (!settings) return <p>{t('common.loading')}</p>;

  const config = settings.config;
  const update = (patch: Partial<AppSettings>) => setSettings({ ...settings, ...patch });
  const updateConfig = (patch: Partial<AppSettings['config']>) => update({ config: { ...config, ...patch } });

  const save = async () => {
    const footerSlots = footerFromText(footer);
    const candidate = { ...settings, config: { ...config, template: { ...config.template, footer: footerSlots } } };
    const parsed = appSettingsSchema.safeParse(candidate);
    if (!parsed.success) {
      setMessage({ ok: false, text: t('settings.invalid', { message: describeIssues(parsed.error) }) });
      return;
    }
    try {
      const saved = await api().saveSettings(parsed.data);
      setSettings(saved);
      onApplied(saved);
      setMessage({ ok: true, text: t('settings.saved') });
    } catch (e) {
      setMessage({ ok: false, text: (e as Error).message });
    }
  };

  return (
    <section className="screen" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      {message && <div className={`alert ${message.ok ? 'ok' : 'error'}`} role="status" data-testid="settings-message">{message.text}</div>}
      <div className="panel form">
        <h2>{t('settings.weights')}</h2>
        <label>
          {t('settings.preset')}
          <select value={config.preset} onChange={(e) => updateConfig({ preset: e.target.value as PresetName, weights: presetWeights(e.target.value as PresetName) })} data-testid="settings-preset">
            {PRESET_NAMES.map((p) => <option key={p} value={p}>{t(`presets.${p}`)}</option>)}
          </select>
        </label>
        <WeightsForm weights={config.weights} onChange={(weights) => updateConfig({ weights })} />
      </div>
      <div className="panel form">
        <h2>{t('settings.candidates')}</h2>
        <label>
          {t('settings.sizePolicy')}
          <select value={config.options.sizePolicy} onChange={(e) => updateConfig({ options: { ...config.options, sizePolicy: e.target.value as AppSettings['config']['options']['sizePolicy'] } })}>
            {SIZE_POLICIES.map((p) => <option key={p} value={p}>{t(`settings.sizePolicyValue.${p}`)}</option>)}
          </select>
        </label>
        <label className="check">
          <input type="checkbox" checked={config.options.excludeSameCard} onChange={(e) => updateConfig({ options: { ...config.options, excludeSameCard: e.target.checked } })} />
          {t('settings.excludeSameCard')}
        </label>
        <label className="check">
          <input type="checkbox" checked={config.options.requireSku} onChange={(e) => updateConfig({ options: { ...config.options, requireSku: e.target.checked } })} />
          {t('settings.requireSku')}
        </label>
        <label>
          {t('settings.maxPerModel')}
          <input type="number" min={0} value={config.options.maxPerModel} onChange={(e) => updateConfig({ options: { ...config.options, maxPerModel: Number(e.target.value) } })} />
        </label>
      </div>
      <div className="panel form">
        <h2>{t('settings.template')}</h2>
        <label className="check">
          <input type="checkbox" checked={config.template.showHeading} onChange={(e) => updateConfig({ template: { ...config.template, showHeading: e.target.checked } })} />
          {t('settings.showHeading')}
        </label>
        <label>
          {t('settings.heading')}
          <input value={config.template.heading} onChange={(e) => updateConfig({ template: { ...config.template, heading: e.target.value } })} />
        </label>
        <label>
          {t('settings.caption')}
          <input value={config.template.caption} onChange={(e) => updateConfig({ template: { ...config.template, caption: e.target.value } })} />
        </label>
        <label>
          {t('settings.tile')}
          <select value={config.template.tile} onChange={(e) => updateConfig({ template: { ...config.template, tile: e.target.value as 'tileM' | 'tileL' } })}>
            <option value="tileM">{t('process.tileM')}</option>
            <option value="tileL">{t('process.tileL')}</option>
          </select>
        </label>
        <label>
          {t('settings.banner')}
          <input value={config.template.bannerUrl ?? ''} placeholder="https://" onChange={(e) => updateConfig({ template: { ...config.template, bannerUrl: e.target.value.trim() || null } })} data-testid="banner-url" />
        </label>
        <label>
          {t('settings.footer')}
          <textarea rows={3} value={footer} onChange={(e) => setFooter(e.target.value)} />
        </label>
      </div>
      <div className="panel form">
        <label>
          {t('settings.memory')}
          <input type="number" value={settings.memoryWarningMb} onChange={(e) => update({ memoryWarningMb: Number(e.target.value) })} data-testid="memory-threshold" />
        </label>
        <label>
          {t('settings.chunk')}
          <input type="number" value={settings.chunkSize} onChange={(e) => update({ chunkSize: Number(e.target.value) })} />
        </label>
        <label>
          {t('settings.language')}
          <select value={settings.language} onChange={(e) => update({ language: e.target.value as 'ru' | 'en' })} data-testid="language">
            <option value="ru">Русский</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t('settings.theme')}
          <select value={settings.theme} onChange={(e) => update({ theme: e.target.value as AppSettings['theme'] })}>
            {(['system', 'light', 'dark'] as const).map((th) => <option key={th} value={th}>{t(`settings.themeValue.${th}`)}</option>)}
          </select>
        </label>
      </div>
      <div className="actions sticky">
        <button type="button" className="primary" onClick={() => void save()} data-testid="save-settings">{t('common.save')}</button>
      </div>
    </section>
  );
}
