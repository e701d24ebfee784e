import { RateGate } from '../../shared/rateGate.js';
import type { MemorySample, UiEvent } from '../../shared/api.js';
import type { ItemSummary } from '../../shared/domain/runs.js';
import type { WorkerEvent } from '../../shared/protocol/messages.js';

export interface ProcessMetrics {
  main: number | null;
  renderer: number | null;
  gpu: number | null;
}

export interface ForwarderOptions {
  send: (event: UiEvent) => void;
  /** `app.getAppMetrics()` in Electron, reduced to resident bytes per process type. */
  metrics: () => ProcessMetrics;
  thresholdBytes: () => number;
  now?: () => number;
}

/** Item summaries the renderer may be sent per progress message (it keeps its own bounded list). */
export const ITEMS_PER_UI_MESSAGE = 100;

/**
 * Worker events → renderer events, within the budget: progress at most 5 a second with the item
 * summaries that came since, memory once a second merged with main/renderer/GPU readings and the
 * warning threshold applied. Run state changes always pass (they are rare).
 */
export class UiEventForwarder {
  private readonly progressGate = new RateGate(200);
  private readonly importGate = new RateGate(200);
  private readonly exportGate = new RateGate(200);
  private readonly memoryGate = new RateGate(950);
  private items: ItemSummary[] = [];
  private dropped = 0;
  private pendingProgress: Extract<WorkerEvent, { type: 'run.progress' }> | null = null;
  private lastProgress: Extract<WorkerEvent, { type: 'run.progress' }> | null = null;
  private readonly now: () => number;

  constructor(private readonly options: ForwarderOptions) {
    this.now = options.now ?? Date.now;
  }

  accept(event: WorkerEvent): void {
    switch (event.type) {
      case 'run.progress':
        this.pendingProgress = event;
        this.lastProgress = event;
        if (this.progressGate.ready(this.now())) this.flushProgress();
        return;
      case 'run.items':
        this.items.push(...event.items);
        this.dropped += event.dropped;
        if (this.items.length > ITEMS_PER_UI_MESSAGE) {
          this.dropped += this.items.length - ITEMS_PER_UI_MESSAGE;
          this.items = this.items.slice(-ITEMS_PER_UI_MESSAGE);
        }
        return;
      case 'run.state':
        // The final counts must not wait for the gate.
        this.flushProgress();
        this.options.send({ type: 'run.state', run: event.run });
        return;
      case 'import.progress':
        if (this.importGate.ready(this.now()) || event.progress.phase === 'done') this.options.send(event);
        return;
      case 'export.progress':
        if (this.exportGate.ready(this.now()) || event.progress.rows === event.progress.total) this.options.send(event);
        return;
      case 'memory':
        if (this.memoryGate.ready(this.now())) this.sendMemory(event.reading.rss, event.at);
        return;
      case 'log':
        return;
    }
  }

  private flushProgress(): void {
    const progress = this.pendingProgress ?? (this.items.length > 0 ? this.lastProgress : null);
    if (!progress) return;
    this.options.send({ type: 'run.progress', progress: progress.progress, items: this.items, dropped: this.dropped });
    this.pendingProgress = null;
    this.items = [];
    this.dropped = 0;
  }

  private sendMemory(workerRss: number, at: number): void {
    const sample: MemorySample = { at, worker: workerRss, ...this.options.metrics() };
    const threshold = this.options.thresholdBytes();
    const over = (['worker', 'main', 'renderer', 'gpu'] as const).filter((k) => (sample[k] ?? 0) > threshold);
    this.options.send({ type: 'memory', sample, thresholdBytes: threshold, over });
  }
}
