// Writing a stored case back as a case folder: `parley case export <id> <folder>` (the whole
// case read, then written as YAML) against `--ndjson` (events, relations and claims read from
// a cursor and written record by record), each as a fresh CLI process on one SQLite store.
// Two sizes: PARLEY_BENCH_EXPORT_EVENTS (default 200,000 events, six claims each) and a baseline
// 20 times smaller, so that the ratios show how time and memory grow; PARLEY_BENCH_RUNS runs
// each (default 3). The stores are filled by `parley case import` of generated NDJSON folders
// (bench/generate-case-folder.ts), not timed here.
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { type Run, runCli } from "./cli-child";
import { writeCaseFolder } from "./generate-case-folder";
import { loadAverage, median } from "./stats";

const EVENTS = Number(process.env.PARLEY_BENCH_EXPORT_EVENTS ?? 200_000);
const BASELINE = Math.max(500, Math.round(EVENTS / 20));
const RUNS = Number(process.env.PARLEY_BENCH_RUNS ?? 3);

const load = loadAverage;
const dir = mkdtempSync(join(tmpdir(), "parley-export-bench-"));
const loadAtStart = load();
try {
  const rows: { name: string; events: number; claims: number; runs: Run[] }[] = [];
  for (const events of [BASELINE, EVENTS]) {
    const folder = join(dir, `in-${events}`);
    const stats = writeCaseFolder(folder, { events, ndjson: true });
    const db = join(dir, `store-${events}.db`);
    runCli(["case", "import", folder, "--db", db]);
    rmSync(folder, { recursive: true, force: true });
    const id = `synthetic-${events}`;
    for (const ndjson of [false, true]) {
      const name = `${ndjson ? "NDJSON" : "YAML"}, ${events === EVENTS ? "large" : "baseline"}`;
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) {
        const out = join(dir, `out-${events}-${ndjson ? "nd" : "yaml"}`);
        rmSync(out, { recursive: true, force: true });
        const args = ["case", "export", id, out, "--db", db, ...(ndjson ? ["--ndjson"] : [])];
        runs.push(runCli(args));
        rmSync(out, { recursive: true, force: true });
        console.error(`${name}: run ${i + 1} ${JSON.stringify(runs.at(-1))}, load ${load()}`);
      }
      rows.push({ name, events, claims: stats.claims, runs });
    }
    rmSync(db, { force: true });
  }
  const med = (r: (typeof rows)[number], k: keyof Run) => median(r.runs.map((x) => x[k]));
  const row = (name: string) => rows.find((r) => r.name === name) as (typeof rows)[number];
  const ratio = (big: string, base: string) => {
    const a = row(big);
    const b = row(base);
    return `${big} / ${base}: wall ${(med(a, "wall") / med(b, "wall")).toFixed(1)}, CPU ${(med(a, "cpu") / med(b, "cpu")).toFixed(1)}, peak RSS ${(med(a, "rssMb") / med(b, "rssMb")).toFixed(2)} for ${(a.events / b.events).toFixed(0)} times the events.`;
  };
  console.log(
    [
      `Machine: ${availableParallelism()} CPUs (${cpus()[0]?.model ?? "unknown"}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, load average at start ${loadAtStart}, at end ${load()}.`,
      "",
      "`parley case export <id> <folder> [--ndjson]`, a fresh process each run, medians:",
      "",
      "| export | events | claims | wall | CPU | peak RSS | runs (wall / CPU / RSS) |",
      "|---|---:|---:|---:|---:|---:|---|",
      ...rows.map(
        (r) =>
          `| ${r.name} | ${r.events.toLocaleString("en")} | ${r.claims.toLocaleString("en")} | ${med(r, "wall").toFixed(2)} s | ${med(r, "cpu").toFixed(2)} s | ${med(r, "rssMb").toFixed(0)} MB | ${r.runs.map((x) => `${x.wall.toFixed(2)} / ${x.cpu.toFixed(2)} / ${x.rssMb.toFixed(0)}`).join(", ")} |`,
      ),
      "",
      `Ratios: ${ratio("YAML, large", "YAML, baseline")} ${ratio("NDJSON, large", "NDJSON, baseline")} NDJSON against YAML at the large size: wall ${(med(row("NDJSON, large"), "wall") / med(row("YAML, large"), "wall")).toFixed(2)}, peak RSS ${(med(row("NDJSON, large"), "rssMb") / med(row("YAML, large"), "rssMb")).toFixed(2)}.`,
    ].join("\n"),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
