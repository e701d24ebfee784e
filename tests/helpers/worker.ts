import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startNodeWorker, type NodeWorker } from '../../electron/cli/nodeWorker.js';
import type { WorkerEvent } from '../../shared/protocol/messages.js';

export const ROOT = path.resolve(__dirname, '../..');
export const WORKER = path.join(ROOT, 'dist/worker.cjs');
export const CLI = path.join(ROOT, 'dist/cli.js');

export function tempDir(prefix = 'rco-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** The real worker bundle (built by `npm test` before vitest runs) as a Node child process. */
export function spawnWorker(env: NodeJS.ProcessEnv = {}): NodeWorker & { events: WorkerEvent[] } {
  if (!fs.existsSync(WORKER)) throw new Error('dist/worker.cjs is missing: run `npm run build` first');
  const worker = startNodeWorker(WORKER, env);
  const events: WorkerEvent[] = [];
  worker.client.onEvent((e) => events.push(e));
  return Object.assign(worker, { events });
}

/** Resolves with the first event that matches. */
export function waitForEvent<T extends WorkerEvent>(worker: NodeWorker, match: (e: WorkerEvent) => e is T, timeoutMs?: number): Promise<T>;
export function waitForEvent(worker: NodeWorker, match: (e: WorkerEvent) => boolean, timeoutMs?: number): Promise<WorkerEvent>;
export function waitForEvent(worker: NodeWorker, match: (e: WorkerEvent) => boolean, timeoutMs = 60000): Promise<WorkerEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('event did not come')), timeoutMs);
    const off = worker.client.onEvent((e) => {
      if (!match(e)) return;
      clearTimeout(timer);
      off();
      resolve(e);
    });
  });
}

/** Run until the run leaves `running`. */
export function runEnds(worker: NodeWorker, runId: number) {
  return waitForEvent(worker, (e) => e.type === 'run.state' && e.run.id === runId && e.run.state !== 'running') as Promise<
    Extract<WorkerEvent, { type: 'run.state' }>
  >;
}
