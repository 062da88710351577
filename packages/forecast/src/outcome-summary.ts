/** A histogram over a fixed range with equal-width bins. */
export interface Histogram {
  min: number;
  max: number;
  counts: number[];
}

/** The distribution of a model's outcome over Monte Carlo runs. */
export interface OutcomeSummary {
  runs: number;
  mean: number;
  median: number;
  /** First and third quartiles and their difference. */
  q1: number;
  q3: number;
  iqr: number;
  min: number;
  max: number;
  histogram: Histogram;
}

function quantile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  // Linear interpolation between order statistics (Hyndman and Fan's type 7, R's default).
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(sorted.length - 1, lo + 1)] as number;
  return a + (h - lo) * (b - a);
}

/**
 * Median, quartiles (type-7 interpolation), extremes and a histogram of `bins` equal bins over
 * `[lo, hi]` (values on `hi` fall in the last bin). NaN outcomes (no actor with weight) are left out.
 */
export function outcomeSummary(
  values: ArrayLike<number>,
  lo: number,
  hi: number,
  bins = 20,
): OutcomeSummary {
  const kept: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isNaN(v)) kept.push(v);
  }
  const sorted = Float64Array.from(kept).sort();
  const counts = new Array<number>(bins).fill(0);
  let sum = 0;
  for (const v of sorted) {
    sum += v;
    const b = hi > lo ? Math.floor(((v - lo) / (hi - lo)) * bins) : 0;
    const at = Math.min(bins - 1, Math.max(0, b));
    counts[at] = (counts[at] as number) + 1;
  }
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  return {
    runs: sorted.length,
    mean: sorted.length > 0 ? sum / sorted.length : Number.NaN,
    median: quantile(sorted, 0.5),
    q1,
    q3,
    iqr: q3 - q1,
    min: sorted.length > 0 ? (sorted[0] as number) : Number.NaN,
    max: sorted.length > 0 ? (sorted[sorted.length - 1] as number) : Number.NaN,
    histogram: { min: lo, max: hi, counts },
  };
}
