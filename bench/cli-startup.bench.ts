// CLI start-up: `parley actors --case afghanistan` on a store that already holds the case, against
// a bare `node -e ""` start measured in the same run (the baseline ratio), and the first run that
// imports the built-in case into an empty store.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { median } from "./stats";

const cli = fileURLToPath(new URL("../packages/cli/dist/parley.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "parley-bench-cli-"));
const db = join(dir, "parley.db");
const runs = Number(process.env.RUNS ?? 15);

function time(args: string[], env: Record<string, string> = {}): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, {
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
  return ms;
}

const first = time([cli, "actors", "--case", "afghanistan", "--db", db]);
const baseline: number[] = [];
const actors: number[] = [];
const version: number[] = [];
for (let i = 0; i < runs; i++) {
  baseline.push(time(["-e", ""]));
  version.push(time([cli, "--version"]));
  actors.push(time([cli, "actors", "--case", "afghanistan", "--db", db]));
}
rmSync(dir, { recursive: true, force: true });
const b = median(baseline);
console.log(`runs: ${runs}`);
console.log(`node -e "" (baseline)                     ${b.toFixed(0)} ms`);
console.log(
  `parley --version                           ${median(version).toFixed(0)} ms  (${(median(version) / b).toFixed(2)}x baseline)`,
);
console.log(
  `parley actors --case afghanistan           ${median(actors).toFixed(0)} ms  (${(median(actors) / b).toFixed(2)}x baseline; target < 400 ms)`,
);
console.log(`first run (imports the built-in case)      ${first.toFixed(0)} ms`);
