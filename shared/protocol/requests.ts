import { z } from 'zod';
import { IMPORT_KINDS } from '../domain/catalog.js';
import { EXPORT_PROFILES } from '../domain/exports.js';
import { MODES } from '../domain/modes.js';
import { PRESET_NAMES } from '../domain/presets.js';
import { appSettingsSchema, configOverridesSchema, processorConfigSchema } from '../domain/settings.js';
import { STATUSES } from '../domain/status.js';

const path = z.string().min(1, 'нужен путь к файлу').max(4096);
const runId = z.number().int().positive();

/** Payload schema of every request, by type. The worker and main validate every inbound message with these. */
export const requestSchemas = {
  hello: z.object({}),
  'db.open': z.object({ path }),
  'db.status': z.object({}),
  'db.reset': z.object({ keepCopy: z.boolean() }),
  'catalog.import': z.object({
    kind: z.enum(IMPORT_KINDS),
    files: z.array(path).min(1, 'выберите хотя бы один файл').max(200),
    /** Attribute table: our field → the file's header, when headers differ. */
    mapping: z.record(z.string(), z.string()).optional(),
  }),
  'catalog.demo': z.object({ products: z.number().int().min(10).max(500000).optional() }),
  'catalog.demoFiles': z.object({ dir: path, products: z.number().int().min(10).max(500000).optional() }),
  'catalog.summary': z.object({}),
  'catalog.product': z.object({ vendorCode: z.string().min(1).max(200) }),
  'run.check': z.object({ file: path, sheet: z.string().max(200).optional() }),
  'run.start': z.object({
    runId,
    preset: z.enum(PRESET_NAMES).optional(),
    config: processorConfigSchema.optional(),
    overrides: configOverridesSchema.optional(),
    mode: z.enum(MODES).optional(),
    chunkSize: z.number().int().min(1).max(5000).optional(),
  }),
  'run.pause': z.object({ runId }),
  'run.resume': z.object({ runId }),
  'run.cancel': z.object({ runId }),
  'run.delete': z.object({ runId }),
  'run.list': z.object({}),
  'run.get': z.object({ runId }),
  'results.page': z.object({
    runId,
    status: z.enum(STATUSES).optional(),
    search: z.string().max(200).optional(),
    after: z.number().int().min(-1).optional(),
    /** With a score order: the top score of the last row seen (keyset pagination). */
    afterScore: z.number().nullable().optional(),
    order: z.enum(['position', 'score_desc', 'score_asc']).default('position'),
    limit: z.number().int().min(1).max(200).default(100),
    detail: z.boolean().default(false),
  }),
  'results.item': z.object({ runId, position: z.number().int().min(0) }),
  'product.preview': z.object({ vendorCode: z.string().trim().min(1, 'введите артикул').max(200), config: processorConfigSchema }),
  'export.start': z.object({
    path,
    runId: runId.nullable(),
    profile: z.enum(EXPORT_PROFILES).default('standard'),
    exportId: z.string().min(1).max(64),
  }),
  'export.cancel': z.object({ exportId: z.string().min(1).max(64) }),
  'settings.get': z.object({}),
  'settings.set': z.object({ settings: appSettingsSchema }),
  /** Test hook: the worker throws while handling it, to prove errors stay data. */
  'debug.fail': z.object({ message: z.string().max(200) }),
} as const;

export type RequestType = keyof typeof requestSchemas;
export type RequestPayload<T extends RequestType> = z.input<(typeof requestSchemas)[T]>;
export type ParsedPayload<T extends RequestType> = z.output<(typeof requestSchemas)[T]>;

export const REQUEST_TYPES = Object.keys(requestSchemas) as RequestType[];
