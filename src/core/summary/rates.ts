// One rounding rule for every rate: percent, half up, computed in whole numbers so 2,195 rounds to 2,20.

/** count / base × 100, rounded half up to `decimals`; null when the base is 0 (no rate, never NaN). */
export function percent(count: number, base: number, decimals: number): number | null {
  if (base <= 0) return null;
  const scale = 10 ** decimals;
  const q = Math.floor((2 * count * 100 * scale + base) / (2 * base));
  return q / scale;
}
