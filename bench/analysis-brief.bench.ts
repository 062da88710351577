// The brief of the built-in Afghanistan case end to end: read and check the case folder, compute
// every section, render Markdown, HTML (with Plot charts) and DOCX. Cold: one fresh process per
// format, timed from after the module imports (what `parley report` does once loaded). Warm:
// medians in one process. Baseline in the same run: reading and checking the case folder alone.
// Usage: node --import tsx bench/analysis-brief.bench.ts
import { spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { loadCaseFolder } from "@parley/core/node";
import { brief } from "../packages/analysis/src/brief";
import { briefDocx } from "../packages/analysis/src/brief-docx";
import { briefHtml } from "../packages/analysis/src/brief-html";
import { briefMarkdown } from "../packages/analysis/src/brief-markdown";
import { median } from "./stats";

const RUNS = 7;
const folder = new URL("../cases/afghanistan", import.meta.url).pathname;

function load() {
  const r = loadCaseFolder(folder);
  if (!r.ok) throw r.error;
  return r.value;
}

async function endToEnd(): Promise<{ md: number; html: number; docx: number; notes: number }> {
  const c = load();
  const b = brief(c, {}, { date: "2024-05-01" });
  const md = briefMarkdown(b).length;
  const html = briefHtml(b).length;
  const docx = (await briefDocx(b)).length;
  return { md, html, docx, notes: b.notes.length };
}

const coldFormat = process.argv[2] === "--cold" ? process.argv[3] : undefined;
if (coldFormat !== undefined) {
  const t = performance.now();
  const b = brief(load(), {}, { date: "2024-05-01" });
  if (coldFormat === "md") briefMarkdown(b);
  else if (coldFormat === "html") briefHtml(b);
  else await briefDocx(b);
  console.log((performance.now() - t) / 1000);
  process.exit(0);
}

const cold: Record<string, number> = {};
for (const format of ["md", "html", "docx"]) {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", new URL(import.meta.url).pathname, "--cold", format],
      { encoding: "utf8" },
    );
    if (r.status !== 0) throw new Error(r.stderr);
    runs.push(Number(r.stdout.trim()));
  }
  cold[format] = median(runs);
}
const first = await endToEnd();

const times: Record<string, number[]> = {
  baseline: [],
  brief: [],
  markdown: [],
  html: [],
  docx: [],
  total: [],
};
for (let i = 0; i < RUNS; i++) {
  let t = performance.now();
  const c = load();
  const loaded = performance.now();
  times.baseline?.push((loaded - t) / 1000);
  const b = brief(c, {}, { date: "2024-05-01" });
  const briefed = performance.now();
  times.brief?.push((briefed - loaded) / 1000);
  t = performance.now();
  briefMarkdown(b);
  times.markdown?.push((performance.now() - t) / 1000);
  t = performance.now();
  briefHtml(b);
  times.html?.push((performance.now() - t) / 1000);
  t = performance.now();
  await briefDocx(b);
  times.docx?.push((performance.now() - t) / 1000);
  times.total?.push((performance.now() - (loaded - (times.baseline?.[i] ?? 0) * 1000)) / 1000);
}

const base = median(times.baseline ?? []);
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? "?"}, node ${process.version}`);
console.log(
  `case: ${folder}; brief has ${first.notes} notes; md ${first.md} chars, html ${first.html} chars, docx ${first.docx} bytes`,
);
for (const [format, secs] of Object.entries(cold))
  console.log(
    `cold, fresh process, load + brief + ${format}: ${secs.toFixed(3)} s (median of 3); target < 2 s: ${secs < 2 ? "met" : "NOT met"}`,
  );
console.log("step                      median s   x baseline");
for (const [k, xs] of Object.entries(times)) {
  const m = median(xs);
  console.log(
    `${k.padEnd(24)}  ${m.toFixed(4).padStart(8)}   ${(m / base).toFixed(1).padStart(9)}`,
  );
}
const total = median(times.total ?? []);
console.log(`warm, load + brief + md + html + docx: ${total.toFixed(3)} s`);
