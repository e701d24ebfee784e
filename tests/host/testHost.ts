import { build } from 'esbuild';
import { fork } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import type { UiEvent } from '../../shared/api.js';
import { WORKER_EXEC_ARGV } from '../../shared/workerFlags.js';
import { AppController, type Host } from '../../electron/main/appController.js';
import { WorkerSupervisor, type WorkerHandle } from '../../electron/main/workerSupervisor.js';

const ROOT = path.resolve(__dirname, '../..');
const RENDERER = path.join(ROOT, 'dist/renderer');
const WORKER = path.join(ROOT, 'dist/worker.cjs');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

export interface TestHost {
  url: string;
  /** What "Выбрать файл…" and the save dialog answer next (scripted per test). */
  nextOpenFiles: (string[] | null)[];
  nextSaveFile: (string | null)[];
  opened: string[];
  shownInFolder: string[];
  progress: (number | null)[];
  /** Every event sent to the page: how many and how large (the renderer's IPC budget). */
  sent: { count: number; maxBytes: number; bytes: number };
  workerPid: () => number | undefined;
  supervisor: WorkerSupervisor;
  close: () => Promise<void>;
}

function nodeWorker(env: NodeJS.ProcessEnv): WorkerHandle {
  const child = fork(WORKER, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: WORKER_EXEC_ARGV, env: { ...process.env, ...env } });
  return {
    get pid() {
      return child.pid;
    },
    post: (message) => {
      if (child.connected) child.send(message as object);
    },
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', (code) => listener(code)),
    kill: () => void child.kill('SIGKILL'),
  };
}

async function bridgeScript(): Promise<string> {
  const result = await build({ entryPoints: [path.join(__dirname, 'bridge.ts')], bundle: true, format: 'iife', write: false, platform: 'browser', logLevel: 'error' });
  return result.outputFiles[0].text;
}

/** index.html with the bridge loaded first, and the CSP let through to this host's WebSocket. */
function hostedIndex(): string {
  return fs
    .readFileSync(path.join(RENDERER, 'index.html'), 'utf8')
    .replace("connect-src 'self'", "connect-src 'self' ws://127.0.0.1:*")
    .replace('<head>', '<head>\n    <script src="/__bridge.js"></script>');
}

/**
 * Serves the built renderer over http on 127.0.0.1 and implements `window.api` over a WebSocket,
 * backed by the real AppController and the real worker (a Node child process) — the whole app
 * but Electron itself.
 */
export async function startTestHost(options: { dbPath: string; port?: number; workerEnv?: NodeJS.ProcessEnv }): Promise<TestHost> {
  if (!fs.existsSync(path.join(RENDERER, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build` first');
  const bridge = await bridgeScript();
  const sockets = new Set<WebSocket>();
  const sent = { count: 0, maxBytes: 0, bytes: 0 };
  const state = { nextOpenFiles: [] as (string[] | null)[], nextSaveFile: [] as (string | null)[], opened: [] as string[], shownInFolder: [] as string[], progress: [] as (number | null)[] };
  const host: Host = {
    openFiles: async () => state.nextOpenFiles.shift() ?? null,
    saveFile: async () => state.nextSaveFile.shift() ?? null,
    showInFolder: (p) => void state.shownInFolder.push(p),
    openExternal: async (url) => void state.opened.push(url),
    send: (event: UiEvent) => {
      const text = JSON.stringify({ event });
      sent.count += 1;
      sent.bytes += text.length;
      sent.maxBytes = Math.max(sent.maxBytes, text.length);
      for (const socket of sockets) socket.send(text);
    },
    metrics: () => ({ main: process.memoryUsage().rss, renderer: null, gpu: null }),
    setProgress: (f) => void state.progress.push(f),
    notify: () => {},
    platform: process.platform,
    testHost: true,
  };
  const supervisor: WorkerSupervisor = new WorkerSupervisor({
    spawn: () => nodeWorker(options.workerEnv ?? {}),
    init: (client) => controller.initWorker(client, options.dbPath),
    backoffMs: [300, 600, 1200],
  });
  const controller = new AppController(supervisor, host);
  await supervisor.start();

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/__bridge.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(bridge);
      return;
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostedIndex());
      return;
    }
    const file = path.join(RENDERER, path.normalize(url.pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(RENDERER) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  const wss = new WebSocketServer({ server, path: '/__api' });
  wss.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('message', async (data) => {
      const { id, type, payload } = JSON.parse(String(data)) as { id: number; type: string; payload: unknown };
      const reply = await controller.invoke(type, payload);
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ id, reply }));
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}/`,
    ...state,
    sent,
    workerPid: () => supervisor.pid,
    supervisor,
    close: async () => {
      supervisor.stop();
      for (const socket of sockets) socket.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
