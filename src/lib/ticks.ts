/** Round axis ticks (0, 500, 1,000…) covering [min, max] and always including zero. */
export function niceTicks(min: number, max: number, target = 5): number[] {
  const lo = Math.min(0, min);
  const hi = Math.max(0, max);
  if (hi === lo) return [0];
  const raw = (hi - lo) / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let v = Math.floor(lo / step) * step; v <= Math.ceil(hi / step) * step + step / 2; v += step)
    ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

/** 1 January (UTC, ms) of every year from the first to the last timestamp's year. */
export function yearStarts(times: readonly number[]): number[] {
  if (times.length === 0) return [];
  const first = new Date(Math.min(...times)).getUTCFullYear();
  const last = new Date(Math.max(...times)).getUTCFullYear() + 1;
  const step = last - first > 8 ? 2 : 1;
  const out: number[] = [];
  for (let y = first; y <= last; y += step) out.push(Date.UTC(y, 0, 1));
  return out;
}
