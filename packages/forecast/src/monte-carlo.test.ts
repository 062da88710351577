import { describe, expect, it } from "vitest";
import type { ForecastInput } from "./forecast-input";
import { kernelInWorkers } from "./kernel-in-workers";
import { kernelWorkerSource } from "./kernel-worker-source";
import { kernelTask, monteCarlo, monteCarloDefaults } from "./monte-carlo";
import { outcomeSummary } from "./outcome-summary";

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

  it("the worker source is plain JavaScript that needs no loader", () => {
    const src = kernelWorkerSource();
    expect(() => new Function("require", src)).not.toThrow();
    expect(src).not.toMatch(/\bimport\s|:\s*Float64Array\b|\bas number\b/);
  });
});
