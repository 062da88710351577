/**
 * Scoring on ConfliBERT's human-coded training sentences (eventdata/ConfliBERT, GPL-3.0): the
 * CAMEO pentaclass of each sentence, and the source and target spans of its event. The files
 * are read by the caller (`parley extract-eval --confli <dir>`, the bench, the training
 * script); the product never needs them.
 *
 * The sentences are split once and for all into a development part (tuning rules, training the
 * event-class model) and a held-out part (reporting): a sentence is held out when the FNV-1a
 * hash of its letters and digits, lower-cased, is divisible by 5 (about 20%). The split depends
 * on nothing but the sentence, so it is the same in every file that holds it.
 */
import { ParleyError } from "@parley/core";
import { type EventClass, eventClasses, eventClassOf, leadingEvent } from "../event-classes";
import { extractDocument } from "../extract-document";
import type { Extraction } from "../extraction";
import { fnv1a } from "../proposals";
import { type PrecisionRecall, precisionRecall } from "./scores";

/** One sentence of `cameo_class-train.tsv` with its class. */
export interface ConfliClassRecord {
  text: string;
  class: EventClass;
  /** 1-based line in the file. */
  line: number;
}

/**
 * One sentence of `cameo_ner-train.txt`: its text and the spans coded as source and target, and
 * as joint (`R`: each of the parties of an act done together, "X met Y", "X and Y agreed").
 */
export interface ConfliSpanRecord {
  text: string;
  sources: [number, number][];
  targets: [number, number][];
  joint: [number, number][];
  /** 1-based line of its first token. */
  line: number;
}

/** Which part of the split a sentence falls in. */
export type ConfliPart = "development" | "held-out";

/**
 * A sentence's letters and digits, lower-cased: the same for a sentence in both files whatever
 * their spacing and quote marks.
 */
export function confliKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The part of the split a sentence belongs to (see the module's comment). */
export function confliPart(text: string): ConfliPart {
  return Number.parseInt(fnv1a(confliKey(text)), 16) % 5 === 0 ? "held-out" : "development";
}

/** Reads `sentence TAB class` lines (class 0-4); a bad line is an error naming file:line:column. */
export function parseConfliClasses(
  content: string,
  file = "cameo_class-train.tsv",
): ConfliClassRecord[] {
  const out: ConfliClassRecord[] = [];
  const lines = content.split(/\r?\n/);
  lines.forEach((raw, k) => {
    if (raw.trim().length === 0) return;
    const tab = raw.lastIndexOf("\t");
    const label = tab < 0 ? "" : raw.slice(tab + 1).trim();
    const cls = /^[0-4]$/.test(label) ? eventClasses[Number(label)] : undefined;
    if (tab <= 0 || cls === undefined) {
      throw new ParleyError(
        "invalid_input",
        `Reading "${file}": line ${k + 1} is not "sentence<TAB>class"; expected a class from 0 to 4, found ${JSON.stringify(tab < 0 ? raw.slice(0, 40) : label)}`,
        { location: { file, line: k + 1, column: tab < 0 ? 1 : tab + 2 } },
      );
    }
    out.push({ text: raw.slice(0, tab), class: cls, line: k + 1 });
  });
  return out;
}

const noSpaceBefore = new Set([
  ",",
  ".",
  ";",
  ":",
  "!",
  "?",
  ")",
  "'s",
  "'",
  "n't",
  "%",
  "”",
  "’s",
]);
const noSpaceAfter = new Set(["(", "$", "“"]);

/**
 * Reads the token-per-line BIO file (`token TAG`, tags O, B-S/I-S source, B-T/I-T target, B-R/I-R
 * a joint party, a blank line between sentences) into sentences rebuilt with ordinary spacing and
 * the character spans of their sources, targets and joint parties.
 */
export function parseConfliSpans(
  content: string,
  file = "cameo_ner-train.txt",
): ConfliSpanRecord[] {
  const out: ConfliSpanRecord[] = [];
  let text = "";
  let line = 0;
  let prev = "";
  type Open = { tag: "S" | "T" | "R"; start: number; end: number };
  let open: Open | null = null;
  let cur: ConfliSpanRecord | null = null;
  const close = (): void => {
    if (open !== null && cur !== null) {
      const list = open.tag === "S" ? cur.sources : open.tag === "T" ? cur.targets : cur.joint;
      list.push([open.start, open.end]);
    }
    open = null;
  };
  const finish = (): void => {
    close();
    if (cur !== null) {
      cur.text = text;
      out.push(cur);
    }
    cur = null;
    text = "";
    prev = "";
  };
  for (const raw of content.split(/\r?\n/)) {
    line++;
    if (raw.trim().length === 0) {
      finish();
      continue;
    }
    const sp = raw.lastIndexOf(" ");
    const token = sp < 0 ? "" : raw.slice(0, sp);
    const tag = raw.slice(sp + 1);
    if (sp <= 0 || !/^(O|[BI]-[STR])$/.test(tag)) {
      throw new ParleyError(
        "invalid_input",
        `Reading "${file}": line ${line} is not "token TAG"; expected a tag O, B-S, I-S, B-T, I-T, B-R or I-R, found ${JSON.stringify(tag)}`,
        { location: { file, line, column: sp + 2 } },
      );
    }
    cur ??= { text: "", sources: [], targets: [], joint: [], line };
    const lower = token.toLowerCase();
    if (text.length > 0 && !noSpaceBefore.has(lower) && !noSpaceAfter.has(prev)) text += " ";
    const start = text.length;
    text += token;
    prev = token;
    const kind = tag.slice(2);
    const o = open as Open | null;
    if (tag.startsWith("I-") && o !== null && o.tag === kind) o.end = text.length;
    else {
      close();
      if (kind === "S" || kind === "T" || kind === "R")
        open = { tag: kind, start, end: text.length };
    }
  }
  finish();
  return out;
}

/** How a sentence's class is read from its extraction. */
export type ClassReading = "rules" | "combined";

/**
 * The class extraction gives a sentence: with `rules`, the class of its leading event
 * (statement when it has none); with `combined`, the class the event-class model gave the
 * sentence (which weighs the rules' events with the words).
 */
export function predictedClass(x: Extraction, reading: ClassReading = "combined"): EventClass {
  if (reading === "combined") {
    const c = x.sentences[0]?.eventClass;
    if (c !== undefined) return c;
  }
  const e = leadingEvent(x.events);
  return e === undefined ? "statement" : eventClassOf(e);
}

/** Scores on ConfliBERT's sentences. */
export interface ConfliEvaluation {
  sentences: number;
  /** Sentences for which extraction proposed no event. */
  noEvent: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<EventClass, PrecisionRecall>;
  /** Confusion counts: gold class, then predicted class. */
  confusion: Record<EventClass, Record<EventClass, number>>;
  spanSentences: number;
  source: PrecisionRecall;
  target: PrecisionRecall;
}

const overlaps = (a: [number, number], b: [number, number]): boolean => a[0] < b[1] && b[0] < a[1];

const sourceSide = new Set(["source", "attendee", "host", "convenor", "signatory", "mediator"]);

/**
 * Pentaclass accuracy and macro-F1 (the mean of the five classes' F1) over `classes`, and
 * source and target precision, recall and F1 over `spans`: an actor of the leading event
 * counts as found when one of its mentions overlaps a span coded on its side (the host of a
 * visit is its recipient; attendees of a meeting someone hosts or convenes are its targets, and
 * of a meeting nobody leads, the first attendee named is the source), a coded span as recalled
 * when such an actor overlaps it.
 */
export function confliEvaluation(
  classes: readonly ConfliClassRecord[],
  spans: readonly ConfliSpanRecord[],
  reading: ClassReading = "combined",
): ConfliEvaluation {
  const zero = (): Record<EventClass, number> =>
    Object.fromEntries(eventClasses.map((c) => [c, 0])) as Record<EventClass, number>;
  const confusion = Object.fromEntries(eventClasses.map((c) => [c, zero()])) as Record<
    EventClass,
    Record<EventClass, number>
  >;
  let noEvent = 0;
  let right = 0;
  for (const r of classes) {
    const x = extractDocument(r.text);
    if (x.events.length === 0) noEvent++;
    const p = predictedClass(x, reading);
    confusion[r.class][p]++;
    if (p === r.class) right++;
  }
  const perClass = {} as Record<EventClass, PrecisionRecall>;
  for (const c of eventClasses) {
    const tp = confusion[c][c];
    const predicted = eventClasses.reduce((n, g) => n + confusion[g][c], 0);
    const gold = eventClasses.reduce((n, q) => n + confusion[c][q], 0);
    perClass[c] = precisionRecall(tp, predicted, gold);
  }
  const s = { tpPred: 0, pred: 0, tpGold: 0, gold: 0 };
  const t = { tpPred: 0, pred: 0, tpGold: 0, gold: 0 };
  for (const r of spans) {
    const x = extractDocument(r.text);
    const e = leadingEvent(x.events);
    const mentionsOf = (actor: string): [number, number][] =>
      (x.actors.find((a) => a.id === actor)?.mentions ?? []).map((m) => [m.start, m.end]);
    // the side each participant is on; of a meeting with no host or source, the first attendee
    // named is the source and the others its targets, as CAMEO codes "X met Y"
    const parts = e?.participants ?? [];
    const led = parts.some((p) => p.role !== "attendee" && sourceSide.has(p.role));
    const firstAt = (actor: string): number => mentionsOf(actor)[0]?.[0] ?? Infinity;
    const firstAttendee = [...parts]
      .filter((p) => p.role === "attendee")
      .sort((a, b) => firstAt(a.actor) - firstAt(b.actor))[0]?.actor;
    const isSource = (p: { actor: string; role: string }): boolean => {
      if (p.role === "attendee") return !led && p.actor === firstAttendee;
      return sourceSide.has(p.role) && !(p.role === "host" && e?.mode === "visit");
    };
    const side = (source: boolean): [number, number][][] =>
      parts.filter((p) => isSource(p) === source).map((p) => mentionsOf(p.actor));
    const tally = (acc: typeof s, predicted: [number, number][][], gold: [number, number][]) => {
      acc.pred += predicted.length;
      acc.gold += gold.length;
      acc.tpPred += predicted.filter((ms) =>
        ms.some((m) => gold.some((g) => overlaps(m, g))),
      ).length;
      acc.tpGold += gold.filter((g) =>
        predicted.some((ms) => ms.some((m) => overlaps(m, g))),
      ).length;
    };
    tally(s, side(true), r.sources);
    tally(t, side(false), r.targets);
  }
  const pr = (a: typeof s): PrecisionRecall => {
    const p = precisionRecall(a.tpPred, a.pred, a.gold);
    const recall = a.gold === 0 ? 0 : a.tpGold / a.gold;
    const f1 = p.precision + recall === 0 ? 0 : (2 * p.precision * recall) / (p.precision + recall);
    return { ...p, recall, f1 };
  };
  return {
    sentences: classes.length,
    noEvent,
    accuracy: classes.length === 0 ? 0 : right / classes.length,
    macroF1: eventClasses.reduce((n, c) => n + perClass[c].f1, 0) / eventClasses.length,
    perClass,
    confusion,
    spanSentences: spans.length,
    source: pr(s),
    target: pr(t),
  };
}
