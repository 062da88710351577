// 10,000 Monte Carlo runs of the closed-form models (weighted mean, weighted median, Nash) on
// 100 actors × 10 issues with every position, salience and capability uncertain; target under
// 30 s on a 2-core machine. Prints medians, the ratio to a single-threaded baseline measured in
// the same run, and how the time per run grows with the number of actors.
import { availableParallelism } from "node:os";
import { type ForecastInput, monteCarlo, prng } from "@parley/forecast";
import { growthExponent, medianTime } from "./stats";

function syntheticCase(actors: number, issues: number, seed: number): ForecastInput {
  const r = prng(seed);
  return {
    issues: Array.from({ length: issues }, (_, k) => ({
      id: `i${k}`,
      name: `issue ${k}`,
      scale: { min: 0, max: 100 },
    })),
    actors: Array.from({ length: actors }, (_, a) => {
      const positions = Array.from({ length: issues }, () => 100 * r());
      const saliences = Array.from({ length: issues }, () => 0.1 + 0.9 * r());
      const capability = 1 + 99 * r();
      return {
        id: `a${a}`,
        name: `actor ${a}`,
        capability,
        positions,
        saliences,
        ranges: {
          capability: [capability * 0.8, capability * 1.2] as [number, number],
          positions: positions.map(
            (p) => [Math.max(0, p - 10), Math.min(100, p + 10)] as [number, number],
          ),
          saliences: saliences.map(
            (s) => [Math.max(0, s - 0.1), Math.min(1, s + 0.1)] as [number, number],
          ),
        },
      };
    }),
  };
}

const input = syntheticCase(100, 10, 42);
const cores = availableParallelism();
const single = await medianTime(() => monteCarlo(input, { runs: 10_000, seed: 1, threads: 1 }), 3);
const multi = await medianTime(
  () => monteCarlo(input, { runs: 10_000, seed: 1, threads: cores }),
  3,
);
console.log(
  `baseline: 100 actors × 10 issues × 10,000 runs × 3 models, 1 thread: median ${(single / 1000).toFixed(2)} s`,
);
console.log(
  `worker threads (${cores}): median ${(multi / 1000).toFixed(2)} s, ${(single / multi).toFixed(2)}x the baseline's speed (target < 30 s)`,
);

const sizes = [25, 50, 100, 200, 400];
const pts: [number, number][] = [];
for (const n of sizes) {
  const inp = syntheticCase(n, 10, 7);
  const ms =
    (await medianTime(() => monteCarlo(inp, { runs: 1000, seed: 1, threads: 1 }), 3)) / 1000;
  console.log(`  ${n} actors: ${(ms * 1000).toFixed(0)} µs per run (10 issues, 3 models)`);
  pts.push([Math.log(n), Math.log(ms)]);
}
const k = growthExponent(pts);
console.log(`growth exponent (time per run ∝ actors^k): k = ${k.toFixed(2)}`);
