// Trains the event-class model (packages/extract/src/event-class-model.ts) on the development
// part of ConfliBERT's human-coded sentences and writes its weights to
// packages/extract/src/event-class-weights.gen.json. The held-out part (see confliPart) is never
// seen here. Deterministic: the same corpus gives the same weights.
// Usage: node --import tsx scripts/train-event-class.ts [corpus-dir]
//   corpus-dir: the folder holding extract/confli-train/ (default: $PARLEY_CORPUS, else ../shared)
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  confliPart,
  parseConfliClasses,
} from "../packages/extract/src/evaluation/confli-evaluation";
import {
  type ClassExample,
  classifiedSentence,
  sentenceClassFeatures,
  trainedEventClassModel,
} from "../packages/extract/src/event-class-model";
import { extractDocument } from "../packages/extract/src/extract-document";
import { paragraphSentences } from "../packages/extract/src/sentence-tokens";

const repo = resolve(fileURLToPath(import.meta.url), "../..");
const corpus = process.argv[2] ?? process.env.PARLEY_CORPUS ?? join(repo, "../shared");
const file = join(corpus, "extract/confli-train/cameo_class-train.tsv");
if (!existsSync(file)) {
  console.error(`train-event-class: ${file} not found; give the corpus folder as an argument`);
  process.exit(2);
}
// Chosen by the 5-fold accuracy on the development part (epochs 8, 12, 16, 24 by minimum
// counts 1, 2, 3, with the reading rules of 2026-12-06); the held-out part plays no part.
const EPOCHS = Number(process.env.EPOCHS ?? 8);
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 1);

const records = parseConfliClasses(readFileSync(file, "utf8"), file).filter(
  (r) => confliPart(r.text) === "development",
);
const examples: ClassExample[] = records.map((r) => {
  const tokens = paragraphSentences(r.text, 0, 0).flatMap((s) => s.tokens);
  const { events } = extractDocument(r.text, { eventClassModel: null });
  return { features: sentenceClassFeatures(tokens, events), eventClass: r.class };
});

// Five-fold cross-validation on the development part, to choose epochs and the feature cut.
let right = 0;
for (let fold = 0; fold < 5; fold++) {
  const train = examples.filter((_, i) => i % 5 !== fold);
  const test = examples.filter((_, i) => i % 5 === fold);
  const m = trainedEventClassModel(train, { epochs: EPOCHS, minCount: MIN_COUNT });
  for (const e of test) if (classifiedSentence(m, e.features).eventClass === e.eventClass) right++;
}
console.log(
  `development: ${examples.length} sentences; 5-fold accuracy ${(right / examples.length).toFixed(3)} (epochs ${EPOCHS}, features seen >= ${MIN_COUNT} times)`,
);

const model = trainedEventClassModel(examples, { epochs: EPOCHS, minCount: MIN_COUNT });
const out = join(repo, "packages/extract/src/event-class-weights.gen.json");
if (process.env.DRY_RUN === undefined) {
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  console.log(`${Object.keys(model.weights).length} features written to ${out}`);
}
