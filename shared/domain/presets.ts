/** Weights of the score (recommendations.md §3 and §5). */
export interface Weights {
  base: number;
  maxScore: number;
  sizeExact: number;
  sizeClose: number;
  sizeMismatch: number;
  seasonMatch: number;
  seasonMismatch: number;
  colorMatch: number;
  materialMatch: number;
  fastenerMatch: number;
  megaLast: number;
  bestLast: number;
  newLast: number;
  noLastPenalty: number;
  modelMatch: number;
  stockHigh: number;
  stockMedium: number;
  stockLow: number;
  minScore: number;
  minRecommendations: number;
  maxRecommendations: number;
}

export const PRESET_NAMES = [
  'balanced',
  'size_focused',
  'seasonal',
  'material_focused',
  'conservative',
  'optimized',
  'lenient',
] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

type Row = [
  base: number, max: number,
  sizeExact: number, sizeClose: number, sizeMismatch: number,
  seasonMatch: number, seasonMismatch: number,
  color: number, material: number, fastener: number,
  mega: number, best: number, newLast: number,
  penalty: number, model: number,
  stockHigh: number, stockMedium: number, stockLow: number,
  minScore: number, minRecs: number, maxRecs: number,
];

// The table of recommendations.md §5, column for column.
const TABLE: Record<PresetName, Row> = {
  balanced: [100, 500, 100, 40, -50, 80, -40, 40, 40, 30, 90, 70, 50, 0.7, 40, 40, 20, 10, 50, 8, 8],
  size_focused: [100, 500, 150, 60, -50, 60, -40, 20, 40, 30, 90, 70, 50, 0.7, 40, 40, 20, 10, 50, 8, 8],
  seasonal: [100, 500, 80, 40, -50, 120, -60, 60, 40, 30, 90, 70, 50, 0.7, 40, 40, 20, 10, 50, 8, 8],
  material_focused: [100, 500, 100, 40, -50, 80, -40, 40, 80, 60, 120, 90, 70, 0.7, 40, 40, 20, 10, 50, 8, 8],
  conservative: [100, 500, 100, 40, -50, 60, -40, 20, 40, 30, 90, 70, 50, 0.7, 40, 40, 20, 10, 100, 3, 5],
  optimized: [120, 900, 120, 60, -50, 100, -30, 80, 100, 40, 120, 90, 60, 0.85, 100, 50, 30, 15, 35, 8, 8],
  lenient: [130, 700, 100, 70, -20, 80, -10, 70, 70, 50, 130, 100, 70, 0.9, 90, 60, 35, 20, 25, 8, 8],
};

export function presetWeights(name: PresetName): Weights {
  const [
    base, maxScore, sizeExact, sizeClose, sizeMismatch, seasonMatch, seasonMismatch,
    colorMatch, materialMatch, fastenerMatch, megaLast, bestLast, newLast, noLastPenalty, modelMatch,
    stockHigh, stockMedium, stockLow, minScore, minRecommendations, maxRecommendations,
  ] = TABLE[name];
  return {
    base, maxScore, sizeExact, sizeClose, sizeMismatch, seasonMatch, seasonMismatch,
    colorMatch, materialMatch, fastenerMatch, megaLast, bestLast, newLast, noLastPenalty, modelMatch,
    stockHigh, stockMedium, stockLow, minScore, minRecommendations, maxRecommendations,
  };
}
