/**
 * The event-class model: a linear classifier over a sentence's words and the events the rules
 * found in it, giving the CAMEO class of what the sentence reports (`eventClasses`). Trained as
 * an averaged perceptron (Collins 2002; Freund and Schapire 1999) by
 * `scripts/train-event-class.ts` on the development part of ConfliBERT's human-coded sentences;
 * the weights ship in `event-class-weights.gen.json`, so extraction needs nothing else.
 */

import shipped from "./event-class-weights.gen.json" with { type: "json" };
import { type EventClass, eventClasses, eventClassOf } from "./event-classes";
import type { PloverType } from "./extraction";
import type { Token } from "./sentence-tokens";

/** A trained model: one weight per class for each feature, in the order of `classes`. */
export interface EventClassModel {
  classes: readonly EventClass[];
  weights: Readonly<Record<string, readonly number[]>>;
}

/** What the features need of an event the rules found. */
export interface RuleEvent {
  type: PloverType;
  mode: string | null;
  negated: boolean;
  confidence: number;
}

const stopwords = new Set([
  "the",
  "a",
  "an",
  "of",
  "and",
  "to",
  "in",
  "on",
  "at",
  "for",
  "by",
  "with",
  "its",
  "their",
  "his",
  "her",
  "this",
  "that",
  "is",
  "was",
  "were",
  "are",
  "be",
  "been",
  "has",
  "have",
  "had",
]);

/**
 * The features of a sentence: its lemmas (numbers and names folded to their tag), its verbs,
 * pairs of neighbouring words, negation, and the rules' view of it: the leading event's type,
 * mode and class, every event type found, or none.
 */
export function sentenceClassFeatures(
  tokens: readonly Token[],
  events: readonly RuleEvent[],
): string[] {
  const f = new Set<string>(["bias"]);
  let prev = "<s>";
  for (const t of tokens) {
    if (t.pos === "PUNCT") {
      prev = t.lower;
      continue;
    }
    const w =
      t.pos === "NUM" ? "<num>" : t.pos === "PROPN" ? "<name>" : t.lemma.replace(/\s+/g, "_");
    if (!stopwords.has(w)) f.add(`w=${w}`);
    if (t.pos === "VERB") f.add(`v=${w}`);
    f.add(`b=${prev}_${w}`);
    if (t.lower === "not" || t.lower === "n't" || t.lower === "never") f.add("neg");
    prev = w;
  }
  let lead: RuleEvent | undefined;
  for (const e of events) {
    if (lead === undefined || e.confidence > lead.confidence) lead = e;
    f.add(`rt=${e.type}`);
  }
  if (lead === undefined) f.add("rule=none");
  else {
    f.add(`rule=${lead.type}`);
    f.add(`rule=${lead.type}/${lead.mode ?? ""}`);
    f.add(`rc=${eventClassOf(lead)}`);
    if (lead.negated) f.add("rule-negated");
    f.add(`rconf=${Math.round(lead.confidence * 10)}`);
  }
  return [...f];
}

/** The score of each class (in `model.classes` order) for a sentence's features. */
export function classScores(model: EventClassModel, features: readonly string[]): number[] {
  const s = model.classes.map(() => 0);
  for (const name of features) {
    const w = model.weights[name];
    if (w === undefined) continue;
    for (let c = 0; c < s.length; c++) s[c] = (s[c] as number) + (w[c] ?? 0);
  }
  return s;
}

/** The best class for a sentence's features and its lead over the runner-up. */
export function classifiedSentence(
  model: EventClassModel,
  features: readonly string[],
): { eventClass: EventClass; margin: number } {
  const s = classScores(model, features);
  let best = 0;
  for (let c = 1; c < s.length; c++) if ((s[c] as number) > (s[best] as number)) best = c;
  let second = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < s.length; c++) if (c !== best) second = Math.max(second, s[c] as number);
  return {
    eventClass: model.classes[best] ?? "statement",
    margin: (s[best] as number) - second,
  };
}

/** A labelled sentence for training. */
export interface ClassExample {
  features: readonly string[];
  eventClass: EventClass;
}

/** A deterministic pseudo-random sequence in [0, 1) (mulberry32), for shuffling. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Trains an averaged multi-class perceptron: for each example in a shuffled order (the same
 * for the same seed), the weights of its features move towards the right class and away from
 * a wrongly predicted one; the model is the average of the weights after every example, which
 * generalises better than the last (Collins 2002). Features seen fewer than `minCount` times are
 * left out. Weights are rounded to `digits` decimals.
 */
export function trainedEventClassModel(
  examples: readonly ClassExample[],
  options: { epochs?: number; seed?: number; minCount?: number; digits?: number } = {},
): EventClassModel {
  const epochs = options.epochs ?? 10;
  const minCount = options.minCount ?? 2;
  const digits = options.digits ?? 3;
  const k = eventClasses.length;
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    if (n >= minCount) index.set(f, index.size);
  const rows = examples.map((e) => ({
    ids: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined),
    y: eventClasses.indexOf(e.eventClass),
  }));
  const w = new Float64Array(index.size * k);
  // the running sum for averaging, kept lazily: u accumulates step-weighted updates
  const u = new Float64Array(index.size * k);
  const next = random(options.seed ?? 1);
  const order = rows.map((_, i) => i);
  let step = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const r of order) {
      const row = rows[r] as (typeof rows)[number];
      const s = new Array<number>(k).fill(0);
      for (const id of row.ids)
        for (let c = 0; c < k; c++) s[c] = (s[c] as number) + (w[id * k + c] as number);
      let p = 0;
      for (let c = 1; c < k; c++) if ((s[c] as number) > (s[p] as number)) p = c;
      if (p !== row.y) {
        for (const id of row.ids) {
          w[id * k + row.y] = (w[id * k + row.y] as number) + 1;
          w[id * k + p] = (w[id * k + p] as number) - 1;
          u[id * k + row.y] = (u[id * k + row.y] as number) + step;
          u[id * k + p] = (u[id * k + p] as number) - step;
        }
      }
      step++;
    }
  }
  const scale = 10 ** digits;
  const weights: Record<string, number[]> = {};
  for (const [f, id] of index) {
    const v: number[] = [];
    let any = false;
    for (let c = 0; c < k; c++) {
      const avg = (w[id * k + c] as number) - (u[id * k + c] as number) / step;
      const r = Math.round(avg * scale) / scale;
      v.push(r === 0 ? 0 : r);
      if (r !== 0) any = true;
    }
    if (any) weights[f] = v;
  }
  return { classes: [...eventClasses], weights };
}

/** The model trained on ConfliBERT's development sentences, as shipped. */
export const shippedEventClassModel: EventClassModel = shipped as EventClassModel;
