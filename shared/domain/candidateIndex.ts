import type { Product } from './product.js';
import { createInterner, groupKey, profileOf, type ProductProfile } from './profile.js';
import type { SizePolicy } from './settings.js';

const EMPTY: readonly ProductProfile[] = [];

/**
 * In-stock products grouped by (type, gender, brand), built once per run, so one vendor code
 * costs work proportional to its group rather than to the catalog. Within a group, products are
 * also grouped by normalised size for the `exact` policy.
 */
export class CandidateIndex {
  private readonly groups = new Map<string, ProductProfile[]>();
  private readonly bySize = new Map<string, Map<string, ProductProfile[]>>();
  private count = 0;
  private readonly intern = createInterner();

  static build(products: Iterable<Product>): CandidateIndex {
    const index = new CandidateIndex();
    for (const product of products) index.add(product);
    return index;
  }

  add(product: Product): void {
    if (!(product.stock > 0)) return;
    const profile = profileOf(product, this.intern);
    if (profile.type === null || profile.gender === null || profile.brand === null) return;
    const key = groupKey(profile);
    let group = this.groups.get(key);
    if (!group) {
      group = [];
      this.groups.set(key, group);
      this.bySize.set(key, new Map());
    }
    group.push(profile);
    if (profile.size !== null) {
      const sizes = this.bySize.get(key)!;
      const sameSize = sizes.get(profile.size);
      if (sameSize) sameSize.push(profile);
      else sizes.set(profile.size, [profile]);
    }
    this.count += 1;
  }

  get size(): number {
    return this.count;
  }

  get groupCount(): number {
    return this.groups.size;
  }

  /** Products that may pass the candidate rules; `isCandidate` makes the final decision. */
  lookup(source: ProductProfile, policy: SizePolicy): readonly ProductProfile[] {
    const key = groupKey(source);
    if (policy === 'exact') {
      if (source.size === null) return EMPTY;
      return this.bySize.get(key)?.get(source.size) ?? EMPTY;
    }
    return this.groups.get(key) ?? EMPTY;
  }
}
