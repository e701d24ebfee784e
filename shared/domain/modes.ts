export const MODES = ['standard', 'optimized', 'lightweight', 'save_only'] as const;
export type ProcessingMode = (typeof MODES)[number];

/** The seed's table of batch sizes (product.md "Processing modes"). */
export function suggestMode(codeCount: number): ProcessingMode {
  if (codeCount < 100) return 'standard';
  if (codeCount <= 1000) return 'optimized';
  if (codeCount <= 5000) return 'lightweight';
  return 'save_only';
}

/** Modes in which the worker sends a summary per item. */
export function sendsItemSummaries(mode: ProcessingMode): boolean {
  return mode === 'standard' || mode === 'optimized';
}

/** Modes in which the worker sends the last errors. */
export function sendsErrors(mode: ProcessingMode): boolean {
  return mode !== 'save_only';
}
