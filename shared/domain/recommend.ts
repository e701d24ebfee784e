import type { CandidateIndex } from './candidateIndex.js';
import { isCandidate, missingMandatoryFields } from './candidates.js';
import { roundTo } from './normalize.js';
import type { ProductProfile } from './profile.js';
import { scoreCandidate, type ScoreBreakdown } from './score.js';
import type { ProcessorConfig } from './settings.js';
import { buildShowcase, serializeRichContent } from './showcase.js';
import type { Status } from './status.js';
import { checkRichContentDocument } from './validateRichContent.js';

export interface Recommendation {
  vendorCode: string;
  sku: string | null;
  name: string | null;
  photoUrl: string | null;
  stock: number;
  /** Rounded to 2 decimals for storage and display. */
  score: number;
  breakdown: ScoreBreakdown;
}

export interface ProductResult {
  vendorCode: string;
  status: Status;
  message: string | null;
  recommendations: Recommendation[];
  richContent: string | null;
  warnings: string[];
}

interface Scored {
  profile: ProductProfile;
  breakdown: ScoreBreakdown;
}

/** Score descending, then stock descending, then vendor code ascending: identical input, identical order. */
export function compareScored(a: Scored, b: Scored): number {
  if (a.breakdown.score !== b.breakdown.score) return b.breakdown.score - a.breakdown.score;
  if (a.profile.stock !== b.profile.stock) return b.profile.stock - a.profile.stock;
  if (a.profile.vendorCode === b.profile.vendorCode) return 0;
  return a.profile.vendorCode < b.profile.vendorCode ? -1 : 1;
}

/** At most `maxPerModel` of the best per card (0 = unlimited); products without a card are each their own. */
function limitPerModel(sorted: Scored[], maxPerModel: number): Scored[] {
  if (maxPerModel <= 0) return sorted;
  const taken = new Map<string, number>();
  return sorted.filter(({ profile }) => {
    const key = profile.modelKey ?? `\u0000${profile.vendorCode}`;
    const count = taken.get(key) ?? 0;
    if (count >= maxPerModel) return false;
    taken.set(key, count + 1);
    return true;
  });
}

export function rankCandidates(source: ProductProfile, index: CandidateIndex, config: ProcessorConfig): Scored[] {
  const { weights, options } = config;
  const scored: Scored[] = [];
  for (const candidate of index.lookup(source, options.sizePolicy)) {
    if (!isCandidate(source, candidate, options)) continue;
    const breakdown = scoreCandidate(source, candidate, weights, options.sizePolicy);
    if (breakdown.score >= weights.minScore) scored.push({ profile: candidate, breakdown });
  }
  scored.sort(compareScored);
  return limitPerModel(scored, options.maxPerModel).slice(0, weights.maxRecommendations);
}

function toRecommendation({ profile, breakdown }: Scored): Recommendation {
  return {
    vendorCode: profile.vendorCode,
    sku: profile.sku,
    name: profile.name,
    photoUrl: profile.photoUrl,
    stock: profile.stock,
    score: roundTo(breakdown.score, 2),
    breakdown: { ...breakdown, score: roundTo(breakdown.score, 2) },
  };
}

function result(vendorCode: string, status: Status, message: string | null, recs: Recommendation[] = []): ProductResult {
  return { vendorCode, status, message, recommendations: recs, richContent: null, warnings: [] };
}

function withRichContent(source: ProductProfile, recs: Recommendation[], config: ProcessorConfig): ProductResult {
  const items = recs.map((rec) => ({
    sku: rec.sku ?? '',
    name: rec.name,
    photoUrl: rec.photoUrl,
    typeLabel: source.typeLabel,
    brandLabel: source.brandLabel,
  }));
  const doc = buildShowcase(items, { gender: source.gender }, config.template);
  const json = serializeRichContent(doc);
  const check = checkRichContentDocument(doc, json.length);
  if (!check.ok) {
    return result(source.vendorCode, 'error', `JSON не прошёл проверку (${check.rule}): ${check.message}`, recs);
  }
  return { ...result(source.vendorCode, 'success', null, recs), richContent: json, warnings: check.warnings };
}

/** The whole computation for one vendor code (recommendations.md §2–§4, §6). */
export function recommendFor(
  vendorCode: string,
  source: ProductProfile | null,
  index: CandidateIndex,
  config: ProcessorConfig,
): ProductResult {
  if (source === null) return result(vendorCode, 'no_data', 'Артикула нет в каталоге');
  const missing = missingMandatoryFields(source, config.options);
  if (missing.length > 0) {
    return result(vendorCode, 'incomplete_data', `В карточке не заполнено: ${missing.join(', ')}`);
  }
  const recs = rankCandidates(source, index, config).map(toRecommendation);
  if (recs.length === 0) return result(vendorCode, 'no_similar', 'Похожих товаров в наличии не нашлось');
  const min = config.weights.minRecommendations;
  if (recs.length < min) {
    return result(vendorCode, 'insufficient', `Найдено ${recs.length} похожих из ${min} нужных`, recs);
  }
  return withRichContent(source, recs, config);
}
