import Database from 'better-sqlite3';
import fs from 'node:fs';
import { AppError } from '../../../shared/errors.js';
import { currentVersion, migrate, SCHEMA_VERSION } from './migrations.js';

export interface OpenedDatabase {
  write: Database.Database;
  /** Exports and page queries read here: an open iterator keeps its connection busy. */
  read: Database.Database;
  path: string;
}

function damaged(path: string, detail: string): AppError {
  return new AppError(
    'db_damaged',
    `Файл базы данных повреждён (${path}): ${detail}. Сохраните копию и начните с новой базы — каталог можно загрузить заново.`,
  );
}

function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

function checkIntegrity(db: Database.Database, path: string): void {
  let result: unknown;
  try {
    result = db.pragma('quick_check', { simple: true });
  } catch (error) {
    throw damaged(path, (error as Error).message);
  }
  if (result !== 'ok') throw damaged(path, String(result));
}

/**
 * Open (or create) the SQLite file: WAL, foreign keys, integrity check, migrations.
 * A damaged file or one written by a newer app version is refused with a clear error.
 */
export function openDatabase(path: string): OpenedDatabase {
  let write: Database.Database;
  try {
    write = new Database(path);
  } catch (error) {
    throw new AppError('db_open_failed', `Не удалось открыть базу данных ${path}: ${(error as Error).message}`);
  }
  try {
    try {
      configure(write);
    } catch (error) {
      throw damaged(path, (error as Error).message);
    }
    checkIntegrity(write, path);
    const version = currentVersion(write);
    if (version > SCHEMA_VERSION) {
      throw new AppError(
        'db_newer',
        `База данных ${path} создана более новой версией приложения (схема ${version}, эта версия знает ${SCHEMA_VERSION}). Обновите приложение.`,
      );
    }
    migrate(write);
    const read = new Database(path, { readonly: true, fileMustExist: true });
    read.pragma('busy_timeout = 5000');
    return { write, read, path };
  } catch (error) {
    write.close();
    throw error;
  }
}

export function closeDatabase(db: OpenedDatabase): void {
  db.read.close();
  db.write.close();
}

/** Keep the damaged file aside (or drop it) so a fresh database can be created in its place. */
export function setAsideDatabase(path: string, keepCopy: boolean): string | null {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const copy = `${path}.damaged-${stamp}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (!fs.existsSync(path + suffix)) continue;
    if (keepCopy) fs.renameSync(path + suffix, copy + suffix);
    else fs.rmSync(path + suffix);
  }
  return keepCopy ? copy : null;
}
