import { describe, expect, it } from 'vitest';
import { cleanVendorCode, normalizeAttribute, normalizeHeader, normalizeSize, sizeNumber } from '../../shared/domain/normalize.js';

describe('normalizeSize', () => {
  it.each([
    [' 38 ', '38'],
    ['38,0', '38'],
    ['38.0', '38'],
    ['0038', '38'],
    ['36,5', '36.5'],
    ['36.50', '36.5'],
    ['XL', 'XL'],
    ['38-39', '38-39'],
    [' xl ', 'xl'],
    ['', null],
    [null, null],
    [38, '38'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeSize(input as string | number | null)).toBe(expected);
  });

  it('gives numbers only for plain decimals', () => {
    expect(sizeNumber(normalizeSize('36,5'))).toBe(36.5);
    expect(sizeNumber(normalizeSize('38-39'))).toBeNull();
  });
});

describe('normalizeAttribute', () => {
  it('compares case-insensitively and treats multi-values as sets', () => {
    expect(normalizeAttribute('БЕЛЫЙ')).toBe(normalizeAttribute(' белый '));
    expect(normalizeAttribute('Мальчики;Девочки')).toBe(normalizeAttribute('девочки; мальчики'));
    expect(normalizeAttribute('синий;голубой')).not.toBe(normalizeAttribute('синий'));
    expect(normalizeAttribute('  ')).toBeNull();
  });
});

describe('normalizeHeader and vendor codes', () => {
  it('matches headers as formats.md says', () => {
    expect(normalizeHeader('\uFEFF  Артикул* ')).toBe('артикул');
    expect(normalizeHeader('Вид  застёжки')).toBe('вид застежки');
    expect(normalizeHeader('Бренд в одежде и обуви*')).toBe('бренд в одежде и обуви');
  });
  it("drops Ozon's leading apostrophe", () => {
    expect(cleanVendorCode(" '00123 ")).toBe('00123');
    expect(cleanVendorCode("'")).toBeNull();
  });
});
