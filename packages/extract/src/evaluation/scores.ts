/** Precision, recall and F1 of a set of predictions against a gold set. */
export interface PrecisionRecall {
  truePositives: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Micro-averaged precision, recall and F1 from counts: P = tp / predicted, R = tp / gold,
 * F1 = 2PR / (P + R) (van Rijsbergen 1979). An empty side scores 0, not NaN.
 */
export function precisionRecall(
  truePositives: number,
  predicted: number,
  gold: number,
): PrecisionRecall {
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = gold === 0 ? 0 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, predicted, gold, precision, recall, f1 };
}

/** How many items two multisets share (each gold item matches at most one prediction). */
export function multisetOverlap(predicted: readonly string[], gold: readonly string[]): number {
  const left = new Map<string, number>();
  for (const g of gold) left.set(g, (left.get(g) ?? 0) + 1);
  let hits = 0;
  for (const p of predicted) {
    const n = left.get(p) ?? 0;
    if (n > 0) {
      hits++;
      left.set(p, n - 1);
    }
  }
  return hits;
}

/** A one-line summary: `P 0.812  R 0.774  F1 0.793  (tp/predicted/gold)`. */
export function formatScore(s: PrecisionRecall): string {
  const f = (x: number): string => x.toFixed(3);
  return `P ${f(s.precision)}  R ${f(s.recall)}  F1 ${f(s.f1)}  (${s.truePositives}/${s.predicted}/${s.gold})`;
}
