import type { Product } from '../../../shared/domain/product.js';

/** Deterministic PRNG (mulberry32): the same seed gives the same demo catalog everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BRANDS = ['Котофей', 'Зебра', 'Tom&Miki', 'Kapika', 'Шалунишка', 'Antilopa', 'Лель', 'Minimen'];
const TYPES = ['Сабо', 'Ботинки', 'Кроссовки', 'Сандалии', 'Туфли', 'Сапоги', 'Кеды', 'Полуботинки'];
const GENDERS = ['Девочки', 'Мальчики', 'Девочки;Мальчики', 'Женский', 'Мужской'];
const SEASONS = ['Лето', 'Зима', 'Демисезон', 'Круглогодичный'];
const COLORS = ['черный', 'белый', 'синий', 'синий;голубой', 'красный', 'розовый', 'бежевый', 'серый', 'зеленый'];
const FASTENERS = ['Липучка', 'Шнурки', 'Без застежки', 'Молния'];
const MATERIALS = ['Натуральная кожа', 'Текстиль', 'Искусственная кожа', 'Замша', 'Резина'];
const KID_SIZES = ['22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '34', '35', '36', '36,5', '37'];
const ADULT_SIZES = ['35', '36', '36,5', '37', '37,5', '38', '39', '40', '41', '42', '43', '44', '45'];

export interface DemoProduct extends Product {
  productId: string;
  price: number;
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

interface DemoModel {
  no: number;
  brand: string;
  type: string;
  gender: string;
  season: string;
  fastener: string;
  material: string | null;
  megaLast: string | null;
  bestLast: string | null;
  newLast: string | null;
  modelName: string;
  colors: string[];
  sizes: string[];
}

/** A product line: brand, type and gender that many models share, as in a real seller's range. */
interface Line {
  brand: string;
  type: string;
  gender: string;
}

function makeLines(count: number, random: () => number): Line[] {
  return Array.from({ length: count }, (_, i) => ({
    brand: BRANDS[i % BRANDS.length],
    type: TYPES[(i + Math.floor(i / BRANDS.length)) % TYPES.length],
    gender: pick(random, GENDERS),
  }));
}

/** ~400 products per line: enough same-size neighbours for full showcases, as in a real catalog. */
export const PRODUCTS_PER_LINE = 400;

function makeModel(no: number, line: Line, random: () => number): DemoModel {
  const gender = line.gender;
  const allSizes = gender === 'Женский' || gender === 'Мужской' ? ADULT_SIZES : KID_SIZES;
  const start = Math.floor(random() * (allSizes.length - 6));
  const lastFamily = Math.floor(random() * 25) + 1;
  const hasLasts = random() < 0.8;
  const colorCount = 1 + Math.floor(random() * 3);
  const colors = [...new Set(Array.from({ length: colorCount }, () => pick(random, COLORS)))];
  return {
    no,
    brand: line.brand,
    type: line.type,
    gender,
    season: pick(random, SEASONS),
    fastener: pick(random, FASTENERS),
    material: random() < 0.9 ? pick(random, MATERIALS) : null,
    megaLast: hasLasts && random() < 0.5 ? `MEGA-${lastFamily}` : null,
    bestLast: hasLasts && random() < 0.6 ? `BEST-${lastFamily}` : null,
    newLast: hasLasts ? `NEW-${lastFamily}` : null,
    modelName: `Модель ${Math.floor(no / 3) + 1}`,
    colors,
    sizes: allSizes.slice(start, start + 5 + Math.floor(random() * 5)),
  };
}

function makeProduct(model: DemoModel, color: string, colorNo: number, size: string, i: number, random: () => number): DemoProduct {
  const inStock = random() >= 0.3;
  const sku = random() < 0.97 ? String(1500000000 + i) : null;
  return {
    vendorCode: `D${String(model.no).padStart(5, '0')}-${colorNo}-${size.replace(',', '.')}`,
    name: `${model.type} ${model.brand} ${color.split(';')[0]} р. ${size}`,
    type: model.type,
    gender: model.gender,
    brand: model.brand,
    size,
    season: model.season,
    color,
    fastener: model.fastener,
    modelKey: `DM-${model.no}`,
    photoUrl: `https://cdn1.ozone.ru/s3/multimedia-demo/${model.no}-${colorNo}.jpg`,
    sku,
    stock: inStock ? 1 + Math.floor(random() * 20) : 0,
    barcodes: [`46${String(10000000000 + i).padStart(11, '0')}`],
    material: model.material,
    megaLast: model.megaLast,
    bestLast: model.bestLast,
    newLast: model.newLast,
    modelName: model.modelName,
    productId: String(900000000 + i),
    price: 990 + Math.floor(random() * 40) * 100,
  };
}

/** A realistic shoe catalog of exactly `count` products: models with several colours and sizes on one card. */
export function* demoProducts(count: number, seed = 42): Generator<DemoProduct> {
  const random = seededRandom(seed);
  const lines = makeLines(Math.max(1, Math.ceil(count / PRODUCTS_PER_LINE)), random);
  let made = 0;
  for (let no = 1; made < count; no++) {
    const model = makeModel(no, lines[Math.floor(random() * lines.length)], random);
    for (let c = 0; c < model.colors.length && made < count; c++) {
      for (const size of model.sizes) {
        if (made >= count) break;
        yield makeProduct(model, model.colors[c], c + 1, size, made, random);
        made += 1;
      }
    }
  }
}

export const DEFAULT_DEMO_PRODUCTS = 2000;
