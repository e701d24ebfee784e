import { AppError } from '../errors.js';
import type { Reply, ResponseValues, WorkerEvent, WorkerMessage } from '../protocol/messages.js';
import type { RequestPayload, RequestType } from '../protocol/requests.js';

/** The one thing a client needs of a transport: send, and hear back. */
export interface MessageChannelLike {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** Correlates `{id}` requests with `{id, ok, value | error}` replies; events go to listeners. */
export class WorkerClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(event: WorkerEvent) => void>();

  constructor(private readonly channel: MessageChannelLike) {
    channel.onMessage((message) => this.receive(message as WorkerMessage));
  }

  request<T extends RequestType>(type: T, payload: RequestPayload<T>): Promise<ResponseValues[T]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      try {
        this.channel.post({ id, type, payload });
      } catch (error) {
        this.pending.delete(id);
        reject(new AppError('worker_unavailable', `Обработчик недоступен: ${(error as Error).message}`));
      }
    });
  }

  onEvent(listener: (event: WorkerEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  /** The process is gone: nobody will answer these. */
  rejectAll(code: string, message: string): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const { reject } of waiting) reject(new AppError(code, message));
  }

  private receive(message: WorkerMessage): void {
    if (message?.kind === 'event') {
      for (const listener of this.listeners) listener(message.event);
      return;
    }
    if (message?.kind !== 'reply') return;
    const reply: Reply = message.reply;
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.value);
    else waiting.reject(new AppError(reply.error.code, reply.error.message));
  }
}
