// The user's path for a case folder: `parley case import <folder>` (read the files, check the
// schema and every reference and claim, write the store), run as a fresh CLI process on synthetic
// folders from bench/generate-case-folder.ts (every event and participation held by a claim).
// Two shapes: all YAML (read whole, `loadCaseFolder`), and events and claims as NDJSON (read
// record by record, `importCaseRecords`). Baselines in the same run: a YAML folder 20 times
// smaller, and an NDJSON folder 20 times smaller than the large one.
// Sizes: PARLEY_BENCH_CASE_EVENTS (YAML, default 20,000 events, five participations each),
// PARLEY_BENCH_NDJSON_EVENTS (default 1,000,000); runs: PARLEY_BENCH_RUNS (default 3) for all but
// the large NDJSON folder, PARLEY_BENCH_NDJSON_RUNS (default 1) for it. PARLEY_BENCH_LOCATED=1 also
// times reading the large YAML folder with positions (`yaml`'s parseDocument with a LineCounter,
// the reader that locates problems), in this process.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { type Run, runCli } from "./cli-child";
import { writeCaseFolder } from "./generate-case-folder";
import { loadAverage, median } from "./stats";

const EVENTS = Number(process.env.PARLEY_BENCH_CASE_EVENTS ?? 20_000);
const BASELINE = Math.max(500, Math.round(EVENTS / 20));
const ND_EVENTS = Number(process.env.PARLEY_BENCH_NDJSON_EVENTS ?? 1_000_000);
const ND_BASELINE = Math.max(500, Math.round(ND_EVENTS / 20));
const RUNS = Number(process.env.PARLEY_BENCH_RUNS ?? 3);
const ND_RUNS = Number(process.env.PARLEY_BENCH_NDJSON_RUNS ?? 1);

function importOnce(folder: string, db: string): Run {
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const run = runCli(["case", "import", folder, "--db", db]);
  rmSync(db, { force: true });
  return run;
}

const load = loadAverage;
const dir = mkdtempSync(join(tmpdir(), "parley-case-bench-"));
const loadAtStart = load();
try {
  const shapes = [
    { name: "YAML baseline", events: BASELINE, ndjson: false, runs: RUNS },
    { name: "YAML large", events: EVENTS, ndjson: false, runs: RUNS },
    { name: "NDJSON, as YAML large", events: EVENTS, ndjson: true, runs: RUNS },
    { name: "NDJSON baseline", events: ND_BASELINE, ndjson: true, runs: RUNS },
    { name: "NDJSON large", events: ND_EVENTS, ndjson: true, runs: ND_RUNS },
  ];
  const rows: { name: string; events: number; claims: number; mb: number; runs: Run[] }[] = [];
  for (const shape of shapes) {
    const folder = join(dir, `case-${shape.events}-${shape.ndjson ? "nd" : "yaml"}`);
    const stats = writeCaseFolder(folder, { events: shape.events, ndjson: shape.ndjson });
    const runs: Run[] = [];
    for (let i = 0; i < shape.runs; i++) {
      runs.push(importOnce(folder, join(dir, "store.db")));
      console.error(`${shape.name}: run ${i + 1} ${JSON.stringify(runs.at(-1))}, load ${load()}`);
    }
    rows.push({
      name: shape.name,
      events: shape.events,
      claims: stats.claims,
      mb: stats.bytes / 1024 / 1024,
      runs,
    });
    if (shape.events !== EVENTS || shape.ndjson) rmSync(folder, { recursive: true, force: true });
  }
  const med = (r: (typeof rows)[number], k: keyof Run) => median(r.runs.map((x) => x[k]));
  const row = (name: string) => rows.find((r) => r.name === name) as (typeof rows)[number];
  const ratio = (big: string, base: string) => {
    const a = row(big);
    const b = row(base);
    return `${big}/${base}: wall ${(med(a, "wall") / med(b, "wall")).toFixed(1)}, CPU ${(med(a, "cpu") / med(b, "cpu")).toFixed(1)}, peak RSS ${(med(a, "rssMb") / med(b, "rssMb")).toFixed(2)} for ${(a.events / b.events).toFixed(0)} times the events.`;
  };
  const out = [
    `Machine: ${availableParallelism()} CPUs (${cpus()[0]?.model ?? "unknown"}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, load average at start ${loadAtStart}, at end ${load()}.`,
    "",
    "`parley case import <folder>`, a fresh process and a fresh SQLite store each run, medians:",
    "",
    "| folder | events | claims | size | wall | CPU | peak RSS | runs (wall / CPU) |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.events.toLocaleString("en")} | ${r.claims.toLocaleString("en")} | ${r.mb.toFixed(1)} MB | ${med(r, "wall").toFixed(2)} s | ${med(r, "cpu").toFixed(2)} s | ${med(r, "rssMb").toFixed(0)} MB | ${r.runs.map((x) => `${x.wall.toFixed(2)} / ${x.cpu.toFixed(2)}`).join(", ")} |`,
    ),
    "",
    `Ratios: ${ratio("YAML large", "YAML baseline")} ${ratio("NDJSON large", "NDJSON baseline")}`,
  ];
  if (process.env.PARLEY_BENCH_LOCATED === "1") {
    const large = join(dir, `case-${EVENTS}-yaml`);
    const texts = readdirSync(large).map((f) => readFileSync(join(large, f), "utf8"));
    const located: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      for (const t of texts)
        parseDocument(t, { lineCounter: new LineCounter(), uniqueKeys: true }).toJS();
      located.push((performance.now() - t0) / 1000);
    }
    out.push(
      "",
      `Reading the large YAML folder with positions only (\`yaml\` parseDocument + toJS, in process, median of ${RUNS}): ${median(located).toFixed(2)} s.`,
    );
  }
  console.log(out.join("\n"));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
