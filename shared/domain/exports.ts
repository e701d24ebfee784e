export const EXPORT_PROFILES = ['standard', 'excel', 'ozon'] as const;
export type ExportProfile = (typeof EXPORT_PROFILES)[number];

export interface ExportSummary {
  exportId: string;
  path: string;
  rows: number;
  bytes: number;
  /** Rows whose JSON is over 32,000 characters (the Ozon XLSX route would cut them). */
  longRows: number;
  ms: number;
}

/** rich_content_<run or all>_<YYYYMMDD-HHmm>.csv (formats.md §6). */
export function defaultExportName(runId: number | null, now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  return `rich_content_${runId === null ? 'all' : `run${runId}`}_${stamp}.csv`;
}

/** The file an export writes before it is renamed to `target`; known to main too, so it can clean up after a crash. */
export function exportTempPath(target: string, exportId: string): string {
  return `${target}.${exportId}.part`;
}
