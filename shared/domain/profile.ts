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

/** Returns one shared instance per distinct value: tens of thousands of profiles repeat a few hundred strings. */
export type Interner = (value: string | null) => string | null;

export function createInterner(): Interner {
  const pool = new Map<string, string>();
  return (value) => {
    if (value === null) return null;
    const known = pool.get(value);
    if (known !== undefined) return known;
    pool.set(value, value);
    return value;
  };
}

const asIs: Interner = (value) => value;

export function profileOf(product: Product, intern: Interner = asIs): ProductProfile {
  const size = intern(normalizeSize(product.size));
  return {
    vendorCode: product.vendorCode,
    name: product.name,
    typeLabel: intern(product.type),
    brandLabel: intern(product.brand),
    photoUrl: product.photoUrl,
    sku: product.sku,
    stock: product.stock,
    modelKey: intern(normalizeExact(product.modelKey)),
    barcodes: product.barcodes,
    type: intern(normalizeAttribute(product.type)),
    gender: intern(normalizeAttribute(product.gender)),
    brand: intern(normalizeAttribute(product.brand)),
    size,
    sizeNum: sizeNumber(size),
    season: intern(normalizeExact(product.season)),
    color: intern(normalizeAttribute(product.color)),
    material: intern(normalizeAttribute(product.material)),
    fastener: intern(normalizeAttribute(product.fastener)),
    modelName: intern(normalizeAttribute(product.modelName)),
    megaLast: intern(normalizeExact(product.megaLast)),
    bestLast: intern(normalizeExact(product.bestLast)),
    newLast: intern(normalizeExact(product.newLast)),
  };
}

/** Candidates come from the group of products sharing type, gender and brand. */
export function groupKey(profile: Pick<ProductProfile, 'type' | 'gender' | 'brand'>): string {
  return `${profile.type ?? ''}\u0001${profile.gender ?? ''}\u0001${profile.brand ?? ''}`;
}
