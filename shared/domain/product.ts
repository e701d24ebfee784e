/** One catalog row (recommendations.md §1). Every text field is optional except the vendor code. */
export interface Product {
  vendorCode: string;
  name: string | null;
  type: string | null;
  gender: string | null;
  brand: string | null;
  size: string | null;
  season: string | null;
  color: string | null;
  fastener: string | null;
  modelKey: string | null;
  photoUrl: string | null;
  sku: string | null;
  stock: number;
  barcodes: string[];
  material: string | null;
  megaLast: string | null;
  bestLast: string | null;
  newLast: string | null;
  modelName: string | null;
}

export function emptyProduct(vendorCode: string): Product {
  return {
    vendorCode,
    name: null,
    type: null,
    gender: null,
    brand: null,
    size: null,
    season: null,
    color: null,
    fastener: null,
    modelKey: null,
    photoUrl: null,
    sku: null,
    stock: 0,
    barcodes: [],
    material: null,
    megaLast: null,
    bestLast: null,
    newLast: null,
    modelName: null,
  };
}
