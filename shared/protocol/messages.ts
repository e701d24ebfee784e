import { z } from 'zod';
import type { CatalogSummary, ImportSummary, ImportKind } from '../domain/catalog.js';
import type { ExportSummary } from '../domain/exports.js';
import type { Product } from '../domain/product.js';
import type { ProductResult } from '../domain/recommend.js';
import type { FileCheck, ItemSummary, ResultDetail, ResultsPage, RunInfo, RunProgress } from '../domain/runs.js';
import type { AppSettings } from '../domain/settings.js';
import { requestSchemas, type ParsedPayload, type RequestType } from './requests.js';

export const PROTOCOL_VERSION = 1;

export interface DbStatus {
  path: string | null;
  open: boolean;
  schemaVersion: number;
  products: number;
  /** Set when the file could not be opened: the UI offers to keep a copy and start fresh. */
  problem: { code: string; message: string } | null;
}

export interface PreviewResult {
  source: Product | null;
  result: ProductResult;
}

/** What each request answers with. */
export interface ResponseValues {
  hello: { protocol: number; app: string; pid: number; schemaVersion: number };
  'db.open': DbStatus;
  'db.status': DbStatus;
  'db.reset': DbStatus;
  'catalog.import': ImportSummary;
  'catalog.demo': ImportSummary;
  'catalog.demoFiles': { template: string; productsReport: string; attributes: string; codes: string };
  'catalog.summary': CatalogSummary;
  'catalog.product': Product | null;
  'run.check': FileCheck;
  'run.start': RunInfo;
  'run.pause': RunInfo;
  'run.resume': RunInfo;
  'run.cancel': RunInfo;
  'run.delete': { deleted: boolean };
  'run.list': RunInfo[];
  'run.get': RunInfo;
  'results.page': ResultsPage;
  'results.item': ResultDetail;
  'product.preview': PreviewResult;
  'export.start': ExportSummary;
  'export.cancel': { cancelled: boolean };
  'settings.get': AppSettings;
  'settings.set': AppSettings;
  'debug.fail': never;
}

export interface ErrorData {
  /** Stable code: bad_request, not_found, bad_input, db_damaged, db_newer, busy, cancelled, internal, worker_exited … */
  code: string;
  message: string;
}

export type Reply<T = unknown> = { id: number; ok: true; value: T } | { id: number; ok: false; error: ErrorData };

export interface MemoryReading {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

export interface ImportProgress {
  kind: ImportKind | 'demo';
  file: string;
  rows: number;
  phase: 'reading' | 'saving' | 'done';
}

export interface ExportProgress {
  exportId: string;
  rows: number;
  bytes: number;
  total: number;
}

/** Events carry no id: they are not answers. */
export type WorkerEvent =
  | { type: 'run.progress'; progress: RunProgress }
  | { type: 'run.items'; runId: number; items: ItemSummary[]; dropped: number }
  | { type: 'run.state'; run: RunInfo }
  | { type: 'import.progress'; progress: ImportProgress }
  | { type: 'export.progress'; progress: ExportProgress }
  | { type: 'memory'; reading: MemoryReading; at: number }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; message: string };

export type WorkerMessage = { kind: 'reply'; reply: Reply } | { kind: 'event'; event: WorkerEvent };

const requestEnvelope = z.object({
  id: z.number().int().nonnegative(),
  type: z.string(),
  payload: z.unknown(),
});

export type ParsedRequest = { [K in RequestType]: { id: number; type: K; payload: ParsedPayload<K> } }[RequestType];

/** Validate one inbound request; errors come back as data ready to send as a reply. */
export function parseRequest(raw: unknown): { ok: true; request: ParsedRequest } | { ok: false; id: number; error: ErrorData } {
  const envelope = requestEnvelope.safeParse(raw);
  if (!envelope.success) {
    const id = typeof (raw as { id?: unknown })?.id === 'number' ? (raw as { id: number }).id : -1;
    return { ok: false, id, error: { code: 'bad_request', message: 'Сообщение не похоже на запрос: нет id или type' } };
  }
  const { id, type, payload } = envelope.data;
  if (!Object.hasOwn(requestSchemas, type)) {
    return { ok: false, id, error: { code: 'bad_request', message: `Неизвестный запрос «${type}»` } };
  }
  const parsed = requestSchemas[type as RequestType].safeParse(payload ?? {});
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'payload'}: ${i.message}`).join('; ');
    return { ok: false, id, error: { code: 'bad_request', message: `Неверные данные запроса «${type}»: ${detail}` } };
  }
  return { ok: true, request: { id, type, payload: parsed.data } as ParsedRequest };
}

export function errorReply(id: number, code: string, message: string): Reply {
  return { id, ok: false, error: { code, message } };
}
