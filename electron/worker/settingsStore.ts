import type Database from 'better-sqlite3';
import { appSettingsSchema, defaultAppSettings, type AppSettings } from '../../shared/domain/settings.js';

/** Settings live in the DB, validated on the way in and on the way out (an old or edited row falls back to defaults). */
export function loadSettings(db: Database.Database): AppSettings {
  const text = db.prepare("SELECT value FROM settings WHERE key = 'app'").pluck().get() as string | undefined;
  if (!text) return defaultAppSettings();
  const parsed = appSettingsSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : defaultAppSettings();
}

export function saveSettings(db: Database.Database, settings: AppSettings): AppSettings {
  const valid = appSettingsSchema.parse(settings);
  db.prepare("INSERT INTO settings (key, value) VALUES ('app', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(
    JSON.stringify(valid),
  );
  return valid;
}
