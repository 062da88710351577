// Extraction throughput and evaluations. Throughput: sentences per second of `extractDocument`
// on one core over news-style text (the gold set and the founding essay, repeated), median of
// 5 runs, against a baseline measured in the same run: wink-nlp sentence and token splitting
// alone. Streaming: a 10 MB text through `extractionStream` in 256 kB chunks, with the peak heap
// sampled at every progress callback. Evaluations: the gold set, the PLOVER gold-standard
// records, ConfliBERT's coded sentences (held-out and development parts) and the founding essay
// against cases/afghanistan (read here, never by the product).
// Usage: node --import tsx bench/extract-pipeline.bench.ts
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadCaseFolder } from "@parley/core/node";
import { corpusFolder } from "@parley/core/test-support/corpus";
import {
  caseActorsFromCase,
  confliEvaluation,
  confliMeetingEvaluation,
  confliMeetingSentences,
  confliPart,
  essayEvaluation,
  extractDocument,
  extractionStream,
  formatMeetingScore,
  formatScore,
  goldEvaluation,
  goldSet,
  parseConfliClasses,
  parseConfliSpans,
  ploverEvaluation,
} from "../packages/extract/src/index";
import { paragraphSentences, textParagraphs } from "../packages/extract/src/sentence-tokens";
import { median } from "./stats";

// The live-heap measure needs a collector to call: rerun with one when started without it.
if (typeof global.gc !== "function") {
  const r = spawnSync(
    process.execPath,
    ["--expose-gc", "--import", "tsx", fileURLToPath(import.meta.url)],
    {
      stdio: "inherit",
    },
  );
  process.exit(r.status ?? 1);
}

const RUNS = 5;
const folder = corpusFolder();
if (folder === undefined) {
  throw new Error(
    "This benchmark reads the essay and the PLOVER records from PARLEY_CORPUS (default ../shared), which is absent",
  );
}
const shared = pathToFileURL(`${folder}/`);
const essay = readFileSync(new URL("seed/afghanistan-russia-essay.txt", shared), "utf8");

const unit = `${goldSet.map((g) => g.text).join("\n")}\n${essay}\n`;
const corpus = unit.repeat(8);
const sentences = extractDocument(corpus).sentences.length;

function timeIt(f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return median(times) / 1000;
}

extractDocument(unit); // warm up the model and the gazetteer
const base = timeIt(() => {
  for (const p of textParagraphs(corpus)) paragraphSentences(p.text, p.start, 0);
});
const full = timeIt(() => extractDocument(corpus));
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model ?? "?"}, Node ${process.version}`);
console.log(`corpus: ${corpus.length} characters, ${sentences} sentences`);
console.log("| step (median of 5) | s | sentences/s | x baseline |");
console.log("| --- | --- | --- | --- |");
console.log(
  `| baseline: wink-nlp sentences and tokens | ${base.toFixed(3)} | ${Math.round(sentences / base)} | 1.0 |`,
);
console.log(
  `| extractDocument (full pipeline) | ${full.toFixed(3)} | ${Math.round(sentences / full)} | ${(full / base).toFixed(1)} |`,
);

// Streaming with bounded memory: the peak heap should not grow with the size of the text.
const block = Buffer.from(unit, "utf8");
async function* textOf(target: number): AsyncGenerator<Uint8Array> {
  let sent = 0;
  let at = 0;
  while (sent < target) {
    const chunk = Buffer.alloc(256 * 1024);
    for (let k = 0; k < chunk.length; k++) {
      chunk[k] = block[at] as number;
      at = (at + 1) % block.length;
    }
    sent += chunk.length;
    yield chunk;
  }
}
for (const mb of [1, 10]) {
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  let peak = heap0;
  let streamed = 0;
  let calls = 0;
  const t0 = performance.now();
  for await (const part of extractionStream(textOf(mb * 1024 * 1024), {
    onProgress: () => {
      calls++;
      // collect first, so that what is measured is what the stream holds, not garbage
      global.gc?.();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    },
  })) {
    streamed += part.sentences.length; // parts are dropped as they come: nothing accumulates
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `stream ${mb} MB: ${streamed} sentences in ${seconds.toFixed(1)} s (${Math.round(streamed / seconds)} sentences/s), ${calls} progress reports, peak live heap ${((peak - heap0) / 1048576).toFixed(1)} MB above the start`,
  );
}

// Evaluations.
const g = goldEvaluation();
console.log(`gold set (${g.passages} passages): events ${formatScore(g.events)}`);
console.log(`  ties ${formatScore(g.relations)}`);
console.log(`  actor mentions ${formatScore(g.mentions)}`);
console.log(`  dates ${formatScore(g.dates)}`);
console.log(`  certainty of hedged passages ${g.certaintyAccuracy.toFixed(3)}`);
const records = JSON.parse(
  readFileSync(new URL("extract/plover-gold-standard-records.json", shared), "utf8"),
);
const p = ploverEvaluation(records);
console.log(
  `PLOVER (${p.records} records, ${p.covered} with an event): type accuracy ${p.typeAccuracy.toFixed(3)}`,
);
console.log(`  source actors ${formatScore(p.source)}`);
console.log(`  target actors ${formatScore(p.target)}`);
// ConfliBERT's coded sentences, by the fixed hash split: the model never saw the held-out part
const confli = (f: string): string =>
  readFileSync(new URL(`extract/confli-train/${f}`, shared), "utf8");
const classes = parseConfliClasses(confli("cameo_class-train.tsv"));
const spans = parseConfliSpans(confli("cameo_ner-train.txt"));
for (const part of ["held-out", "development"] as const) {
  const c = classes.filter((r) => confliPart(r.text) === part);
  const withModel = confliEvaluation(
    c,
    spans.filter((r) => confliPart(r.text) === part),
  );
  const rules = confliEvaluation(c, [], "rules");
  console.log(
    `ConfliBERT ${part} (${c.length}, ${withModel.noEvent} with no event): model and rules acc ${withModel.accuracy.toFixed(3)} macro-F1 ${withModel.macroF1.toFixed(3)}; leading event acc ${rules.accuracy.toFixed(3)} macro-F1 ${rules.macroF1.toFixed(3)}`,
  );
  console.log(`  source spans ${formatScore(withModel.source)}`);
  console.log(`  target spans ${formatScore(withModel.target)}`);
  const meetings = confliMeetingEvaluation(
    confliMeetingSentences(spans, classes).filter((r) => r.part === part),
  );
  console.log(
    `  meeting participants (${meetings.sentences} sentences) ${formatMeetingScore(meetings)}`,
  );
}
const loaded = loadCaseFolder(new URL("../cases/afghanistan", import.meta.url).pathname);
if (!loaded.ok) throw loaded.error;
const e = essayEvaluation(
  loaded.value,
  "ibrahimi-2018",
  essay,
  extractDocument(essay, { caseActors: caseActorsFromCase(loaded.value) }),
);
console.log(
  `essay vs cases/afghanistan: ${e.recovered}/${e.participations.length} meeting participations (${e.recall.toFixed(3)})`,
);
for (const h of e.hedges)
  console.log(`  ${h.relation}: case ${h.expected}, extracted ${h.extracted ?? "not found"}`);
