import { describe, expect, it } from 'vitest';
import { CandidateIndex } from '../../shared/domain/candidateIndex.js';
import type { Product } from '../../shared/domain/product.js';
import { profileOf } from '../../shared/domain/profile.js';
import { recommendFor } from '../../shared/domain/recommend.js';
import { applyOverrides, defaultConfig, type ConfigOverrides } from '../../shared/domain/settings.js';
import { seededRandom } from '../../electron/worker/catalog/demoCatalog.js';
import { product } from '../helpers/products.js';

const plain: ConfigOverrides = { excludeSameCard: false, requireSku: false, maxPerModel: 0, minRecommendations: 1 };

function run(source: Product, catalog: Product[], overrides: ConfigOverrides = plain) {
  const config = applyOverrides(defaultConfig(), overrides);
  return recommendFor(source.vendorCode, profileOf(source), CandidateIndex.build([source, ...catalog]), config);
}

const codes = (r: ReturnType<typeof run>) => r.recommendations.map((x) => x.vendorCode);

describe('statuses (recommendations.md §4)', () => {
  it('no_data when the code is not in the catalog', () => {
    const r = recommendFor('NOPE', null, CandidateIndex.build([]), defaultConfig());
    expect(r.status).toBe('no_data');
    expect(r.richContent).toBeNull();
  });

  it('incomplete_data names the missing fields', () => {
    const r = run(product({ brand: null, size: ' ' }), [product()]);
    expect(r.status).toBe('incomplete_data');
    expect(r.message).toContain('бренд');
    expect(r.message).toContain('размер');
  });

  it('size is not mandatory under policy any', () => {
    const r = run(product({ size: null }), [product()], { ...plain, sizePolicy: 'any' });
    expect(r.status).toBe('success');
  });

  it('no_similar when nothing passes', () => {
    const r = run(product(), [product({ brand: 'Другой' })]);
    expect(r.status).toBe('no_similar');
    expect(r.recommendations).toHaveLength(0);
  });

  it('insufficient keeps recommendations but builds no JSON', () => {
    const r = run(product(), [product(), product()], { ...plain, minRecommendations: 3 });
    expect(r.status).toBe('insufficient');
    expect(r.recommendations).toHaveLength(2);
    expect(r.richContent).toBeNull();
  });

  it('success builds valid JSON with at most maxRecommendations tiles', () => {
    const catalog = Array.from({ length: 12 }, () => product());
    const r = run(product(), catalog, { ...plain, minRecommendations: 8 });
    expect(r.status).toBe('success');
    expect(r.recommendations).toHaveLength(8);
    const doc = JSON.parse(r.richContent!);
    expect(doc.version).toBe(0.3);
    expect(doc.content.at(-1).blocks).toHaveLength(8);
  });

  it('minScore drops weak candidates', () => {
    const r = run(product(), [product({ season: 'Зима' })], { ...plain, minScore: 300 });
    expect(r.status).toBe('no_similar');
  });
});

describe('candidate rules and options (recommendations.md §2)', () => {
  it('never the source itself, nor a product sharing a barcode', () => {
    const source = product({ barcodes: ['111'] });
    const twin = product({ barcodes: ['222', '111'] });
    const other = product();
    expect(codes(run(source, [twin, other]))).toEqual([other.vendorCode]);
  });

  it('out of stock products are not candidates', () => {
    const r = run(product(), [product({ stock: 0 }), product({ stock: 1 })]);
    expect(r.recommendations.map((x) => x.stock)).toEqual([1]);
  });

  it('size policy exact / near / any', () => {
    const source = product({ size: '30' });
    const same = product({ size: '30,0' });
    const near = product({ size: '31' });
    const far = product({ size: '34' });
    const text = product({ size: 'XL' });
    const catalog = [same, near, far, text];
    expect(codes(run(source, catalog, { ...plain, sizePolicy: 'exact' }))).toEqual([same.vendorCode]);
    expect(new Set(codes(run(source, catalog, { ...plain, sizePolicy: 'near' })))).toEqual(new Set([same.vendorCode, near.vendorCode]));
    expect(codes(run(source, catalog, { ...plain, sizePolicy: 'any', minScore: -1000 }))).toHaveLength(4);
  });

  it('"36,5" in the catalog matches a "36.5" source (both sides normalised)', () => {
    const r = run(product({ size: '36.5' }), [product({ size: '36,5' })]);
    expect(r.recommendations).toHaveLength(1);
  });

  it('excludeSameCard drops products of the source card', () => {
    const source = product({ modelKey: 'CARD' });
    const sibling = product({ modelKey: 'CARD' });
    const other = product();
    expect(codes(run(source, [sibling, other], { ...plain, excludeSameCard: true }))).toEqual([other.vendorCode]);
    expect(codes(run(source, [sibling, other], { ...plain, excludeSameCard: false }))).toHaveLength(2);
  });

  it('requireSku drops products without SKU', () => {
    const noSku = product({ sku: null });
    expect(run(product(), [noSku], { ...plain, requireSku: true }).status).toBe('no_similar');
    expect(run(product(), [noSku], { ...plain, requireSku: false }).status).toBe('success');
  });

  it('maxPerModel keeps the best of each card', () => {
    const best = product({ modelKey: 'X', stock: 10, material: 'Текстиль' });
    const worse = product({ modelKey: 'X', stock: 10, material: 'Кожа' });
    const lone = product({ modelKey: 'Y' });
    expect(codes(run(product(), [best, worse, lone], { ...plain, maxPerModel: 1 })).sort()).toEqual([best.vendorCode, lone.vendorCode].sort());
    expect(codes(run(product(), [best, worse, lone], { ...plain, maxPerModel: 0 }))).toHaveLength(3);
  });

  it('ties order by stock descending, then vendor code ascending', () => {
    const a = product({ vendorCode: 'B', stock: 10 });
    const b = product({ vendorCode: 'A', stock: 10 });
    const c = product({ vendorCode: 'C', stock: 20 });
    expect(codes(run(product(), [a, b, c]))).toEqual(['C', 'A', 'B']);
  });
});

describe('property: never the source, never out of stock, never another group', () => {
  it('holds on a random catalog', () => {
    const random = seededRandom(7);
    const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)];
    const catalog = Array.from({ length: 400 }, (_, i) =>
      product({
        vendorCode: `R${i}`,
        type: pick(['Сабо', 'сабо', 'Ботинки']),
        gender: pick(['Девочки', 'Мальчики', 'Мальчики;Девочки']),
        brand: pick(['Котофей', 'КОТОФЕЙ', 'Зебра']),
        size: pick(['30', '30,0', '31', '36,5']),
        stock: pick([0, 0, 1, 3, 8]),
        modelKey: pick(['A', 'B', 'C', null]),
        barcodes: [pick(['1', '2', '3', '4', '5', '6'])],
      }),
    );
    const index = CandidateIndex.build(catalog);
    const config = applyOverrides(defaultConfig(), { ...plain, sizePolicy: 'near', maxRecommendations: 50 });
    for (const source of catalog) {
      const s = profileOf(source);
      for (const rec of recommendFor(source.vendorCode, s, index, config).recommendations) {
        const c = profileOf(catalog.find((p) => p.vendorCode === rec.vendorCode)!);
        expect(c.vendorCode).not.toBe(s.vendorCode);
        expect(c.stock).toBeGreaterThan(0);
        expect([c.type, c.gender, c.brand]).toEqual([s.type, s.gender, s.brand]);
        expect(c.barcodes.some((b) => s.barcodes.includes(b))).toBe(false);
      }
    }
  });
});
