import type { ProductRecord, Source } from "../src/data-source/schema";

export declare const SYNTHETIC_SOURCE: Source;
export declare function syntheticProducts(options: {
  products: number;
  years: number;
  firstYear?: number;
}): ProductRecord[];
export declare function writeSyntheticDataset(
  mockDir: string,
  dir: string,
  options: { products: number; years: number; firstYear?: number },
): { records: number };
