import type { Recommendation } from '../../../shared/domain/recommend.js';
import type { ScoreBreakdown } from '../../../shared/domain/score.js';

/**
 * Recommendations as compact arrays: ~80 bytes each instead of ~400 as objects. Product details
 * (name, photo, SKU) are joined from the catalog when one item is opened.
 */
type Packed = [
  vendorCode: string, score: number, stock: number, base: number, size: number, season: number, color: number,
  material: number, fastener: number, last: number, lastKind: string | null, model: number, penalty: 0 | 1,
  stockPoints: number, capped: 0 | 1,
];

export function packRecommendations(recs: readonly Recommendation[]): string | null {
  if (recs.length === 0) return null;
  const packed: Packed[] = recs.map(({ vendorCode, score, stock, breakdown: b }) => [
    vendorCode, score, stock, b.base, b.size, b.season, b.color, b.material, b.fastener, b.last, b.lastKind, b.model,
    b.penaltyApplied ? 1 : 0, b.stock, b.capped ? 1 : 0,
  ]);
  return JSON.stringify(packed);
}

export interface UnpackedRecommendation {
  vendorCode: string;
  score: number;
  stock: number;
  breakdown: ScoreBreakdown;
}

export function unpackRecommendations(text: string | null): UnpackedRecommendation[] {
  if (!text) return [];
  return (JSON.parse(text) as Packed[]).map(
    ([vendorCode, score, stock, base, size, season, color, material, fastener, last, lastKind, model, penalty, stockPts, capped]) => ({
      vendorCode,
      score,
      stock,
      breakdown: {
        base, size, season, color, material, fastener, last, model, stock: stockPts, score,
        lastKind: lastKind as ScoreBreakdown['lastKind'],
        penaltyApplied: penalty === 1,
        capped: capped === 1,
      },
    }),
  );
}
