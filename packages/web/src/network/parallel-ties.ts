/** A tie between two actors, as the network view draws it. */
export interface TieEnds {
  id: string;
  source: string;
  target: string;
}

/** The widest bend of a bundle of parallel ties, as sigma's curve program measures curvature. */
const MAX_CURVATURE = 0.6;

/**
 * The curvature of each tie so that ties between the same two actors fan out instead of lying on
 * one another: a lone tie is straight (0); n parallel ties are spread evenly over
 * [-c, c] with c growing with n up to `MAX_CURVATURE`, the sign taken in the pair's own order so
 * that a tie drawn from B to A bends to the same side as one from A to B with the same index.
 * Ties are ranked within a bundle in the order given.
 */
export function parallelCurvatures(ties: readonly TieEnds[]): Map<string, number> {
  const bundles = new Map<string, TieEnds[]>();
  for (const t of ties) {
    const key =
      t.source < t.target ? `${t.source}\u0000${t.target}` : `${t.target}\u0000${t.source}`;
    const list = bundles.get(key);
    if (list) list.push(t);
    else bundles.set(key, [t]);
  }
  const out = new Map<string, number>();
  for (const list of bundles.values()) {
    const n = list.length;
    if (n === 1) {
      out.set((list[0] as TieEnds).id, 0);
      continue;
    }
    const spread = Math.min(MAX_CURVATURE, 0.15 * n);
    list.forEach((t, i) => {
      // Even spacing over [-spread, spread]; for an even count no tie is straight.
      const c = n === 1 ? 0 : -spread + (2 * spread * i) / (n - 1);
      // Sigma bends to the left of the drawn direction: flip ties drawn against the pair's order.
      out.set(t.id, t.source < t.target ? c : -c);
    });
  }
  return out;
}
