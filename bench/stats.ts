import { loadavg } from "node:os";

/** The median of a list of numbers (the mean of the two middle ones for an even count). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** The median time in milliseconds of `reps` runs of `f`, one after another. */
export async function medianTime(f: () => Promise<unknown>, reps: number): Promise<number> {
  const ts: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await f();
    ts.push(performance.now() - t);
  }
  return median(ts);
}

/**
 * The exponent k of a power law y ∝ x^k fitted to `points` of [log x, log y]: the least-squares
 * slope of the log-log line.
 */
export function growthExponent(points: readonly (readonly [number, number])[]): number {
  const mx = points.reduce((s, p) => s + p[0], 0) / points.length;
  const my = points.reduce((s, p) => s + p[1], 0) / points.length;
  return (
    points.reduce((s, p) => s + (p[0] - mx) * (p[1] - my), 0) /
    points.reduce((s, p) => s + (p[0] - mx) ** 2, 0)
  );
}

/** The load averages over 1, 5 and 15 minutes, as printed beside results ("1.4 0.5 0.2"). */
export function loadAverage(): string {
  return loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
}
