/**
 * The median voter with weights: the position at which the cumulative weight (capability times
 * salience, positions in ascending order) first reaches half the total (Black 1948; used as the
 * "median actor" baseline in Thomson et al. 2006). When the cumulative weight lands exactly on
 * half, the midpoint between that position and the next one is returned. Zero-weight actors are
 * ignored.
 * Returns NaN when every weight is zero.
 */
export function weightedMedian(positions: ArrayLike<number>, weights: ArrayLike<number>): number {
  const idx: number[] = [];
  let total = 0;
  for (let i = 0; i < positions.length; i++) {
    const w = weights[i] as number;
    if (w > 0) {
      idx.push(i);
      total += w;
    }
  }
  if (total <= 0) return Number.NaN;
  idx.sort((a, b) => (positions[a] as number) - (positions[b] as number));
  const half = total / 2;
  // Relative tolerance so that weights like 0.1 + 0.2 still count as an exact half.
  const eps = total * 1e-12;
  let cum = 0;
  for (let r = 0; r < idx.length; r++) {
    const i = idx[r] as number;
    cum += weights[i] as number;
    if (cum > half + eps) return positions[i] as number;
    if (cum >= half - eps) {
      const next = idx[r + 1];
      return next === undefined
        ? (positions[i] as number)
        : ((positions[i] as number) + (positions[next] as number)) / 2;
    }
  }
  return positions[idx[idx.length - 1] as number] as number;
}
