import { app, BrowserWindow, ipcMain, Menu, session, shell, utilityProcess } from 'electron';
import path from 'node:path';
import { WORKER_EXEC_ARGV } from '../../shared/workerFlags.js';
import { AppController } from './appController.js';
import { electronHost } from './electronHost.js';
import { menuTemplate } from './menu.js';
import { CONTENT_SECURITY_POLICY, isAllowedExternalUrl, isAppUrl, isTrustedSender, SECURE_WEB_PREFERENCES } from './security.js';
import { loadWindowBounds, saveWindowBounds } from './windowState.js';
import { WorkerSupervisor, type WorkerHandle } from './workerSupervisor.js';

export const WORKER_SERVICE_NAME = 'rich-content-oz-worker';
const INVOKE_CHANNEL = 'rco:invoke';
const APP_ORIGIN = 'file://';

let win: BrowserWindow | null = null;

function spawnWorker(): WorkerHandle {
  const child = utilityProcess.fork(path.join(__dirname, 'worker.cjs'), [], {
    serviceName: WORKER_SERVICE_NAME,
    execArgv: WORKER_EXEC_ARGV,
    stdio: 'inherit',
  });
  return {
    get pid() {
      return child.pid;
    },
    post: (message) => child.postMessage(message),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', listener),
    kill: () => void child.kill(),
  };
}

function createWindow(boundsFile: string): BrowserWindow {
  const bounds = loadWindowBounds(boundsFile);
  const window = new BrowserWindow({
    ...bounds,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Rich Content OZ',
    backgroundColor: '#f6f7f9',
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      // Spelled out again so scanners that cannot follow the spread see them (the values are the same).
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      preload: path.join(__dirname, 'preload.cjs'),
    },
  });
  if (bounds.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => saveWindowBounds(boundsFile, { ...window.getNormalBounds(), maximized: window.isMaximized() }));
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, APP_ORIGIN)) event.preventDefault();
  });
  void window.loadFile(path.join(__dirname, 'renderer', 'index.html'));
  return window;
}

function secureSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

async function pauseRunning(supervisor: WorkerSupervisor): Promise<void> {
  try {
    const running = (await supervisor.request('run.list', {})).filter((r) => r.state === 'running');
    for (const run of running) await supervisor.request('run.pause', { runId: run.id });
    for (let waited = 0; running.length > 0 && waited < 5000; waited += 100) {
      const states = await Promise.all(running.map((r) => supervisor.request('run.get', { runId: r.id })));
      if (states.every((r) => r.state !== 'running')) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch {
    // The worker is gone already: nothing to pause.
  }
}

async function main(): Promise<void> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (win?.isMinimized()) win.restore();
    win?.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  await app.whenReady();
  secureSession();
  const dbPath = path.join(app.getPath('userData'), 'rich-content-oz.db');
  const supervisor: WorkerSupervisor = new WorkerSupervisor({
    spawn: spawnWorker,
    init: (client): Promise<void> => controller.initWorker(client, dbPath),
  });
  const setMenu = (language: 'ru' | 'en') =>
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language, process.platform === 'darwin')));
  const controller: AppController = new AppController(supervisor, {
    ...electronHost(() => win),
    settingsChanged: (settings) => setMenu(settings.language),
  });
  app.on('child-process-gone', (_event, details) => {
    if (details.type === 'Utility' && details.serviceName === WORKER_SERVICE_NAME) {
      supervisor.noteCrash({ reason: details.reason, exitCode: details.exitCode });
    }
  });
  ipcMain.handle(INVOKE_CHANNEL, (event, type: unknown, payload: unknown) => {
    if (!isTrustedSender(event.senderFrame, APP_ORIGIN)) return { ok: false, error: { code: 'forbidden', message: 'Запрос не из окна приложения' } };
    return controller.invoke(String(type), payload);
  });
  void supervisor.start();
  setMenu(app.getLocale().startsWith('en') ? 'en' : 'ru');
  win = createWindow(path.join(app.getPath('userData'), 'window.json'));
  win.on('closed', () => (win = null));

  let quitting = false;
  app.on('before-quit', (event) => {
    if (quitting) return;
    // Pause a running run at its next chunk boundary (it resumes next time), let the worker close
    // the DB, then quit. A run that does not pause within a few seconds is simply interrupted —
    // its last committed chunk is safe either way.
    event.preventDefault();
    quitting = true;
    void pauseRunning(supervisor).finally(() => {
      supervisor.stop();
      app.quit();
    });
  });
  app.on('window-all-closed', () => app.quit());
}

void main();
