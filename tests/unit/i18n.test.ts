import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en.js';
import { ru } from '../../renderer/src/i18n/ru.js';

const SRC = path.resolve(__dirname, '../../renderer/src');

function keys(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`)));
}

function tsxFiles(): string[] {
  return fs.readdirSync(SRC, { recursive: true }).map(String).filter((f) => f.endsWith('.tsx'));
}

describe('i18n', () => {
  it('Russian and English have the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(ru).sort());
  });

  it('components hold no user-facing text of their own (language names in their own language aside)', () => {
    const offenders: string[] = [];
    for (const file of tsxFiles()) {
      fs.readFileSync(path.join(SRC, file), 'utf8').split('\n').forEach((line, i) => {
        if (/<option value="(ru|en)">/.test(line)) return;
        if (/(?<!=)>\s*\p{L}{2,}[^<{]*</u.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('every literal key used with t() exists in Russian', () => {
    const known = new Set(keys(ru));
    const missing: string[] = [];
    for (const file of [...tsxFiles(), 'format.ts']) {
      for (const match of fs.readFileSync(path.join(SRC, file), 'utf8').matchAll(/\bt\('([a-zA-Z_.]+)'/g)) {
        if (!known.has(match[1])) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
