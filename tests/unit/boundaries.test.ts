import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: path.resolve(__dirname, '../..') });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('the lint rule that keeps processes apart', () => {
  it.each([
    ['shared/domain/x.ts', "import fs from 'node:fs';\nexport const a = fs;", /pure/],
    ['shared/domain/x.ts', "import { app } from 'electron';\nexport const a = app;", /pure/],
    ['shared/domain/x.ts', "import { WorkerService } from '../../electron/worker/workerService.js';\nexport const a = WorkerService;", /process folder/],
    ['shared/x.ts', 'export const w = window.innerWidth;', /window/],
    ['renderer/src/x.tsx', "import Database from 'better-sqlite3';\nexport const a = Database;", /window\.api/],
    ['renderer/src/x.tsx', "import { openDatabase } from '../../electron/worker/db/openDatabase.js';\nexport const a = openDatabase;", /another process/],
    ['electron/main/x.ts', "import { WorkerService } from '../worker/workerService.js';\nexport const a = WorkerService;", /another process/],
    ['electron/worker/x.ts', "import { utilityProcess } from 'electron';\nexport const a = utilityProcess;", /plain Node/],
    ['electron/preload/x.ts', "import fs from 'fs';\nexport const a = fs;", /sandboxed/],
    ['electron/cli/x.ts', "import { RunProcessor } from '../worker/runs/runProcessor.js';\nexport const a = RunProcessor;", /another process/],
  ])('%s: %s is refused', async (file, code, message) => {
    const found = await problems(file, code);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
  });

  it.each([
    ['renderer/src/x.tsx', "import { suggestMode } from '../../shared/domain/modes.js';\nexport const a = suggestMode;"],
    ['electron/worker/x.ts', "import fs from 'node:fs';\nimport { AppError } from '../../shared/errors.js';\nexport const a = [fs, AppError];"],
    ['electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;"],
  ])('%s: allowed imports pass', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
