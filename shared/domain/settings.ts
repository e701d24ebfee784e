import { z } from 'zod';
import { AppError } from '../errors.js';
import { PRESET_NAMES, presetWeights, type PresetName, type Weights } from './presets.js';

const weight = z.number({ error: 'должно быть числом' }).finite();

const weightsObject = z.object({
    base: weight,
    maxScore: weight,
    sizeExact: weight,
    sizeClose: weight,
    sizeMismatch: weight,
    seasonMatch: weight,
    seasonMismatch: weight,
    colorMatch: weight,
    materialMatch: weight,
    fastenerMatch: weight,
    megaLast: weight,
    bestLast: weight,
    newLast: weight,
    noLastPenalty: weight,
    modelMatch: weight,
    stockHigh: weight,
    stockMedium: weight,
    stockLow: weight,
    minScore: weight,
    minRecommendations: z.number().int('должно быть целым числом'),
    maxRecommendations: z.number().int('должно быть целым числом'),
  });

export const weightsSchema = weightsObject.superRefine((w, ctx) => {
    const fail = (path: string, message: string): void => {
      ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (w.base < 0) fail('base', 'Базовый балл не может быть отрицательным (base ≥ 0)');
    if (w.maxScore < w.base) fail('maxScore', 'Максимальный балл должен быть не меньше базового (max ≥ base)');
    if (w.minRecommendations < 1) fail('minRecommendations', 'Минимум рекомендаций — не меньше 1');
    if (w.maxRecommendations > 50) fail('maxRecommendations', 'Максимум рекомендаций — не больше 50');
    if (w.minRecommendations > w.maxRecommendations)
      fail('minRecommendations', 'Минимум рекомендаций не может быть больше максимума');
    if (!(w.noLastPenalty > 0 && w.noLastPenalty <= 1))
      fail('noLastPenalty', 'Штраф без колодки должен быть больше 0 и не больше 1');
  });

export const SIZE_POLICIES = ['exact', 'near', 'any'] as const;
export type SizePolicy = (typeof SIZE_POLICIES)[number];

const httpsUrl = z
  .string()
  .trim()
  .refine((url) => /^https:\/\/[^\s/]+\.[^\s]+$/.test(url), 'Ссылка на картинку должна начинаться с https://');

export const footerSlotSchema = z.object({
  url: httpsUrl.optional(),
  /** Gender-dependent slot: picture for boys / for girls, chosen by the source's gender. */
  boysUrl: httpsUrl.optional(),
  girlsUrl: httpsUrl.optional(),
});

export const templateSchema = z.object({
  heading: z.string().max(200).default('Похожие товары'),
  showHeading: z.boolean().default(true),
  caption: z.string().min(1, 'Подпись под плиткой не может быть пустой').max(100).default('Подробнее'),
  tile: z.enum(['tileM', 'tileL']).default('tileM'),
  bannerUrl: httpsUrl.nullable().default(null),
  bannerWidth: z.number().int().positive().default(1478),
  bannerHeight: z.number().int().positive().default(665),
  footer: z.array(footerSlotSchema).max(10, 'В галерее внизу — не больше 10 картинок').default([]),
  footerWidth: z.number().int().positive().default(1440),
  footerHeight: z.number().int().positive().default(900),
});
export type TemplateSettings = z.infer<typeof templateSchema>;

export const candidateOptionsSchema = z.object({
  sizePolicy: z.enum(SIZE_POLICIES).default('exact'),
  excludeSameCard: z.boolean().default(true),
  requireSku: z.boolean().default(true),
  maxPerModel: z.number().int().min(0, 'Не меньше 0 (0 — без ограничения)').default(1),
});
export type CandidateOptions = z.infer<typeof candidateOptionsSchema>;

/** Everything the processor needs for one run or one product. */
export const processorConfigSchema = z.object({
  preset: z.enum(PRESET_NAMES).default('balanced'),
  weights: weightsSchema,
  options: candidateOptionsSchema,
  template: templateSchema,
});
export type ProcessorConfig = z.infer<typeof processorConfigSchema>;

export function defaultConfig(preset: PresetName = 'balanced'): ProcessorConfig {
  return {
    preset,
    weights: presetWeights(preset),
    options: candidateOptionsSchema.parse({}),
    template: templateSchema.parse({}),
  };
}

/** Overrides accepted by `--config` and the Settings screen: any weight or option by name. */
export const configOverridesSchema = weightsObject
  .partial()
  .extend({
    sizePolicy: z.enum(SIZE_POLICIES).optional(),
    excludeSameCard: z.boolean().optional(),
    requireSku: z.boolean().optional(),
    maxPerModel: z.number().int().min(0).optional(),
  })
  .strict();
export type ConfigOverrides = Partial<Weights & CandidateOptions>;

export function applyOverrides(config: ProcessorConfig, overrides: ConfigOverrides): ProcessorConfig {
  const weights = { ...config.weights };
  const options = { ...config.options };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (key in weights) (weights as Record<string, unknown>)[key] = value;
    else (options as Record<string, unknown>)[key] = value;
  }
  const parsed = processorConfigSchema.safeParse({ ...config, weights, options });
  if (!parsed.success) throw new AppError('bad_input', `Настройки не подходят: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

export const appSettingsSchema = z.object({
  config: processorConfigSchema,
  memoryWarningMb: z.number().int().min(100, 'Порог памяти — не меньше 100 МБ').max(16384).default(1024),
  chunkSize: z.number().int().min(10, 'Размер пакета — от 10').max(5000, 'Размер пакета — до 5000').default(100),
  language: z.enum(['ru', 'en']).default('ru'),
  theme: z.enum(['system', 'light', 'dark']).default('system'),
  /** The attribute table's headers for our fields, remembered from the last import that needed them. */
  attributeMapping: z.record(z.string(), z.string().max(200)).default({}),
});
export type AppSettings = z.infer<typeof appSettingsSchema>;

export function defaultAppSettings(): AppSettings {
  return appSettingsSchema.parse({ config: defaultConfig() });
}

/** zod issues → one plain sentence per problem, naming the field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'значение'}: ${issue.message}`).join('; ');
}

export type { Weights, PresetName };
