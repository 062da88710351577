import { describe, expect, it } from "vitest";
import { growthExponent, median } from "./stats";

describe("bench statistics", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("fits the exponent of a power law on log-log points", () => {
    const square = [1, 2, 4, 8].map((x) => [Math.log(x), Math.log(x * x)] as const);
    expect(growthExponent(square)).toBeCloseTo(2, 12);
    // y = 3x^0.5 with noise-free points: the factor moves the line, not its slope
    const root = [2, 5, 10].map((x) => [Math.log(x), Math.log(3 * Math.sqrt(x))] as const);
    expect(growthExponent(root)).toBeCloseTo(0.5, 12);
  });
});
