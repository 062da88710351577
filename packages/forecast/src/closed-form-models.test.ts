import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nashBargaining } from "./nash-bargaining";
import { weightedMean } from "./weighted-mean";
import { weightedMedian } from "./weighted-median";

describe("weightedMean", () => {
  it("two actors: (1·0 + 3·10)/4 = 7.5", () => {
    expect(weightedMean([0, 10], [1, 3])).toBe(7.5);
  });
  it("three actors: (2·4 + 1·7 + 1·10)/4 = 6.25", () => {
    expect(weightedMean([4, 7, 10], [2, 1, 1])).toBe(6.25);
  });
  it("is NaN when nobody has weight", () => {
    expect(weightedMean([1, 2], [0, 0])).toBeNaN();
  });
});

describe("weightedMedian", () => {
  it("three actors: the middle weight decides", () => {
    expect(weightedMedian([4, 7, 10], [2, 1.5, 1])).toBe(7);
    expect(weightedMedian([4, 7, 10], [3, 1, 1])).toBe(4);
  });
  it("an exact half splits the difference", () => {
    expect(weightedMedian([0, 10], [1, 1])).toBe(5);
    expect(weightedMedian([10, 0, 6], [0.1, 0.2, 0.1])).toBe(3);
  });
  it("ignores zero-weight actors even at the ends", () => {
    expect(weightedMedian([0, 10, 100], [1, 1, 0])).toBe(5);
  });
});

describe("nashBargaining", () => {
  it("two actors at the ends, linear loss, worst-point disagreement: x = 10·w2/(w1 + w2)", () => {
    expect(nashBargaining([0, 10], [1, 3], 0, 10, Number.NaN, 1)).toBeCloseTo(7.5, 9);
    expect(nashBargaining([0, 10], [2, 3], 0, 10, Number.NaN, 1)).toBeCloseTo(6, 9);
  });
  it("quadratic loss, equal weights, symmetric actors: the midpoint", () => {
    expect(nashBargaining([2, 8], [1, 1], 0, 10, Number.NaN, 2)).toBeCloseTo(5, 9);
  });
  it("quadratic loss, weights 1 and 2 at 0 and 10 on [0, 10]: the root of 3x³ − 40x² − 200x + 2000", () => {
    // Maximise log(100 − x²) + 2·log(x(20 − x)); the first-order condition reduces to that cubic.
    const x = nashBargaining([0, 10], [1, 2], 0, 10, Number.NaN, 2);
    expect(3 * x ** 3 - 40 * x ** 2 - 200 * x + 2000).toBeCloseTo(0, 7);
    expect(x).toBeCloseTo(6.02249190037, 9);
  });
  it("a status quo between the actors cannot be left: everyone would have to agree", () => {
    expect(nashBargaining([0, 10], [1, 1], 0, 10, 4, 1)).toBeCloseTo(4, 9);
  });
  it("a status quo beyond every actor moves into their range", () => {
    // Both actors gain by leaving 10; the product of gains 64 − (x − 2)² and 16 − (x − 6)² peaks inside.
    const x = nashBargaining([2, 6], [1, 1], 0, 10, 10, 2);
    expect(x).toBeGreaterThanOrEqual(2);
    expect(x).toBeLessThanOrEqual(6);
    const g = (y: number) => Math.log(64 - (y - 2) ** 2) + Math.log(16 - (y - 6) ** 2);
    expect(g(x)).toBeGreaterThan(g(x - 1e-4));
    expect(g(x)).toBeGreaterThan(g(x + 1e-4));
  });
});

const actorsArb = fc
  .array(
    fc.record({
      x: fc.double({ min: 0, max: 100, noNaN: true }),
      w: fc.double({ min: 0.01, max: 10, noNaN: true }),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((as) => ({ xs: as.map((a) => a.x), ws: as.map((a) => a.w) }));

const models: [string, (xs: number[], ws: number[], shift: number) => number][] = [
  ["weightedMean", (xs, ws) => weightedMean(xs, ws)],
  ["weightedMedian", (xs, ws) => weightedMedian(xs, ws)],
  [
    "nashBargaining (linear, worst point)",
    (xs, ws, d) => nashBargaining(xs, ws, d, 100 + d, Number.NaN, 1),
  ],
  [
    "nashBargaining (quadratic, status quo 30)",
    (xs, ws, d) => nashBargaining(xs, ws, d, 100 + d, 30 + d, 2),
  ],
];

describe.each(models)("%s invariants", (_name, model) => {
  it("stays inside the range of positions", () => {
    fc.assert(
      fc.property(actorsArb, ({ xs, ws }) => {
        const x = model(xs, ws, 0);
        expect(x).toBeGreaterThanOrEqual(Math.min(...xs) - 1e-9);
        expect(x).toBeLessThanOrEqual(Math.max(...xs) + 1e-9);
      }),
    );
  });
  it("moves by d when every position (and the scale) moves by d", () => {
    fc.assert(
      fc.property(actorsArb, fc.double({ min: -500, max: 500, noNaN: true }), ({ xs, ws }, d) => {
        const x0 = model(xs, ws, 0);
        const x1 = model(
          xs.map((x) => x + d),
          ws,
          d,
        );
        expect(Math.abs(x1 - (x0 + d))).toBeLessThan(1e-6);
      }),
    );
  });
  it("does not move when an actor with zero salience joins", () => {
    fc.assert(
      fc.property(actorsArb, fc.double({ min: 0, max: 100, noNaN: true }), ({ xs, ws }, extra) => {
        expect(model([...xs, extra], [...ws, 0], 0)).toBe(model(xs, ws, 0));
      }),
    );
  });
});
