import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError, toErrorData } from '../../shared/errors.js';
import type { WorkerClient } from '../../shared/rpc/workerClient.js';
import { HELP, parseCli } from './args.js';
import {
  catalogCommand, demoCommand, exportCommand, importCommand, need, processCommand, resultsCommand, resumeCommand, runsCommand,
} from './commands.js';
import { startNodeWorker } from './nodeWorker.js';
import { exitCodeFor, Output } from './output.js';

const here = path.dirname(fileURLToPath(import.meta.url));

async function openDb(client: WorkerClient, db: string): Promise<void> {
  const status = await client.request('db.open', { path: path.resolve(db) });
  if (status.problem) throw new AppError(status.problem.code, status.problem.message);
}

const COMMANDS = ['import', 'demo', 'catalog', 'process', 'resume', 'runs', 'results', 'export'];

async function dispatch(command: string, client: WorkerClient, args: ReturnType<typeof parseCli>, out: Output): Promise<void> {
  const v = args.values;
  const files = args.positionals.slice(1);
  switch (command) {
    case 'import': return importCommand(client, v, files, out);
    case 'demo': return demoCommand(client, v, out);
    case 'catalog': return catalogCommand(client, v, out);
    case 'process': return processCommand(client, v, out);
    case 'resume': return resumeCommand(client, v, out);
    case 'runs': return runsCommand(client, v, out);
    case 'results': return resultsCommand(client, v, out);
    case 'export': return exportCommand(client, v, out);
    default: throw new AppError('bad_input', `Неизвестная команда «${command}». Справка: rich-content-oz --help`);
  }
}

async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseCli>;
  try {
    args = parseCli(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${HELP}\n`);
    return 2;
  }
  const command = args.positionals[0];
  if (args.values.help || !command) {
    process.stdout.write(`${HELP}\n`);
    return command || args.values.help ? 0 : 2;
  }
  const out = new Output(Boolean(args.values.json));
  if (!COMMANDS.includes(command)) {
    process.stderr.write(`Ошибка: неизвестная команда «${command}». Справка: rich-content-oz --help\n`);
    return 2;
  }
  const worker = startNodeWorker(path.join(here, 'worker.cjs'));
  try {
    const db = need(args.values.db, '--db');
    if (command !== 'demo' && command !== 'import' && !fs.existsSync(db)) {
      throw new AppError('bad_input', `Базы данных ${db} нет. Сначала загрузите каталог: import или demo.`);
    }
    await openDb(worker.client, db);
    await dispatch(command, worker.client, args, out);
    return 0;
  } catch (error) {
    const data = toErrorData(error);
    out.event({ type: 'error', ...data });
    process.stderr.write(`Ошибка: ${data.message}\n`);
    return exitCodeFor(error);
  } finally {
    await worker.stop();
  }
}

// `… | head` closes stdout early: that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});
process.exitCode = await main(process.argv.slice(2));
