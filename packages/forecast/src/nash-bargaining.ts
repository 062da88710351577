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
 *
 * Self-contained on purpose: its source text is shipped to worker threads as it stands.
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
  let lo = Number.NEGATIVE_INFINITY;
  let hi = Number.POSITIVE_INFINITY;
  let pmin = Number.POSITIVE_INFINITY;
  let pmax = Number.NEGATIVE_INFINITY;
  let any = false;
  for (let i = 0; i < n; i++) {
    if (!((weights[i] as number) > 0)) continue;
    any = true;
    const x = positions[i] as number;
    const reach = Number.isNaN(disagreement)
      ? Math.max(x - min, max - x)
      : Math.abs(disagreement - x);
    if (x - reach > lo) lo = x - reach;
    if (x + reach < hi) hi = x + reach;
    if (x < pmin) pmin = x;
    if (x > pmax) pmax = x;
  }
  if (!any) return Number.NaN;
  // The optimum lies in the hull of the positions: outside it, moving inward helps everyone.
  if (pmin > lo) lo = pmin;
  if (pmax < hi) hi = pmax;
  if (!(hi > lo)) return Number.isNaN(disagreement) || lo > hi ? (lo + hi) / 2 : lo;
  const p = exponent;
  const slope = (x: number): number => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const w = weights[i] as number;
      if (!(w > 0)) continue;
      const xi = positions[i] as number;
      const reach = Number.isNaN(disagreement)
        ? Math.max(xi - min, max - xi)
        : Math.abs(disagreement - xi);
      const dist = Math.abs(x - xi);
      const gain = p === 1 ? reach - dist : reach * reach - dist * dist;
      if (gain <= 0) return x - xi > 0 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      const sign = x > xi ? 1 : x < xi ? -1 : 0;
      const du = p === 1 ? -sign : -2 * (x - xi);
      s += (w * du) / gain;
    }
    return s;
  };
  let a = lo;
  let b = hi;
  for (let it = 0; it < 200 && b - a > 1e-12 * (1 + Math.abs(a) + Math.abs(b)); it++) {
    const m = (a + b) / 2;
    if (slope(m) > 0) a = m;
    else b = m;
  }
  return (a + b) / 2;
}
