import { WorkerClient } from '../../shared/rpc/workerClient.js';
import type { WorkerEvent } from '../../shared/protocol/messages.js';
import type { RequestPayload, RequestType } from '../../shared/protocol/requests.js';
import type { ResponseValues } from '../../shared/protocol/messages.js';
import { AppError } from '../../shared/errors.js';

/** What the supervisor needs of a process: Electron's UtilityProcess and a Node child both fit. */
export interface WorkerHandle {
  readonly pid: number | undefined;
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export interface SupervisorOptions {
  spawn: () => WorkerHandle;
  /** Sent to every new process before anything else (e.g. open the DB). */
  init: (client: WorkerClient) => Promise<void>;
  backoffMs?: readonly number[];
  maxRestartsPerMinute?: number;
  now?: () => number;
  schedule?: (fn: () => void, ms: number) => void;
}

export interface CrashDetails {
  reason: string;
  exitCode: number;
}

type SupervisorEvents = {
  exit: (code: number | null) => void;
  crash: (details: CrashDetails) => void;
  restarted: (attempt: number) => void;
  'gave-up': (message: string) => void;
  event: (event: WorkerEvent) => void;
};

/**
 * Keeps the worker alive (after VS Code's UtilityProcess wrapper): separate exit and crash
 * events, pending requests rejected on exit, restart with backoff (1 s, 2 s, 4 s …) and at most
 * N restarts a minute, then it gives up and says so.
 */
export class WorkerSupervisor {
  private handle: WorkerHandle | null = null;
  private client: WorkerClient | null = null;
  private ready: Promise<void> = Promise.resolve();
  private stopping = false;
  private restarts: number[] = [];
  private gaveUp = false;
  private readonly listeners: { [K in keyof SupervisorEvents]: Set<SupervisorEvents[K]> } = {
    exit: new Set(), crash: new Set(), restarted: new Set(), 'gave-up': new Set(), event: new Set(),
  };
  private readonly backoff: readonly number[];
  private readonly maxRestarts: number;
  private readonly now: () => number;
  private readonly schedule: (fn: () => void, ms: number) => void;

  constructor(private readonly options: SupervisorOptions) {
    this.backoff = options.backoffMs ?? [1000, 2000, 4000, 8000, 16000];
    this.maxRestarts = options.maxRestartsPerMinute ?? 5;
    this.now = options.now ?? Date.now;
    this.schedule = options.schedule ?? ((fn, ms) => void setTimeout(fn, ms));
  }

  on<K extends keyof SupervisorEvents>(event: K, listener: SupervisorEvents[K]): () => void {
    this.listeners[event].add(listener);
    return () => this.listeners[event].delete(listener);
  }

  get pid(): number | undefined {
    return this.handle?.pid;
  }

  get running(): boolean {
    return this.handle !== null;
  }

  get failed(): boolean {
    return this.gaveUp;
  }

  start(): Promise<void> {
    this.stopping = false;
    this.gaveUp = false;
    const handle = this.options.spawn();
    const client = new WorkerClient({ post: (m) => handle.post(m), onMessage: (l) => handle.onMessage(l) });
    client.onEvent((event) => this.emit('event', event));
    handle.onExit((code) => this.exited(handle, client, code));
    this.handle = handle;
    this.client = client;
    this.ready = this.options.init(client);
    return this.ready;
  }

  /** Electron's `child-process-gone` for our service name: the reason an exit was a crash. */
  noteCrash(details: CrashDetails): void {
    this.emit('crash', details);
  }

  async request<T extends RequestType>(type: T, payload: RequestPayload<T>): Promise<ResponseValues[T]> {
    if (!this.client) {
      throw new AppError('worker_unavailable', this.gaveUp
        ? 'Обработчик не запускается. Перезапустите приложение.'
        : 'Обработчик перезапускается — повторите через несколько секунд.');
    }
    await this.ready;
    return this.client!.request(type, payload);
  }

  /** Stop on purpose (app quit): no restart. */
  stop(): void {
    this.stopping = true;
    this.handle?.kill();
  }

  /** Kill and start again now (the UI's "restart the worker" after giving up). */
  restartNow(): Promise<void> {
    this.restarts = [];
    const old = this.handle;
    this.handle = null;
    this.client = null;
    old?.kill();
    return this.start();
  }

  private exited(handle: WorkerHandle, client: WorkerClient, code: number | null): void {
    client.rejectAll('worker_exited', 'Обработчик завершился, не ответив. Он перезапускается — повторите действие.');
    const current = this.handle === handle;
    if (current) {
      this.handle = null;
      this.client = null;
    }
    this.emit('exit', code);
    if (this.stopping || !current) return;
    this.scheduleRestart();
  }

  private scheduleRestart(): void {
    const now = this.now();
    this.restarts = this.restarts.filter((t) => now - t < 60_000);
    if (this.restarts.length >= this.maxRestarts) {
      this.gaveUp = true;
      this.emit('gave-up', `Обработчик упал ${this.restarts.length} раз за минуту и больше не перезапускается.`);
      return;
    }
    const delay = this.backoff[Math.min(this.restarts.length, this.backoff.length - 1)];
    this.restarts.push(now);
    const attempt = this.restarts.length;
    this.schedule(() => {
      if (this.stopping || this.handle) return;
      this.start().then(
        () => this.emit('restarted', attempt),
        () => this.emit('restarted', attempt),
      );
    }, delay);
  }

  private emit<K extends keyof SupervisorEvents>(event: K, ...args: Parameters<SupervisorEvents[K]>): void {
    for (const listener of this.listeners[event]) (listener as (...a: Parameters<SupervisorEvents[K]>) => void)(...args);
  }
}
