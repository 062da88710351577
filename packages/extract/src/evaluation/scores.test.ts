import { describe, expect, it } from "vitest";
import { formatScore, multisetOverlap, precisionRecall } from "./scores";

describe("precisionRecall", () => {
  it("computes micro precision, recall and F1 from counts", () => {
    // P = 3/4, R = 3/6, F1 = 2 * 0.75 * 0.5 / 1.25 = 0.6
    expect(precisionRecall(3, 4, 6)).toEqual({
      truePositives: 3,
      predicted: 4,
      gold: 6,
      precision: 0.75,
      recall: 0.5,
      f1: 0.6,
    });
    expect(precisionRecall(0, 0, 0).f1).toBe(0);
    expect(formatScore(precisionRecall(3, 4, 6))).toBe("P 0.750  R 0.500  F1 0.600  (3/4/6)");
  });

  it("counts each gold item once", () => {
    expect(multisetOverlap(["a", "a", "b"], ["a", "c"])).toBe(1);
    expect(multisetOverlap(["a", "a"], ["a", "a", "a"])).toBe(2);
  });
});
