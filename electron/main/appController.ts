import fs from 'node:fs';
import type { AppStatus, UiEvent, UiReply, WorkerState } from '../../shared/api.js';
import { FORWARDED, uiRequestSchema, type FilePurpose, type ForwardedType, type MainRequestType, type UiRequestType } from '../../shared/uiRequests.js';
import { AppError, toErrorData } from '../../shared/errors.js';
import { defaultExportName, exportTempPath, type ExportProfile } from '../../shared/domain/exports.js';
import type { RunInfo } from '../../shared/domain/runs.js';
import type { DbStatus } from '../../shared/protocol/messages.js';
import type { AppSettings } from '../../shared/domain/settings.js';
import type { WorkerClient } from '../../shared/rpc/workerClient.js';
import type { RequestPayload } from '../../shared/protocol/requests.js';
import { isAllowedExternalUrl } from './security.js';
import { UiEventForwarder, type ProcessMetrics } from './uiEventForwarder.js';
import type { WorkerSupervisor } from './workerSupervisor.js';


/** Everything Electron-specific the controller needs, injected (fakes in tests, the test host's own). */
export interface Host {
  openFiles(purpose: FilePurpose, multiple: boolean): Promise<string[] | null>;
  saveFile(defaultName: string): Promise<string | null>;
  showInFolder(path: string): void;
  openExternal(url: string): Promise<void>;
  send(event: UiEvent): void;
  metrics(): ProcessMetrics;
  setProgress(fraction: number | null): void;
  notify(title: string, body: string): void;
  platform: string;
  testHost: boolean;
  /** Saved or loaded settings (Electron rebuilds the menu in the chosen language). */
  settingsChanged?: (settings: AppSettings) => void;
}

const LONG_RUN_MS = 60_000;

/**
 * Main's side of the app: answers the UI's requests (validated), forwards worker requests,
 * runs dialogs, relays worker events within the IPC budget, keeps taskbar progress, and cleans
 * up after a worker that died mid-export.
 */
export class AppController {
  private workerState: WorkerState = 'starting';
  private workerMessage: string | null = null;
  private db: DbStatus | null = null;
  private thresholdBytes = 1024 * 1024 * 1024;
  private readonly exports = new Map<string, string>();
  private readonly forwarder: UiEventForwarder;

  constructor(
    private readonly supervisor: WorkerSupervisor,
    private readonly host: Host,
  ) {
    this.forwarder = new UiEventForwarder({ send: (e) => host.send(e), metrics: () => host.metrics(), thresholdBytes: () => this.thresholdBytes });
    supervisor.on('event', (event) => {
      if (event.type === 'run.progress') host.setProgress(event.progress.total > 0 ? event.progress.processed / event.progress.total : null);
      if (event.type === 'run.state') this.runStateChanged(event.run);
      this.forwarder.accept(event);
    });
    supervisor.on('exit', () => this.workerExited());
    supervisor.on('restarted', () => this.setWorkerState('running', 'Обработчик перезапущен. Прерванную обработку можно продолжить.', true));
    supervisor.on('gave-up', (message) => this.setWorkerState('failed', message, false));
  }

  /**
   * Open the DB in a (new) worker process: the supervisor's init step. It talks to the new
   * process's client directly — the supervisor's own request() waits for this step to finish.
   */
  async initWorker(client: Pick<WorkerClient, 'request'>, dbPath: string): Promise<void> {
    this.db = await client.request('db.open', { path: dbPath });
    this.workerState = 'running';
    if (this.db.open) await this.refreshThreshold((type) => client.request(type, {}));
  }

  /** Validate and answer one UI request; errors come back as data. */
  async invoke(type: string, payload: unknown): Promise<UiReply> {
    const schema = uiRequestSchema(type);
    if (!schema) return { ok: false, error: { code: 'bad_request', message: `Неизвестный запрос «${type}»` } };
    const parsed = schema.safeParse(payload ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'bad_request', message: `Неверные данные запроса «${type}»: ${parsed.error.issues.map((i) => i.message).join('; ')}` } };
    }
    try {
      return { ok: true, value: await this.handle(type as UiRequestType, parsed.data) };
    } catch (error) {
      return { ok: false, error: toErrorData(error) };
    }
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- validated against its schema in invoke()
  private async handle(type: UiRequestType, payload: any): Promise<unknown> {
    if ((FORWARDED as readonly string[]).includes(type)) return this.forward(type as ForwardedType, payload);
    switch (type as MainRequestType) {
      case 'app.status':
        return this.status();
      case 'app.restartWorker':
        await this.supervisor.restartNow();
        this.setWorkerState('running', null, true);
        return this.status();
      case 'dialog.openFiles':
        return this.host.openFiles(payload.purpose, payload.multiple);
      case 'export.save':
        return this.exportWithDialog(payload.runId, payload.profile, payload.exportId);
      case 'shell.showInFolder':
        return this.host.showInFolder(payload.path);
      case 'shell.openExternal':
        if (!isAllowedExternalUrl(payload.url)) throw new AppError('bad_request', 'Открываются только страницы товаров на www.ozon.ru');
        return this.host.openExternal(payload.url);
    }
  }

  private async forward(type: ForwardedType, payload: RequestPayload<ForwardedType>): Promise<unknown> {
    const value = await this.supervisor.request(type, payload as never);
    if (type === 'settings.set' || type === 'db.reset') await this.refreshThreshold();
    if (type === 'db.reset') this.db = value as DbStatus;
    return value;
  }

  private status(): AppStatus {
    return { worker: this.workerState, workerMessage: this.workerMessage, db: this.db, platform: this.host.platform, testHost: this.host.testHost };
  }

  private async refreshThreshold(
    request: (type: 'settings.get') => Promise<AppSettings> = (type) => this.supervisor.request(type, {}),
  ): Promise<void> {
    try {
      const settings = await request('settings.get');
      this.thresholdBytes = settings.memoryWarningMb * 1024 * 1024;
      this.host.settingsChanged?.(settings);
    } catch {
      // The DB may be damaged or closed: keep the default threshold.
    }
  }

  private async exportWithDialog(runId: number | null, profile: ExportProfile, exportId: string): Promise<unknown> {
    const target = await this.host.saveFile(defaultExportName(runId, new Date()));
    if (!target) return null;
    this.exports.set(exportId, target);
    try {
      return await this.supervisor.request('export.start', { path: target, runId, profile, exportId });
    } finally {
      this.exports.delete(exportId);
    }
  }

  private workerExited(): void {
    // The worker cannot clean up after itself when killed mid-export: its temporary file goes here.
    for (const [exportId, target] of this.exports) fs.rmSync(exportTempPath(target, exportId), { force: true });
    this.host.setProgress(null);
    this.setWorkerState('restarting', 'Обработчик неожиданно завершился и перезапускается…', false);
  }

  private runStateChanged(run: RunInfo): void {
    if (run.state === 'running') return;
    this.host.setProgress(null);
    if (run.state === 'done' && run.elapsedMs >= LONG_RUN_MS) {
      this.host.notify('Обработка завершена', `${run.fileName}: ${run.counts.success} из ${run.total} с rich-контентом`);
    }
  }

  private setWorkerState(state: WorkerState, message: string | null, restarted: boolean): void {
    this.workerState = state;
    this.workerMessage = message;
    this.host.send({ type: 'worker.status', state, message, restarted });
  }
}
