// The spatial model on KTAB's large dummy scenarios, against KTAB's own published times
// (C++: about 83 s for 80 actors to convergence, about a minute a turn for 160 actors), and how
// the time per turn grows with the number of actors. Prints medians and ratios to a baseline
// measured in the same run (the 7-actor reference scenario), since the machine is shared.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { corpusFolder } from "@parley/core/test-support/corpus";
import { parseKtabCsv, spatialModel } from "@parley/forecast";
import { growthExponent, median } from "./stats";

const folder = corpusFolder();
if (folder === undefined) {
  throw new Error(
    "This benchmark reads KTAB's scenarios from forecast/ktab/ in PARLEY_CORPUS (default ../shared), which is absent",
  );
}
const shared = (name: string) => readFileSync(join(folder, "forecast", "ktab", name), "utf8");
const scenario = (name: string) => {
  const r = parseKtabCsv(shared(name), name);
  if (!r.ok) throw r.error;
  return r.value;
};
const time = (f: () => void, reps: number) =>
  median(
    Array.from({ length: reps }, () => {
      const t = performance.now();
      f();
      return performance.now() - t;
    }),
  );

const base = scenario("dummyData_3Dim.csv");
const baseMs = time(() => spatialModel(base), 15);
console.log(`baseline: dummyData_3Dim (7 actors, 3 dims, 10 turns) median ${baseMs.toFixed(1)} ms`);

for (const [file, ktabSeconds, perTurn] of [
  ["dummyData-a080.csv", 83, false],
  ["dummyData-a160.csv", 60, true],
] as const) {
  const s = scenario(file);
  let turns = 0;
  const ms = time(() => {
    turns = spatialModel(s).turns;
  }, 3);
  const ktab = perTurn
    ? `KTAB ≈ ${ktabSeconds} s per turn → ${((ktabSeconds * 1000 * turns) / ms).toFixed(0)}x faster`
    : `KTAB ≈ ${ktabSeconds} s → ${((ktabSeconds * 1000) / ms).toFixed(0)}x faster`;
  console.log(
    `${file}: ${s.actors.length} actors, ${turns} turns to convergence, median ${(ms / 1000).toFixed(2)} s (${(ms / turns).toFixed(0)} ms/turn), ${(ms / baseMs).toFixed(0)}x baseline; ${ktab}`,
  );
}

// Growth of the time per turn with the number of actors: the first n actors of the 160-actor file,
// a fixed 3 turns each, fitted as time ∝ n^k on log-log scale.
const big = scenario("dummyData-a160.csv");
const sizes = [20, 40, 80, 160];
const points = sizes.map((n) => {
  const sub = { ...big, actors: big.actors.slice(0, n) };
  const ms = time(() => spatialModel(sub, { maxTurns: 3, minTurns: 4 }), n >= 160 ? 3 : 5) / 3;
  console.log(`  ${n} actors: ${ms.toFixed(1)} ms per turn`);
  return [Math.log(n), Math.log(ms)] as const;
});
const k = growthExponent(points);
console.log(`growth exponent (time per turn ∝ actors^k): k = ${k.toFixed(2)}`);
