import type { ProductProfile } from './profile.js';
import type { CandidateOptions } from './settings.js';

function sizeAllowed(source: ProductProfile, candidate: ProductProfile, options: CandidateOptions): boolean {
  switch (options.sizePolicy) {
    case 'any':
      return true;
    case 'exact':
      return source.size !== null && source.size === candidate.size;
    case 'near':
      if (source.size === null || candidate.size === null) return false;
      if (source.size === candidate.size) return true;
      return source.sizeNum !== null && candidate.sizeNum !== null && Math.abs(source.sizeNum - candidate.sizeNum) <= 1;
  }
}

function sharesBarcode(source: ProductProfile, candidate: ProductProfile): boolean {
  if (source.barcodes.length === 0) return false;
  return candidate.barcodes.some((code) => source.barcodes.includes(code));
}

/** The candidate rules of recommendations.md §2 (group membership is the index's job, checked again here). */
export function isCandidate(source: ProductProfile, candidate: ProductProfile, options: CandidateOptions): boolean {
  if (candidate.vendorCode === source.vendorCode) return false;
  if (!(candidate.stock > 0)) return false;
  if (candidate.type !== source.type || candidate.gender !== source.gender || candidate.brand !== source.brand) {
    return false;
  }
  if (!sizeAllowed(source, candidate, options)) return false;
  if (options.excludeSameCard && source.modelKey !== null && source.modelKey === candidate.modelKey) return false;
  if (options.requireSku && (candidate.sku === null || candidate.sku === '')) return false;
  return !sharesBarcode(source, candidate);
}

/** Fields whose absence makes a source `incomplete_data`. */
export function missingMandatoryFields(source: ProductProfile, options: CandidateOptions): string[] {
  const missing: string[] = [];
  if (source.type === null) missing.push('тип');
  if (source.gender === null) missing.push('пол');
  if (source.brand === null) missing.push('бренд');
  if (options.sizePolicy !== 'any' && source.size === null) missing.push('размер');
  return missing;
}
