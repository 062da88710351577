import { describe, expect, it } from "vitest";
import type { ForecastInput } from "./forecast-input";
import { parseKtabCsv } from "./ktab-csv";
import { spatialModel } from "./spatial-model";
import { ktabHistory, sharedForecastFile } from "./test-support/shared-data";

function scenario(name: string) {
  const r = parseKtabCsv(sharedForecastFile(`ktab/${name}.csv`), `${name}.csv`);
  if (!r.ok) throw r.error;
  return r.value;
}

describe("spatialModel against KTAB's reference runs (default parameters)", () => {
  for (const [name, turns] of [
    ["dummyData_3Dim", 10],
    ["SOE-Pol-Comp", 27],
  ] as const) {
    it(`${name}: ${turns} turns and every position of every turn within 0.1 of KTAB's log`, () => {
      const input = scenario(name);
      const ref = ktabHistory(sharedForecastFile(`ktab/20170530_ref-${name}.txt`));
      const run = spatialModel(input);
      expect(ref.states - 1).toBe(turns);
      expect(run.turns).toBe(turns);
      let compared = 0;
      input.actors.forEach((a, i) => {
        const dims = ref.history.get(a.name);
        expect(dims, a.name).toBeDefined();
        dims?.forEach((series, k) => {
          series.forEach((v, t) => {
            const mine = run.history[t]?.[i]?.[k] as number;
            // KTAB prints one decimal, so its value is itself ±0.05 of the true one.
            expect(Math.abs(mine - v), `${a.name} dim ${k} turn ${t}`).toBeLessThanOrEqual(0.1);
            compared++;
          });
        });
      });
      expect(compared).toBe(input.actors.length * input.issues.length * (turns + 1));
    });
  }

  it("dummyData_3Dim turn 1: risk attitudes and challenges as KTAB logs them", () => {
    const run = spatialModel(scenario("dummyData_3Dim"));
    const step = run.steps[0];
    expect(step?.riskAttitudes.map((r) => Number(r.toFixed(3)))).toEqual([
      -0.5, -0.459, -0.499, -0.274, 1, -0.232, -0.43,
    ]);
    expect(
      step?.challenges.map((c) => [
        c.actor,
        c.target,
        Number(c.gain.toFixed(4)),
        Number(c.probability.toFixed(4)),
      ]),
    ).toEqual([
      [0, 6, 0.0947, 0.7643],
      [1, 0, 0.281, 0.7964],
      [2, 6, 0.4711, 0.8334],
      [3, 0, 0.2839, 0.8056],
      [4, 0, 0.0116, 0.5836],
      [5, 1, 0.2986, 0.851],
      [6, 1, 0.0286, 0.397],
    ]);
  });
});

describe("spatialModel on small cases", () => {
  const two: ForecastInput = {
    issues: [{ id: "x", name: "x", scale: { min: 0, max: 100 } }],
    actors: [
      { id: "a", name: "a", capability: 1, positions: [20], saliences: [1] },
      { id: "b", name: "b", capability: 1, positions: [20], saliences: [1] },
    ],
  };
  it("actors who already agree stay put: one turn, no challenge", () => {
    const run = spatialModel(two);
    expect(run.steps[0]?.challenges).toEqual([]);
    expect(run.final).toEqual([[20], [20]]);
  });

  it("reports positions on each issue's own scale", () => {
    const shifted: ForecastInput = {
      issues: [{ id: "x", name: "x", scale: { min: 1000, max: 1100 } }],
      actors: scenario("dummyData_3Dim").actors.map((a) => ({
        ...a,
        positions: [(a.positions[0] as number) + 1000],
        saliences: [0.5],
      })),
    };
    const base: ForecastInput = {
      issues: [{ id: "x", name: "x", scale: { min: 0, max: 100 } }],
      actors: shifted.actors.map((a) => ({ ...a, positions: [(a.positions[0] as number) - 1000] })),
    };
    const r1 = spatialModel(shifted);
    const r0 = spatialModel(base);
    expect(r1.turns).toBe(r0.turns);
    r1.final.forEach((p, i) => expect(p[0]).toBeCloseTo((r0.final[i]?.[0] as number) + 1000, 9));
  });
});
