// The user's path for a case folder: `parley case import <folder>` (read the YAML, check the
// schema and every reference, write the store), run as a fresh CLI process on synthetic folders
// from bench/generate-case-folder.ts (every event and participation held by a claim). Baseline in
// the same run: a folder 20 times smaller; and, in this process, what reading the large folder
// with positions costs (`yaml`'s parseDocument with a LineCounter, the reader that locates
// problems, which the import used for every case before it kept it for cases with problems).
// Size: PARLEY_BENCH_CASE_EVENTS (default 20,000 events, five participations each).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { LineCounter, parseDocument } from "yaml";
import { writeCaseFolder } from "./generate-case-folder";
import { median } from "./stats";

const EVENTS = Number(process.env.PARLEY_BENCH_CASE_EVENTS ?? 20_000);
const BASELINE = Math.max(500, Math.round(EVENTS / 20));
const RUNS = 3;
const cli = fileURLToPath(new URL("../packages/cli/dist/parley.mjs", import.meta.url));
if (!existsSync(cli)) throw new Error("build the CLI first: node scripts/build.mjs");

// Reports the child's own CPU time and peak RSS when it exits.
const REPORT = `data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nRUSAGE "+JSON.stringify({cpu:(u.userCPUTime+u.systemCPUTime)/1e6,rss:u.maxRSS/1024})+"\\n")})`;

interface Run {
  wall: number;
  cpu: number;
  rssMb: number;
}

function importOnce(folder: string, db: string): Run {
  rmSync(db, { force: true });
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    ["--import", REPORT, cli, "case", "import", folder, "--db", db],
    {
      encoding: "utf8",
    },
  );
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`case import failed: ${r.stderr}`);
  const line = r.stderr.split("\n").find((l) => l.startsWith("RUSAGE "));
  const u = JSON.parse(line?.slice(7) ?? "{}") as { cpu: number; rss: number };
  return { wall, cpu: u.cpu, rssMb: u.rss };
}

const dir = mkdtempSync(join(tmpdir(), "parley-case-bench-"));
const load = loadavg()
  .map((x) => x.toFixed(1))
  .join(" ");
try {
  const sizes = [BASELINE, EVENTS];
  const rows: { events: number; claims: number; mb: number; runs: Run[] }[] = [];
  for (const events of sizes) {
    const folder = join(dir, `case-${events}`);
    const stats = writeCaseFolder(folder, { events });
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(importOnce(folder, join(dir, `store-${events}.db`)));
    rows.push({ events, claims: stats.claims, mb: stats.bytes / 1024 / 1024, runs });
  }
  // Reading the large folder with positions, as the located reader does (no checks, no writes).
  const large = join(dir, `case-${EVENTS}`);
  const texts = readdirSync(large).map((f) => readFileSync(join(large, f), "utf8"));
  const located: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    for (const t of texts)
      parseDocument(t, { lineCounter: new LineCounter(), uniqueKeys: true }).toJS();
    located.push((performance.now() - t0) / 1000);
  }
  const med = (r: (typeof rows)[number], k: keyof Run) => median(r.runs.map((x) => x[k]));
  const [base, big] = rows as [(typeof rows)[0], (typeof rows)[0]];
  const out = [
    `Machine: ${availableParallelism()} CPUs (${cpus()[0]?.model ?? "unknown"}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, load average at start ${load}, at end ${loadavg()
      .map((x) => x.toFixed(1))
      .join(" ")}.`,
    "",
    `\`parley case import <folder>\`, a fresh process and a fresh SQLite store each run, median of ${RUNS}:`,
    "",
    "| folder | events | claims | YAML | wall | CPU | peak RSS | runs (wall) |",
    "|---|---:|---:|---:|---:|---:|---:|---|",
    ...rows.map(
      (r) =>
        `| ${r === base ? "baseline" : "large"} | ${r.events.toLocaleString("en")} | ${r.claims.toLocaleString("en")} | ${r.mb.toFixed(1)} MB | ${med(r, "wall").toFixed(2)} s | ${med(r, "cpu").toFixed(2)} s | ${med(r, "rssMb").toFixed(0)} MB | ${r.runs.map((x) => x.wall.toFixed(2)).join(", ")} |`,
    ),
    "",
    `Ratio large/baseline: wall ${(med(big, "wall") / med(base, "wall")).toFixed(1)}, CPU ${(med(big, "cpu") / med(base, "cpu")).toFixed(1)} for ${(big.events / base.events).toFixed(0)} times the events.`,
    "",
    `Reading the large folder with positions only (\`yaml\` parseDocument + toJS, in process, median of ${RUNS}): ${median(located).toFixed(2)} s, ${(median(located) / med(big, "wall")).toFixed(1)} times the whole import's wall time.`,
  ];
  console.log(out.join("\n"));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
