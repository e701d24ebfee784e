/** Trimmed text or null when empty — catalog fields are optional. */
export function cleanText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}

/**
 * Case-insensitive key for type, gender, brand, colour, material, fastener and model name.
 * Multi-valued cells ("Девочки;Мальчики") compare as sets, so the order of values does not matter.
 */
export function normalizeAttribute(value: string | null | undefined): string | null {
  const text = cleanText(value);
  if (text === null) return null;
  const parts = text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .split(/[;,]/)
    .map((part) => part.trim().replace(/\s+/g, ' '))
    .filter((part) => part !== '');
  if (parts.length === 0) return null;
  return [...new Set(parts)].sort().join(';');
}

/** Season and shoe lasts compare exactly, after trim. */
export function normalizeExact(value: string | null | undefined): string | null {
  return cleanText(value);
}

const PLAIN_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Russian size as comparable text: "38,0" / " 38 " / "0038" → "38", "36,50" → "36.5";
 * anything that is not a plain number ("XL", "38-39") stays as trimmed text.
 */
export function normalizeSize(value: string | number | null | undefined): string | null {
  const text = cleanText(value);
  if (text === null) return null;
  const dotted = text.replace(/,/g, '.');
  if (!PLAIN_DECIMAL.test(dotted)) return text;
  return String(Number(dotted));
}

/** Numeric value of a normalised size, or null for text sizes. */
export function sizeNumber(normalized: string | null): number | null {
  if (normalized === null || !PLAIN_DECIMAL.test(normalized)) return null;
  return Number(normalized);
}

/** Header matching of formats.md: trim, lower-case, collapse spaces, drop a trailing `*`, ё = е. */
export function normalizeHeader(header: unknown): string {
  return String(header ?? '')
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ')
    .replace(/\s*\*$/, '')
    .trim();
}

/** Vendor codes as Ozon exports them: `'12345` keeps Excel from eating leading zeros. */
export function cleanVendorCode(value: unknown): string | null {
  const text = cleanText(value);
  if (text === null) return null;
  return cleanText(text.replace(/^'/, ''));
}

export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
