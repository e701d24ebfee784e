import { describe, expect, it } from 'vitest';
import { PRESET_NAMES, presetWeights } from '../../shared/domain/presets.js';
import { applyOverrides, defaultConfig, describeIssues, weightsSchema } from '../../shared/domain/settings.js';

describe('presets (recommendations.md §5)', () => {
  it('all seven pass their own checks', () => {
    expect(PRESET_NAMES).toHaveLength(7);
    for (const name of PRESET_NAMES) expect(weightsSchema.safeParse(presetWeights(name)).success).toBe(true);
  });

  it('carry the table values', () => {
    expect(presetWeights('optimized')).toMatchObject({ base: 120, maxScore: 900, noLastPenalty: 0.85, modelMatch: 100, minScore: 35 });
    expect(presetWeights('conservative')).toMatchObject({ minScore: 100, minRecommendations: 3, maxRecommendations: 5 });
    expect(presetWeights('lenient')).toMatchObject({ sizeClose: 70, seasonMismatch: -10, stockLow: 20 });
  });
});

describe('weight checks with clear messages', () => {
  const bad = (patch: object) => {
    const result = weightsSchema.safeParse({ ...presetWeights('balanced'), ...patch });
    expect(result.success).toBe(false);
    return describeIssues(result.error!);
  };
  it.each([
    [{ base: -1 }, 'base ≥ 0'],
    [{ maxScore: 50 }, 'max ≥ base'],
    [{ minRecommendations: 0 }, 'не меньше 1'],
    [{ maxRecommendations: 51 }, 'не больше 50'],
    [{ minRecommendations: 9 }, 'больше максимума'],
    [{ noLastPenalty: 0 }, 'больше 0'],
    [{ noLastPenalty: 1.5 }, 'не больше 1'],
  ])('%j', (patch, text) => {
    expect(bad(patch)).toContain(text);
  });

  it('overrides apply by name and are validated', () => {
    const config = applyOverrides(defaultConfig(), { sizeExact: 150, sizePolicy: 'near', maxPerModel: 0 });
    expect(config.weights.sizeExact).toBe(150);
    expect(config.options).toMatchObject({ sizePolicy: 'near', maxPerModel: 0, excludeSameCard: true });
    expect(() => applyOverrides(defaultConfig(), { base: -5 })).toThrow(/base/);
  });
});
