import { emptyProduct, type Product } from '../../shared/domain/product.js';

let counter = 0;

/** A complete, in-stock catalog product; override what a test is about. */
export function product(overrides: Partial<Product> = {}): Product {
  counter += 1;
  return {
    ...emptyProduct(overrides.vendorCode ?? `P${counter}`),
    name: 'Сабо детские',
    type: 'Сабо',
    gender: 'Девочки',
    brand: 'Котофей',
    size: '30',
    season: 'Лето',
    color: 'розовый',
    fastener: 'Липучка',
    modelKey: `M${counter}`,
    photoUrl: `https://cdn1.ozone.ru/s3/multimedia-1/${counter}.jpg`,
    sku: String(1500000000 + counter),
    stock: 10,
    barcodes: [`460000000${String(counter).padStart(4, '0')}`],
    material: 'Текстиль',
    megaLast: null,
    bestLast: null,
    newLast: null,
    modelName: null,
    ...overrides,
  };
}
