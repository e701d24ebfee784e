import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors.js';

export type FileShape = 'xlsx' | 'text';

export function displayName(file: string): string {
  return path.basename(file);
}

export function badInput(file: string, problem: string): AppError {
  return new AppError('bad_input', `Файл «${displayName(file)}»: ${problem}`);
}

function readHead(file: string, bytes: number): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw badInput(file, 'файл не найден. Проверьте путь или выберите файл заново.');
    if (code === 'EISDIR') throw badInput(file, 'это папка, а не файл. Выберите файл.');
    throw badInput(file, `не удаётся открыть (${code ?? (error as Error).message}). Закройте его в Excel и попробуйте снова.`);
  }
  try {
    const buffer = Buffer.alloc(bytes);
    const read = fs.readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, read);
  } finally {
    fs.closeSync(fd);
  }
}

function hasUtf16Bom(head: Buffer): boolean {
  return (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
}

/** What the file really is, whatever its extension says: a zip (xlsx), text, or something we refuse. */
export function sniffFile(file: string): FileShape {
  const head = readHead(file, 8192);
  if (head.length === 0) throw badInput(file, 'файл пустой. Выберите файл с данными.');
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    throw badInput(file, 'это старый формат Excel (.xls). Откройте его в Excel и сохраните как .xlsx или CSV.');
  }
  if (!hasUtf16Bom(head) && head.includes(0)) {
    throw badInput(file, 'это не текст и не таблица Excel (двоичные данные). Выберите .csv, .txt или .xlsx.');
  }
  return 'text';
}

/** A .xlsx name on something that is not a zip: refuse before the XLSX reader tries. */
export function expectXlsx(file: string): void {
  if (sniffFile(file) !== 'xlsx') {
    throw badInput(file, 'это не файл Excel .xlsx (внутри не zip-архив). Сохраните таблицу в Excel как .xlsx.');
  }
}
