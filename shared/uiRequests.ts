import { z } from 'zod';
import { EXPORT_PROFILES } from './domain/exports.js';
import { requestSchemas } from './protocol/requests.js';

/** Requests the UI may send that main forwards to the worker as they are. */
export const FORWARDED = [
  'db.status', 'db.reset', 'catalog.import', 'catalog.demo', 'catalog.summary', 'catalog.product', 'run.check', 'run.start',
  'run.pause', 'run.resume', 'run.cancel', 'run.delete', 'run.list', 'run.get', 'results.page', 'results.item',
  'product.preview', 'export.cancel', 'settings.get', 'settings.set',
] as const;
export type ForwardedType = (typeof FORWARDED)[number];

export const FILE_PURPOSES = ['codes', 'template', 'products', 'barcodes', 'attributes'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

/** Requests main answers itself (dialogs, shell, app state). */
export const mainRequestSchemas = {
  'app.status': z.object({}),
  'dialog.openFiles': z.object({ purpose: z.enum(FILE_PURPOSES), multiple: z.boolean().default(false) }),
  'export.save': z.object({ runId: z.number().int().positive().nullable(), profile: z.enum(EXPORT_PROFILES).default('standard'), exportId: z.string().min(1).max(64) }),
  'shell.showInFolder': z.object({ path: z.string().min(1).max(4096) }),
  'shell.openExternal': z.object({ url: z.string().min(1).max(2048) }),
  'app.restartWorker': z.object({}),
} as const;
export type MainRequestType = keyof typeof mainRequestSchemas;
export type UiRequestType = ForwardedType | MainRequestType;

export function uiRequestSchema(type: string): z.ZodType | null {
  if ((FORWARDED as readonly string[]).includes(type)) return requestSchemas[type as ForwardedType];
  if (Object.hasOwn(mainRequestSchemas, type)) return mainRequestSchemas[type as MainRequestType];
  return null;
}

