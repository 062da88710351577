import { fileURLToPath } from "node:url";
import { loadCaseFolder } from "@parley/core/node";
import { describe, expect, it } from "vitest";
import { type ForecastInput, issueActors } from "./forecast-input";
import { forecastInputFromCase } from "./forecast-input-from-case";
import { parseKtabCsv } from "./ktab-csv";
import { spatialModel } from "./spatial-model";
import { forecastFixture, ktabHistory } from "./test-support/forecast-fixture";
import { weightedMean } from "./weighted-mean";

function scenario(name: string) {
  const r = parseKtabCsv(forecastFixture(`${name}.csv`), `${name}.csv`);
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
      const ref = ktabHistory(forecastFixture(`ktab-ref-${name}-positions.txt`));
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

describe("spatialModel on the Afghanistan case (five issues, per-issue saliences)", () => {
  const loaded = loadCaseFolder(
    fileURLToPath(new URL("../../../cases/afghanistan", import.meta.url)),
  );
  if (!loaded.ok) throw loaded.error;
  const read = forecastInputFromCase(loaded.value);
  if (!read.ok) throw read.error;
  const input = read.value;
  const means = input.issues.map((_, k) => {
    const a = issueActors(input, k);
    return weightedMean(
      a.map((x) => x.position),
      a.map((x) => x.capability * x.salience),
    );
  });

  it("the case's saliences are per issue: every actor's add up to more than 1, KTAB's never do", () => {
    const sums = input.actors.map((a) => a.saliences.reduce((s, x) => s + x, 0));
    expect(Math.min(...sums)).toBeGreaterThan(1);
    expect(Number(Math.max(...sums).toFixed(6))).toBe(4);
    for (const name of ["dummyData_3Dim", "SOE-Pol-Comp"])
      for (const a of scenario(name).actors)
        expect(a.saliences.reduce((s, x) => s + x, 0)).toBeLessThanOrEqual(1);
    // Capabilities are on KTAB's order of magnitude (its powers run from about 10 to 130) and
    // enter only as ratios, so they need no rescaling.
    expect(input.actors.map((a) => a.capability)).toEqual([45, 50, 90, 55, 60, 40, 30, 35]);
  });

  it("read as KTAB shares (sums up to 4), nobody ever moves and the forecast is the weighted mean", () => {
    // The sum of an actor's saliences is the probability that it resists a challenge; above 1 the
    // challenge values turn meaningless, the bargains proposed lose their votes, and the run stops
    // after the minimum of two turns: a bug of scale, not an equilibrium.
    const run = spatialModel({ ...input, salienceBasis: "shares" });
    expect(run.turns).toBe(2);
    expect(run.steps.map((s) => s.distance)).toEqual([0, 0]);
    run.outcome.forEach((x, k) => expect(x).toBeCloseTo(means[k] as number, 12));
  });

  it("per-issue saliences become shares (divided by the number of issues), and the actors bargain", () => {
    const run = spatialModel(input);
    expect(run.turns).toBe(12);
    expect(run.steps[0]?.distance).toBeGreaterThan(1);
    expect(run.steps.at(-1)?.distance).toBe(0);
    expect(run.outcome.map((x) => Number(x.toFixed(2)))).toEqual([
      58.82, 52.54, 39.95, 71.74, 70.4,
    ]);
    expect(means.map((x) => Number(x.toFixed(2)))).toEqual([53.53, 48.22, 43.45, 72.75, 67.95]);
  });

  it("on one issue the two readings agree", () => {
    const one: ForecastInput = {
      issues: [input.issues[0] as ForecastInput["issues"][number]],
      actors: input.actors.map((a) => ({
        ...a,
        positions: [a.positions[0] as number],
        saliences: [a.saliences[0] as number],
      })),
    };
    const a = spatialModel(one);
    const b = spatialModel({ ...one, salienceBasis: "shares" });
    expect(a.history).toEqual(b.history);
    expect(a.turns).toBe(24);
  });
});
