import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors.js';
import { IMPORT_KINDS, type ImportKind, type ImportSummary } from '../../shared/domain/catalog.js';
import { EXPORT_PROFILES, exportTempPath, type ExportProfile } from '../../shared/domain/exports.js';
import { MODES, type ProcessingMode } from '../../shared/domain/modes.js';
import { PRESET_NAMES, type PresetName } from '../../shared/domain/presets.js';
import type { RunInfo } from '../../shared/domain/runs.js';
import { configOverridesSchema, describeIssues, type ConfigOverrides } from '../../shared/domain/settings.js';
import type { WorkerClient } from '../../shared/rpc/workerClient.js';
import type { CliArgs } from './args.js';
import type { Output } from './output.js';

type Values = CliArgs['values'];

export function need(value: string | undefined, flag: string): string {
  if (!value) throw new AppError('bad_input', `Не указан ${flag}. Справка: rich-content-oz --help`);
  return value;
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new AppError('bad_input', `${flag}: «${value}» — допустимо: ${allowed.join(', ')}`);
  }
  return value as T;
}

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new AppError('bad_input', `${flag}: нужно целое положительное число, а не «${value}»`);
  return n;
}

function parseJsonFlag(value: string | undefined, flag: string): unknown {
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    throw new AppError('bad_input', `${flag}: это не JSON`);
  }
}

function printImport(out: Output, s: ImportSummary): void {
  out.event({ type: 'summary', ...s });
  out.line(`Прочитано строк: ${s.rowsRead}; добавлено: ${s.added}; обновлено: ${s.updated}; отклонено: ${s.rejected}; ${s.ms} мс`);
  for (const r of s.rejections.slice(0, 20)) out.line(`  ${r.file}, строка ${r.row}: ${r.reason}`);
  for (const note of s.notes) out.line(`  ${note}`);
}

export async function importCommand(client: WorkerClient, v: Values, files: string[], out: Output): Promise<void> {
  const kind = oneOf<ImportKind>(need(v.kind, '--kind'), IMPORT_KINDS, '--kind')!;
  if (files.length === 0) throw new AppError('bad_input', 'Укажите файлы для загрузки');
  const mapping = parseJsonFlag(v.mapping, '--mapping') as Record<string, string> | undefined;
  printImport(out, await client.request('catalog.import', { kind, files: files.map((f) => path.resolve(f)), mapping }));
}

export async function demoCommand(client: WorkerClient, v: Values, out: Output): Promise<void> {
  const products = positiveInt(v.products, '--products');
  printImport(out, await client.request('catalog.demo', { products }));
  if (v['out-dir']) {
    const files = await client.request('catalog.demoFiles', { dir: path.resolve(v['out-dir']), products });
    out.event({ type: 'files', ...files });
    out.line(`Файлы демо-каталога: ${Object.values(files).join(', ')}`);
  }
}

export async function catalogCommand(client: WorkerClient, v: Values, out: Output): Promise<void> {
  const { coverage: _coverage, lastImports: _last, ...summary } = await client.request('catalog.summary', {});
  if (v.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else out.line(Object.entries(summary).map(([k, val]) => `${k}: ${typeof val === 'object' ? JSON.stringify(val) : val}`).join('\n'));
}

function overridesOf(v: Values): ConfigOverrides | undefined {
  const raw = parseJsonFlag(v.config, '--config');
  if (raw === undefined) return undefined;
  const parsed = configOverridesSchema.safeParse(raw);
  if (!parsed.success) throw new AppError('bad_input', `--config: ${describeIssues(parsed.error)}`);
  return parsed.data as ConfigOverrides;
}

/** Wait for the run to leave `running`, reporting progress. */
function followRun(client: WorkerClient, runId: number, out: Output): Promise<RunInfo> {
  return new Promise((resolve) => {
    const off = client.onEvent((event) => {
      if (event.type === 'run.progress' && event.progress.runId === runId) {
        const p = event.progress;
        out.event({ type: 'progress', ...p });
        out.progress(`Обработано ${p.processed} из ${p.total} (${p.ratePerSec}/с, осталось ~${p.etaSec ?? '?'} с)`);
      }
      if (event.type === 'run.state' && event.run.id === runId && event.run.state !== 'running') {
        off();
        resolve(event.run);
      }
    });
  });
}

function printRun(out: Output, run: RunInfo): void {
  out.event({ type: 'summary', ...run });
  out.line(
    `Запуск №${run.id}: ${run.state}; обработано ${run.processed} из ${run.total} за ${(run.elapsedMs / 1000).toFixed(1)} с; ` +
      Object.entries(run.counts).map(([s, n]) => `${s}=${n}`).join(' '),
  );
}

async function runToEnd(client: WorkerClient, runId: number, out: Output, start: () => Promise<RunInfo>): Promise<RunInfo> {
  const finished = followRun(client, runId, out);
  await start();
  const run = await finished;
  printRun(out, run);
  if (run.state === 'failed') throw new AppError('run_failed', run.message ?? 'Обработка завершилась ошибкой');
  return run;
}

export async function processCommand(client: WorkerClient, v: Values, out: Output): Promise<void> {
  const preset = oneOf<PresetName>(v.preset, PRESET_NAMES, '--preset');
  const mode = oneOf<ProcessingMode>(v.mode, MODES, '--mode');
  const chunkSize = positiveInt(v.chunk, '--chunk');
  const overrides = overridesOf(v);
  const check = await client.request('run.check', { file: path.resolve(need(v.codes, '--codes')) });
  out.event({ type: 'check', ...check });
  out.line(`Файл ${check.fileName}: артикулов ${check.codes}, дубликатов ${check.duplicates}, пустых ${check.blank}, ` +
    `с ошибкой ${check.invalid}, нет в каталоге ${check.unknown}; режим ${mode ?? check.suggestedMode}`);
  for (const line of check.invalidLines.slice(0, 10)) out.line(`  строка ${line.line}: ${line.reason}`);
  await runToEnd(client, check.runId, out, () =>
    client.request('run.start', { runId: check.runId, preset, overrides, mode, chunkSize }),
  );
}

export async function resumeCommand(client: WorkerClient, v: Values, out: Output): Promise<void> {
  const runId = positiveInt(need(v.run, '--run'), '--run')!;
  await runToEnd(client, runId, out, () => client.request('run.resume', { runId }));
}

export async function runsCommand(client: WorkerClient, v: Values, out: Output): Promise<void> {
  const runs = await client.request('run.list', {});
  for (const run of runs) {
    if (v.json) process.stdout.write(`${JSON.stringify({ ...run, config: undefined })}\n`);
    else printRun(out, run);
  }
}

export async function resultsCommand(client: WorkerClient, v: Values, out: Output): Promise<void> {
  const runId = positiveInt(need(v.run, '--run'), '--run')!;
  let after = 0;
  for (;;) {
    const page = await client.request('results.page', { runId, after, limit: 200, detail: true });
    for (const row of page.rows) {
      const line = {
        vendor_code: row.vendorCode,
        status: row.status,
        message: row.message,
        recommendations: (row.picks ?? []).map((p) => ({ vendor_code: p.vendorCode, score: p.score })),
      };
      if (v.json) process.stdout.write(`${JSON.stringify(line)}\n`);
      else out.line(`${row.position}\t${row.vendorCode}\t${row.status}\t${row.recommendations}\t${row.topScore ?? ''}\t${row.message ?? ''}`);
    }
    if (page.next === null) break;
    after = page.next;
  }
}

export async function exportCommand(client: WorkerClient, v: Values, out: Output): Promise<void> {
  const target = path.resolve(need(v.out, '--out'));
  const profile = oneOf<ExportProfile>(v.profile, EXPORT_PROFILES, '--profile') ?? 'standard';
  if (!v.all && !v.run) throw new AppError('bad_input', 'Укажите --run ID (один запуск) или --all (весь rich-контент из базы)');
  const runId = v.all ? null : positiveInt(v.run, '--run')!;
  const exportId = `cli-${process.pid}-${Date.now()}`;
  const off = client.onEvent((event) => {
    if (event.type === 'export.progress' && event.progress.exportId === exportId) {
      out.event({ type: 'progress', ...event.progress });
      out.progress(`Экспорт: ${event.progress.rows} из ${event.progress.total} строк`);
    }
  });
  try {
    const summary = await client.request('export.start', { path: target, runId, profile, exportId }).catch((error: unknown) => {
      // A worker that died mid-export cannot remove its own temporary file.
      fs.rmSync(exportTempPath(target, exportId), { force: true });
      throw error;
    });
    out.event({ type: 'summary', ...summary });
    out.line(`Сохранено ${summary.rows} строк (${summary.bytes} байт) в ${summary.path}` +
      (summary.longRows > 0 ? `; длиннее 32000 символов: ${summary.longRows}` : ''));
  } finally {
    off();
  }
}
