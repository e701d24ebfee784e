import type { ProcessingMode } from './modes.js';
import type { ScoreBreakdown } from './score.js';
import type { ProcessorConfig } from './settings.js';
import type { Status, StatusCounts } from './status.js';

export const RUN_STATES = ['checked', 'running', 'paused', 'cancelled', 'interrupted', 'done', 'failed'] as const;
export type RunState = (typeof RUN_STATES)[number];

export interface InvalidLine {
  line: number;
  reason: string;
}

export interface FileCheck {
  runId: number;
  fileName: string;
  codes: number;
  duplicates: number;
  blank: number;
  invalid: number;
  /** The first invalid lines with their numbers (the count is `invalid`). */
  invalidLines: InvalidLine[];
  unknown: number;
  suggestedMode: ProcessingMode;
}

export interface RunInfo {
  id: number;
  fileName: string;
  state: RunState;
  mode: ProcessingMode;
  total: number;
  processed: number;
  counts: StatusCounts;
  chunkSize: number;
  preset: string;
  config: ProcessorConfig | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  elapsedMs: number;
  duplicates: number;
  invalid: number;
  unknown: number;
  message: string | null;
}

/** What travels for one processed code: never the JSON, never the recommendations. */
export interface ItemSummary {
  position: number;
  vendorCode: string;
  status: Status;
  recommendations: number;
  topScore: number | null;
  ms: number;
  message: string | null;
}

export interface ResultRow extends ItemSummary {
  hasRichContent: boolean;
  /** Only when asked (`detail`): each recommendation's code and score, for the CLI's `results`. */
  picks?: { vendorCode: string; score: number }[];
}

export interface ResultsPage {
  rows: ResultRow[];
  /** Pass back as `after` (and `afterScore`) for the next page; null at the end. */
  next: number | null;
  nextScore: number | null;
  total: number;
}

export interface StoredRecommendation {
  vendorCode: string;
  sku: string | null;
  name: string | null;
  photoUrl: string | null;
  stock: number;
  score: number;
  breakdown: ScoreBreakdown;
}

export interface ResultDetail extends Omit<ResultRow, 'recommendations'> {
  runId: number;
  recommendations: StoredRecommendation[];
  richContent: string | null;
}

export interface RunProgress {
  runId: number;
  processed: number;
  total: number;
  counts: StatusCounts;
  ratePerSec: number;
  etaSec: number | null;
  elapsedMs: number;
}
