// Monte Carlo runs of the dynamic models (expected utility, spatial), which run their full
// rounds or turns inside every draw: the Afghanistan case (8 actors × 5 issues) on one thread and
// on worker threads, and how the time per run grows with the number of actors (synthetic
// cases, 5 issues). Prints medians; the ratio threads/1 thread is measured in the same run.
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { loadCaseFolder } from "@parley/core/node";
import {
  type ForecastInput,
  forecastInputFromCase,
  type MonteCarloModel,
  monteCarlo,
  prng,
} from "@parley/forecast";
import { growthExponent, medianTime } from "./stats";

const loaded = loadCaseFolder(fileURLToPath(new URL("../cases/afghanistan", import.meta.url)));
if (!loaded.ok) throw loaded.error;
const read = forecastInputFromCase(loaded.value);
if (!read.ok) throw read.error;
const afghanistan = read.value;

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
      const capability = 1 + 99 * r();
      return {
        id: `a${a}`,
        name: `actor ${a}`,
        capability,
        positions,
        saliences: Array.from({ length: issues }, () => 0.1 + 0.9 * r()),
        ranges: {
          capability: [capability * 0.8, capability * 1.2] as [number, number],
          positions: positions.map(
            (p) => [Math.max(0, p - 10), Math.min(100, p + 10)] as [number, number],
          ),
        },
      };
    }),
  };
}

const cores = availableParallelism();
const runs = 1000;
for (const models of [["eu"], ["smp"]] as MonteCarloModel[][]) {
  const one = await medianTime(
    () => monteCarlo(afghanistan, { runs, seed: 1, models, threads: 1 }),
    3,
  );
  const many = await medianTime(
    () => monteCarlo(afghanistan, { runs, seed: 1, models, threads: cores }),
    3,
  );
  console.log(
    `${models[0]} on the Afghanistan case, ${runs} runs: 1 thread ${(one / 1000).toFixed(2)} s ` +
      `(${(one / runs).toFixed(2)} ms/run); ${cores} threads ${(many / 1000).toFixed(2)} s ` +
      `(${(one / many).toFixed(2)}x)`,
  );
}

for (const model of ["eu", "smp"] as MonteCarloModel[]) {
  const pts: [number, number][] = [];
  const line: string[] = [];
  for (const n of [10, 20, 40]) {
    const inp = syntheticCase(n, 5, 7);
    const reps = 50;
    const ms =
      (await medianTime(
        () => monteCarlo(inp, { runs: reps, seed: 1, models: [model], threads: 1 }),
        3,
      )) / reps;
    line.push(`${n}: ${ms.toFixed(1)} ms`);
    pts.push([Math.log(n), Math.log(ms)]);
  }
  const k = growthExponent(pts);
  console.log(
    `${model} time per run by actors (5 issues): ${line.join(", ")}; exponent k = ${k.toFixed(2)}`,
  );
}
