/**
 * The compromise model: the mean of positions weighted by capability times salience,
 * `x* = Σ w_i x_i / Σ w_i` with `w_i = c_i s_i` (Achen 2006, in Thomson et al., *The European
 * Union Decides*, ch. 4; Van den Bos 1991). The baseline no dynamic model has beaten on EU
 * legislation (DEU III: mean absolute error 22.99 on a 0..100 scale).
 * Returns NaN when every weight is zero.
 */
export function weightedMean(positions: ArrayLike<number>, weights: ArrayLike<number>): number {
  let sw = 0;
  let swx = 0;
  // Shift by the first position so large offsets do not cost precision (keeps translation exact).
  const origin = positions.length > 0 ? (positions[0] as number) : 0;
  for (let i = 0; i < positions.length; i++) {
    const w = weights[i] as number;
    if (w > 0) {
      sw += w;
      swx += w * ((positions[i] as number) - origin);
    }
  }
  return sw > 0 ? origin + swx / sw : Number.NaN;
}
