import { describe, expect, it } from 'vitest';
import { presetWeights } from '../../shared/domain/presets.js';
import { profileOf } from '../../shared/domain/profile.js';
import { scoreCandidate } from '../../shared/domain/score.js';
import { product } from '../helpers/products.js';

const w = presetWeights('balanced');
const score = (a: Parameters<typeof product>[0], b: Parameters<typeof product>[0], policy: 'exact' | 'near' | 'any' = 'exact') =>
  scoreCandidate(profileOf(product(a)), profileOf(product(b)), w, policy);

describe('scoreCandidate — reference values of recommendations.md §5 (balanced, exact)', () => {
  it('identical attributes incl. material and new last, stock 10 → 480', () => {
    const same = { material: 'Кожа', newLast: 'N1' };
    const b = score(same, { ...same, stock: 10 });
    expect(b.score).toBe(480);
    expect(b.lastKind).toBe('new');
    expect(b.penaltyApplied).toBe(false);
  });

  it('every field and the same mega last, stock 100 → capped to 500', () => {
    const all = { material: 'Кожа', megaLast: 'M1', bestLast: 'B1', newLast: 'N1', modelName: 'Лиза' };
    const b = score(all, { ...all, stock: 100 });
    expect(b.score).toBe(500);
    expect(b.capped).toBe(true);
    expect(b.last).toBe(90);
  });

  it('no last data: (100+100+80+40) × 0.7 + 40 = 264', () => {
    const b = score({ material: null, fastener: null }, { material: null, fastener: null, stock: 10 });
    expect(b.score).toBe(264);
    expect(b.penaltyApplied).toBe(true);
  });

  it('season differs, fastener and material match, no last, stock 3 → 209', () => {
    const b = score({ season: 'Лето', material: 'Кожа' }, { season: 'Зима', material: 'Кожа', stock: 3 });
    expect(b.season).toBe(-40);
    expect(b.score).toBe(209);
  });

  it.each([
    [1, 10],
    [2, 10],
    [3, 20],
    [5, 20],
    [6, 40],
  ])('stock %i → +%i', (stock, points) => {
    expect(score({}, { stock }).stock).toBe(points);
  });

  it('case differences still match; season compares exactly', () => {
    expect(score({ color: 'БЕЛЫЙ' }, { color: 'белый' }).color).toBe(40);
    expect(score({ season: 'лето' }, { season: 'Лето' }).season).toBe(-40);
  });

  it('only one last counts: mega before best before new', () => {
    const b = score({ megaLast: 'M1', bestLast: 'B1' }, { megaLast: 'M2', bestLast: 'B1', newLast: 'N1' });
    expect(b.lastKind).toBe('best');
    expect(b.last).toBe(70);
  });
});

describe('size points by policy', () => {
  it('near: equal → exact, |Δ| ≤ 1 → close, else mismatch', () => {
    expect(score({ size: '30' }, { size: '30,0' }, 'near').size).toBe(100);
    expect(score({ size: '30' }, { size: '31' }, 'near').size).toBe(40);
    expect(score({ size: '30' }, { size: '36,5' }, 'any').size).toBe(-50);
    expect(score({ size: '30' }, { size: null }, 'any').size).toBe(-50);
  });
  it('compares scores at 6 decimals (float noise does not survive)', () => {
    const lenient = presetWeights('lenient');
    const b = scoreCandidate(profileOf(product({ material: null })), profileOf(product({ material: null, stock: 10 })), lenient, 'exact');
    expect(Number.isInteger(b.score * 1e6)).toBe(true);
  });
});
