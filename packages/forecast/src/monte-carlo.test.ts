import { describe, expect, it } from "vitest";
import { expectedUtilityModel } from "./expected-utility-model";
import type { ForecastInput } from "./forecast-input";
import { issueActors } from "./forecast-input";
import { kernelInWorkers, kernelWorkerUrl } from "./kernel-in-workers";
import { kernelTask, monteCarlo, monteCarloDefaults } from "./monte-carlo";
import { monteCarloKernel } from "./monte-carlo-kernel";
import { outcomeSummary } from "./outcome-summary";
import { prng } from "./prng";
import { spatialModel } from "./spatial-model";

const input: ForecastInput = {
  issues: [{ id: "x", name: "x", scale: { min: 0, max: 10 } }],
  actors: [
    { id: "a", name: "A", capability: 1, positions: [0], saliences: [1] },
    {
      id: "b",
      name: "B",
      capability: 1,
      positions: [5],
      saliences: [1],
      ranges: { positions: [[0, 10]] },
      provenance: { positions: [{ kind: "analyst", note: "no number in the sources" }] },
    },
  ],
};

describe("outcomeSummary", () => {
  it("quartiles by linear interpolation and a histogram over the scale", () => {
    const s = outcomeSummary([1, 2, 3, 4, 10], 0, 10, 5);
    expect([s.median, s.q1, s.q3, s.iqr, s.min, s.max, s.mean]).toEqual([3, 2, 4, 2, 1, 10, 4]);
    expect(s.histogram.counts).toEqual([1, 2, 1, 0, 1]);
  });
});

describe("monteCarlo", () => {
  it("one uncertain position: the mean is x_B/2, so its spread is all B's position", async () => {
    const r = await monteCarlo(input, { runs: 4000, seed: 7, models: ["mean"], threads: 1 });
    const d = r.distributions[0];
    expect(d?.point).toBe(2.5);
    expect(d?.median).toBeGreaterThan(2.3);
    expect(d?.median).toBeLessThan(2.7);
    expect(d?.histogram.counts.reduce((a, b) => a + b, 0)).toBe(4000);
    // Outcomes lie in [0, 5]: the upper half of the 20 bins over [0, 10] stays empty.
    expect(d?.histogram.counts.slice(10)).toEqual(new Array(10).fill(0));
    expect(d?.sensitivity).toHaveLength(1);
    expect(d?.sensitivity[0]?.actor).toBe("b");
    expect(d?.sensitivity[0]?.input).toBe("position");
    expect(d?.sensitivity[0]?.correlation).toBeCloseTo(1, 9);
    expect(
      d?.inputs.map((i) => [i.actor, i.provenance?.kind, Number(i.spreadShare.toFixed(6))]),
    ).toEqual([
      ["a", undefined, 0],
      ["b", "analyst", 1],
    ]);
  });

  it("is reproducible: the same seed gives the same outcomes, another seed others", async () => {
    const a = await monteCarlo(input, { runs: 300, seed: 3, threads: 1 });
    const b = await monteCarlo(input, { runs: 300, seed: 3, threads: 1 });
    const c = await monteCarlo(input, { runs: 300, seed: 4, threads: 1 });
    expect(a).toEqual(b);
    expect(c.distributions[0]?.median).not.toBe(a.distributions[0]?.median);
  });

  it("worker threads give exactly the outcomes of a single-threaded run", async () => {
    const o = { ...monteCarloDefaults, runs: 500, seed: 11 };
    const task = kernelTask(input, o);
    const one = await monteCarlo(input, { ...o, threads: 1 });
    const many = await kernelInWorkers(task, 2);
    const again = await monteCarlo(input, { ...o, threads: 2 });
    expect(many.outcomes.length).toBe(3 * 500);
    expect(again.distributions.map((d) => [d.median, d.q1, d.q3, d.histogram.counts])).toEqual(
      one.distributions.map((d) => [d.median, d.q1, d.q3, d.histogram.counts]),
    );
  });

  it("the worker entry is found next to this module: from sources through tsx, or in the bundle", () => {
    const here = new URL("./kernel-in-workers.ts", import.meta.url).href;
    expect(kernelWorkerUrl(here).href).toBe(
      new URL("./kernel-worker-from-sources.mjs", import.meta.url).href,
    );
    expect(kernelWorkerUrl("file:///opt/parley/dist/forecast-3FQ2.mjs").href).toBe(
      "file:///opt/parley/dist/kernel-worker.mjs",
    );
  });

  describe("the expected utility and spatial models inside each run", () => {
    // Three actors on two issues; C's positions are uncertain.
    const three: ForecastInput = {
      issues: [
        { id: "x", name: "x", scale: { min: 0, max: 100 } },
        { id: "y", name: "y", scale: { min: 0, max: 100 } },
      ],
      actors: [
        { id: "a", name: "A", capability: 40, positions: [10, 80], saliences: [0.9, 0.5] },
        { id: "b", name: "B", capability: 60, positions: [70, 20], saliences: [0.6, 0.8] },
        {
          id: "c",
          name: "C",
          capability: 30,
          positions: [50, 50],
          saliences: [0.7, 0.7],
          ranges: {
            positions: [
              [30, 90],
              [30, 90],
            ],
          },
        },
      ],
    };
    const models = ["eu", "smp"] as const;

    it("each run's outcome is the model's forecast on that run's inputs", async () => {
      const r = await monteCarlo(three, { runs: 40, seed: 5, models: [...models], threads: 1 });
      expect(r.distributions.map((d) => [d.model, d.issue])).toEqual([
        ["eu", "x"],
        ["eu", "y"],
        ["smp", "x"],
        ["smp", "y"],
      ]);
      // The point forecasts are the models run on the inputs as given.
      expect(r.distributions[0]?.point).toBe(
        expectedUtilityModel(issueActors(three, 0), { min: 0, max: 100 }).forecast,
      );
      expect(r.distributions.slice(2).map((d) => d.point)).toEqual(spatialModel(three).outcome);
      // Run 0 again by hand: draw C's two positions as the kernel does, then run the models.
      const task = kernelTask(three, {
        ...monteCarloDefaults,
        runs: 1,
        seed: 5,
        models: [...models],
      });
      const raw = monteCarloKernel(task, {
        weightedMean: () => Number.NaN,
        weightedMedian: () => Number.NaN,
        nashBargaining: () => Number.NaN,
        prng,
        expectedUtilityForecast: (a, s, o) => expectedUtilityModel(a, s, o).forecast,
        spatialOutcome: (inp, o) => spatialModel(inp, o).outcome,
      });
      const rand = prng((5 ^ Math.imul(1, 0x9e3779b1)) >>> 0);
      const draws: number[] = [];
      // Order of draws: per actor, the capability, then per issue position and salience; only
      // ranges wider than a point consume a number.
      draws.push(30 + rand() * 60, 30 + rand() * 60);
      const drawn: ForecastInput = {
        ...three,
        actors: three.actors.map((a) => (a.id === "c" ? { ...a, positions: draws } : a)),
      };
      expect(raw.outcomes[0]).toBe(
        expectedUtilityModel(issueActors(drawn, 0), { min: 0, max: 100 }).forecast,
      );
      expect([raw.outcomes[2], raw.outcomes[3]]).toEqual(spatialModel(drawn).outcome);
    });

    it("is reproducible, and worker threads give exactly the single-threaded outcomes", async () => {
      const o = { runs: 60, seed: 9, models: [...models] };
      const one = await monteCarlo(three, { ...o, threads: 1 });
      const again = await monteCarlo(three, { ...o, threads: 1 });
      const many = await monteCarlo(three, { ...o, threads: 2 });
      expect(again).toEqual(one);
      expect(many.threads).toBe(2);
      expect(many.distributions.map((d) => [d.median, d.q1, d.q3, d.histogram.counts])).toEqual(
        one.distributions.map((d) => [d.median, d.q1, d.q3, d.histogram.counts]),
      );
      // C's position moves the outcome; nothing else is uncertain.
      expect(one.distributions[2]?.sensitivity.map((x) => [x.actor, x.input])).toEqual([
        ["c", "position"],
      ]);
    });
  });
});
