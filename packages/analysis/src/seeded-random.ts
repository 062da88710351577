/**
 * A deterministic pseudo-random generator in [0, 1) from a 32-bit seed (mulberry32, a public
 * domain generator by T. Ettinger), so that randomised algorithms give the same answer every run.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
