// Runs every benchmark script (bench/*.bench.ts) in turn, or those whose name contains an argument.
// Each script prints its own table; results are copied by hand into bench/RESULTS.md with the machine.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const scripts = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
let failed = 0;
for (const script of scripts) {
  console.log(`\n=== ${script} ===`);
  const r = spawnSync(process.execPath, ["--import", "tsx", join(here, script)], {
    stdio: "inherit",
  });
  if (r.status !== 0) failed++;
}
if (scripts.length === 0) console.log("no benchmark matched", filters.join(" "));
process.exit(failed === 0 ? 0 : 1);
