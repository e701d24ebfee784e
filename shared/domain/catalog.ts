/** Longer than this is not a vendor code (formats.md §1); catalogs and code lists use the same limit. */
export const MAX_CODE_LENGTH = 200;

export const IMPORT_KINDS = ['template', 'products', 'barcodes', 'attributes'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export interface RowRejection {
  file: string;
  row: number;
  reason: string;
}

export interface ImportSummary {
  kind: ImportKind | 'demo';
  files: string[];
  rowsRead: number;
  added: number;
  updated: number;
  rejected: number;
  /** The first rejections, each with file and row (the full count is `rejected`). */
  rejections: RowRejection[];
  /** Notes that are not errors, e.g. products set to stock 0 by a new report. */
  notes: string[];
  ms: number;
  finishedAt: string;
}

export interface CatalogSummary {
  products: number;
  inStock: number;
  withSku: number;
  withBarcode: number;
  withLastData: number;
  withRichContent: number;
  brands: Record<string, number>;
  types: Record<string, number>;
  /** Per brand: products and how many have rich content — the coverage chart. */
  coverage: { brand: string; products: number; withRichContent: number }[];
  lastImports: Partial<Record<ImportKind | 'demo', string>>;
}
