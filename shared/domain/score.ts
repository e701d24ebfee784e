import { roundTo } from './normalize.js';
import type { Weights } from './presets.js';
import type { ProductProfile } from './profile.js';
import type { SizePolicy } from './settings.js';

/** "Why this product": the points of every component (recommendations.md §3). */
export interface ScoreBreakdown {
  base: number;
  size: number;
  season: number;
  color: number;
  material: number;
  fastener: number;
  last: number;
  lastKind: 'mega' | 'best' | 'new' | null;
  model: number;
  penaltyApplied: boolean;
  stock: number;
  capped: boolean;
  score: number;
}

function bothEqual(a: string | null, b: string | null, points: number): number {
  return a !== null && b !== null && a === b ? points : 0;
}

export function sizePoints(source: ProductProfile, candidate: ProductProfile, w: Weights, policy: SizePolicy): number {
  if (policy === 'exact') return w.sizeExact;
  if (source.size === null || candidate.size === null) return w.sizeMismatch;
  if (source.size === candidate.size) return w.sizeExact;
  if (source.sizeNum !== null && candidate.sizeNum !== null && Math.abs(source.sizeNum - candidate.sizeNum) <= 1) {
    return w.sizeClose;
  }
  return w.sizeMismatch;
}

function seasonPoints(source: ProductProfile, candidate: ProductProfile, w: Weights): number {
  if (source.season === null || candidate.season === null) return 0;
  return source.season === candidate.season ? w.seasonMatch : w.seasonMismatch;
}

function lastPoints(source: ProductProfile, candidate: ProductProfile, w: Weights): [number, ScoreBreakdown['lastKind']] {
  if (bothEqual(source.megaLast, candidate.megaLast, 1)) return [w.megaLast, 'mega'];
  if (bothEqual(source.bestLast, candidate.bestLast, 1)) return [w.bestLast, 'best'];
  if (bothEqual(source.newLast, candidate.newLast, 1)) return [w.newLast, 'new'];
  return [0, null];
}

export function stockPoints(stock: number, w: Weights): number {
  if (stock > 5) return w.stockHigh;
  if (stock > 2) return w.stockMedium;
  if (stock > 0) return w.stockLow;
  return 0;
}

export function scoreCandidate(
  source: ProductProfile,
  candidate: ProductProfile,
  w: Weights,
  policy: SizePolicy,
): ScoreBreakdown {
  const size = sizePoints(source, candidate, w, policy);
  const season = seasonPoints(source, candidate, w);
  const color = bothEqual(source.color, candidate.color, w.colorMatch);
  const material = bothEqual(source.material, candidate.material, w.materialMatch);
  const fastener = bothEqual(source.fastener, candidate.fastener, w.fastenerMatch);
  const [last, lastKind] = lastPoints(source, candidate, w);
  const model = bothEqual(source.modelName, candidate.modelName, w.modelMatch);
  const stock = stockPoints(candidate.stock, w);

  let total = w.base + size + season + color + material + fastener + last + model;
  const penaltyApplied = last === 0;
  if (penaltyApplied) total *= w.noLastPenalty;
  total += stock;
  // Compare at 6 decimals so float noise (254.99999999999997) never reorders ties.
  total = roundTo(total, 6);
  const capped = total > w.maxScore;
  if (capped) total = w.maxScore;

  return {
    base: w.base, size, season, color, material, fastener, last, lastKind, model,
    penaltyApplied, stock, capped, score: total,
  };
}
