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

/** The change from an earlier figure to a later one (derived), from the two records' values. */
export interface Change {
  /** current − previous, in the records' unit. */
  absolute: number;
  /** (current − previous) ÷ previous; null when the earlier value is 0. */
  relative: number | null;
  /** [current, previous]. */
  fromIds: string[];
}

export function changeBetween(current: { id: string; value: number }, previous: { id: string; value: number }): Change {
  const absolute = roundMoney(current.value - previous.value);
  return {
    absolute,
    relative: previous.value === 0 ? null : (current.value - previous.value) / Math.abs(previous.value),
    fromIds: [current.id, previous.id],
  };
}
