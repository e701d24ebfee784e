import { fork, type ChildProcess } from 'node:child_process';
import { WorkerClient } from '../../shared/rpc/workerClient.js';
import { WORKER_EXEC_ARGV } from '../../shared/workerFlags.js';

export interface NodeWorker {
  child: ChildProcess;
  client: WorkerClient;
  /** Resolves with the exit code (or signal) when the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<void>;
}

/** The real worker bundle as a Node child process, speaking the same protocol as under Electron. */
export function startNodeWorker(workerPath: string, env: NodeJS.ProcessEnv = {}): NodeWorker {
  const child = fork(workerPath, [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, ...env },
    execArgv: WORKER_EXEC_ARGV,
  });
  const client = new WorkerClient({
    post: (message) => {
      if (!child.connected) throw new Error('процесс обработчика завершился');
      child.send(message as object);
    },
    onMessage: (listener) => child.on('message', listener),
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      client.rejectAll('worker_exited', `Обработчик завершился (${signal ?? `код ${code}`})`);
      resolve({ code, signal });
    });
  });
  return {
    child,
    client,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        if (child.connected) child.disconnect();
        await exited;
      }
    },
  };
}
