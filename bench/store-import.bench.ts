// Store benchmark: streaming import of a large synthetic case into SQLite, and time-window
// queries over it, against a baseline case 100 times smaller measured in the same run.
// Size: PARLEY_BENCH_EVENTS (default 1,000,000 events, five participations and one claim each).
// The generator builds typed records, so the import is told they are validated; what the schema
// check would add is measured on its own, over the same records.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { itemSchemas, openStore, type TimeWindow } from "@parley/store";
import { generateCase } from "./generate-case";
import { median } from "./stats";

const EVENTS = Number(process.env.PARLEY_BENCH_EVENTS ?? 1_000_000);
const BASELINE = Math.max(1000, Math.round(EVENTS / 100));
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

interface ImportRun {
  events: number;
  validateCpuMs: number;
  participations: number;
  wallMs: number;
  cpuMs: number;
  fileMb: number;
  memory: { percent: number; rssMb: string; heapMb: string }[];
  windows: {
    window: TimeWindow;
    events: number;
    medianMs: number;
    cpuMs: number;
    pageMs: number;
  }[];
}

// Months and weeks spread over the generated period (1990..2020), the same for both sizes.
const windows: TimeWindow[] = [
  { from: "1993-04-01", to: "1993-04-30" },
  { from: "2001-09-01", to: "2001-09-30" },
  { from: "2005-03-01", to: "2005-03-31" },
  { from: "2012-11-01", to: "2012-11-30" },
  { from: "2018-02-01", to: "2018-02-28" },
  { from: "1997-06-09", to: "1997-06-15" },
  { from: "2015-01-05", to: "2015-01-11" },
];

async function run(events: number, dir: string): Promise<ImportRun> {
  const path = join(dir, `store-${events}.db`);
  const store = await openStore(path);
  const g = generateCase({ events });
  const memory: ImportRun["memory"] = [];
  let nextMark = 25;
  const onProgress = (done: number, total: number) => {
    while (total > 0 && done * 100 >= nextMark * total && nextMark <= 100) {
      const m = process.memoryUsage();
      memory.push({ percent: nextMark, rssMb: mb(m.rss), heapMb: mb(m.heapUsed) });
      nextMark += 25;
    }
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await store.importCaseStream(g.header, g.items(), {
    total: g.total,
    onProgress,
    validated: true,
  });
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const fileMb =
    (statSync(path).size + (statSync(`${path}-wal`, { throwIfNoEntry: false })?.size ?? 0)) /
    1024 /
    1024;

  const results: ImportRun["windows"] = [];
  await store.events(g.header.id, { window: windows[0] as TimeWindow }); // warm the cache
  for (const window of windows) {
    const times: number[] = [];
    const cpuTimes: number[] = [];
    const pageTimes: number[] = [];
    let count = 0;
    for (let i = 0; i < 7; i++) {
      const c = process.cpuUsage();
      const t = performance.now();
      count = (await store.events(g.header.id, { window })).length;
      times.push(performance.now() - t);
      const u = process.cpuUsage(c);
      cpuTimes.push((u.user + u.system) / 1000);
      const t2 = performance.now();
      await store.events(g.header.id, { window, limit: 100 });
      pageTimes.push(performance.now() - t2);
    }
    results.push({
      window,
      events: count,
      medianMs: median(times),
      cpuMs: median(cpuTimes),
      pageMs: median(pageTimes),
    });
  }
  await store.close();
  // The per-record schema check an import of unvalidated records makes, over the same stream.
  const v0 = process.cpuUsage();
  for (const item of g.items()) {
    if (!itemSchemas[item.kind].safeParse(item.value).success)
      throw new Error(`invalid ${item.kind}`);
  }
  const v = process.cpuUsage(v0);
  return {
    validateCpuMs: (v.user + v.system) / 1000,
    events,
    participations: g.participations,
    wallMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    fileMb,
    memory,
    windows: results,
  };
}

const dir = mkdtempSync(join(tmpdir(), "parley-store-bench-"));
const load = loadavg()
  .map((x) => x.toFixed(1))
  .join(" ");
try {
  const base = await run(BASELINE, dir);
  const big = await run(EVENTS, dir);
  const allBase = median(base.windows.map((w) => w.medianMs));
  const allBig = median(big.windows.map((w) => w.medianMs));
  const lines = [
    `Machine: ${availableParallelism()} CPUs (${cpus()[0]?.model ?? "unknown"}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, load average at start ${load}.`,
    "",
    "| case | events | participations | import wall | import CPU | events/s (wall) | store size |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...[base, big].map(
      (r) =>
        `| ${r === base ? "baseline" : "large"} | ${r.events.toLocaleString("en")} | ${r.participations.toLocaleString("en")} | ${(r.wallMs / 1000).toFixed(1)} s | ${(r.cpuMs / 1000).toFixed(1)} s | ${Math.round(r.events / (r.wallMs / 1000)).toLocaleString("en")} | ${r.fileMb.toFixed(0)} MB |`,
    ),
    "",
    `Schema check of the same records (generation included), which an import of unvalidated records adds: baseline ${(base.validateCpuMs / 1000).toFixed(1)} s CPU, large ${(big.validateCpuMs / 1000).toFixed(1)} s CPU.`,
    "",
    `Import time ratio large/baseline: ${(big.wallMs / base.wallMs).toFixed(1)} for ${(big.events / base.events).toFixed(0)} times the events.`,
    "",
    "Memory during the large import (RSS / JS heap used):",
    "",
    "| progress | RSS | heap |",
    "|---:|---:|---:|",
    ...big.memory.map((m) => `| ${m.percent}% | ${m.rssMb} MB | ${m.heapMb} MB |`),
    "",
    "Time-window queries (`store.events(case, { window })`: every overlapping event, parsed, with its participants; median of 7 runs each; CPU is the process's CPU time for the same call; first 100 is the same query with `limit: 100`):",
    "",
    "| window | baseline events | baseline ms | large events | large ms | large CPU ms | large, first 100, ms |",
    "|---|---:|---:|---:|---:|---:|---:|",
    ...big.windows.map((w, i) => {
      const b = base.windows[i];
      return `| ${w.window.from} .. ${w.window.to} | ${b?.events} | ${b?.medianMs.toFixed(1)} | ${w.events} | ${w.medianMs.toFixed(1)} | ${w.cpuMs.toFixed(1)} | ${w.pageMs.toFixed(1)} |`;
    }),
    "",
    `Median window query: baseline ${allBase.toFixed(1)} ms, large ${allBig.toFixed(1)} ms (ratio ${(allBig / allBase).toFixed(1)}); large, CPU ${median(big.windows.map((w) => w.cpuMs)).toFixed(1)} ms; large, first 100: ${median(big.windows.map((w) => w.pageMs)).toFixed(1)} ms.`,
  ];
  console.log(lines.join("\n"));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
