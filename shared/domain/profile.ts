import { normalizeAttribute, normalizeExact, normalizeSize, sizeNumber } from './normalize.js';
import type { Product } from './product.js';

/**
 * A product with its comparison keys computed once, so scoring one candidate is a handful of
 * string comparisons. Only the fields scoring and the showcase need are kept (the index holds
 * tens of thousands of these).
 */
export interface ProductProfile {
  vendorCode: string;
  name: string | null;
  typeLabel: string | null;
  brandLabel: string | null;
  photoUrl: string | null;
  sku: string | null;
  stock: number;
  modelKey: string | null;
  barcodes: readonly string[];
  type: string | null;
  gender: string | null;
  brand: string | null;
  size: string | null;
  sizeNum: number | null;
  season: string | null;
  color: string | null;
  material: string | null;
  fastener: string | null;
  modelName: string | null;
  megaLast: string | null;
  bestLast: string | null;
  newLast: string | null;
}

export function profileOf(product: Product): ProductProfile {
  const size = normalizeSize(product.size);
  return {
    vendorCode: product.vendorCode,
    name: product.name,
    typeLabel: product.type,
    brandLabel: product.brand,
    photoUrl: product.photoUrl,
    sku: product.sku,
    stock: product.stock,
    modelKey: normalizeExact(product.modelKey),
    barcodes: product.barcodes,
    type: normalizeAttribute(product.type),
    gender: normalizeAttribute(product.gender),
    brand: normalizeAttribute(product.brand),
    size,
    sizeNum: sizeNumber(size),
    season: normalizeExact(product.season),
    color: normalizeAttribute(product.color),
    material: normalizeAttribute(product.material),
    fastener: normalizeAttribute(product.fastener),
    modelName: normalizeAttribute(product.modelName),
    megaLast: normalizeExact(product.megaLast),
    bestLast: normalizeExact(product.bestLast),
    newLast: normalizeExact(product.newLast),
  };
}

/** Candidates come from the group of products sharing type, gender and brand. */
export function groupKey(profile: Pick<ProductProfile, 'type' | 'gender' | 'brand'>): string {
  return `${profile.type ?? ''}\u0001${profile.gender ?? ''}\u0001${profile.brand ?? ''}`;
}
