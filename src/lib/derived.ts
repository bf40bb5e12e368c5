/** A figure computed in code from sourced records; never typed into the dataset. */
export interface Derived {
  value: number;
  /** Ids of the records it was computed from. */
  fromIds: string[];
}

/** Money is stated to at most 3 decimals (thousands of dollars); keep derived values free of float noise. */
export function roundMoney(value: number): number {
  return Math.round(value * 1000) / 1000;
}
