/**
 * The asymmetric Nash bargaining solution on one issue: the point x of the scale that maximises
 * `Π_i (u_i(x) − u_i(d))^{w_i}` over the outcomes every party weakly prefers to the disagreement
 * point d (Nash 1950; Kalai 1977 for the asymmetric weights; applied to EU decisions by
 * Schneider, Finke and Bailer 2010). Here `w_i` is capability times salience and
 * `u_i(x) = −|x − x_i|^p` with p = 1 (linear loss) or p = 2 (quadratic loss).
 *
 * `disagreement` is the status quo on the scale; NaN means "each actor's worst point of the
 * scale" (the end farthest from its position), the usual choice when no status quo is known.
 * The objective is concave, so its derivative is bisected on the feasible interval.
 * Returns NaN when every weight is zero.
 */
export function nashBargaining(
  positions: ArrayLike<number>,
  weights: ArrayLike<number>,
  min: number,
  max: number,
  disagreement: number,
  exponent: number,
): number {
  const n = positions.length;
  // Only actors with weight count; their distance to the disagreement point is fixed per call.
  const xs = new Float64Array(n);
  const ws = new Float64Array(n);
  const rs = new Float64Array(n);
  let m = 0;
  let lo = Number.NEGATIVE_INFINITY;
  let hi = Number.POSITIVE_INFINITY;
  let pmin = Number.POSITIVE_INFINITY;
  let pmax = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const w = weights[i] as number;
    if (!(w > 0)) continue;
    const x = positions[i] as number;
    const reach = Number.isNaN(disagreement)
      ? Math.max(x - min, max - x)
      : Math.abs(disagreement - x);
    xs[m] = x;
    ws[m] = w;
    rs[m] = exponent === 1 ? reach : reach * reach;
    m++;
    if (x - reach > lo) lo = x - reach;
    if (x + reach < hi) hi = x + reach;
    if (x < pmin) pmin = x;
    if (x > pmax) pmax = x;
  }
  if (m === 0) return Number.NaN;
  // The optimum lies in the hull of the positions: outside it, moving inward helps everyone.
  if (pmin > lo) lo = pmin;
  if (pmax < hi) hi = pmax;
  if (!(hi > lo)) return Number.isNaN(disagreement) || lo > hi ? (lo + hi) / 2 : lo;
  const linear = exponent === 1;
  let a = lo;
  let b = hi;
  for (let it = 0; it < 200 && b - a > 1e-12 * (1 + Math.abs(a) + Math.abs(b)); it++) {
    const x = (a + b) / 2;
    // The derivative of Σ w_i log(u_i(x) − u_i(d)); it decreases in x, so bisect on its sign.
    let slope = 0;
    for (let i = 0; i < m; i++) {
      const d = x - (xs[i] as number);
      const gain = linear ? (rs[i] as number) - Math.abs(d) : (rs[i] as number) - d * d;
      if (gain <= 0) {
        slope = d > 0 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
        break;
      }
      slope += ((ws[i] as number) * (linear ? (d > 0 ? -1 : d < 0 ? 1 : 0) : -2 * d)) / gain;
    }
    if (slope > 0) a = x;
    else b = x;
  }
  return (a + b) / 2;
}
