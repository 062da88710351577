/**
 * Meeting participation on ConfliBERT's coded sentences: text the rules were not written from,
 * with participants marked by people. ConfliBERT codes no trigger and no actor ids, so the
 * meeting sentences are chosen from the human coding and the words next to it, never from what
 * extraction makes of them, and extracted actors are matched to the coded spans by overlap.
 */

import { extractDocument } from "../extract-document";
import type { Extraction, ParticipantRole } from "../extraction";
import {
  type ConfliClassRecord,
  type ConfliPart,
  type ConfliSpanRecord,
  confliKey,
  confliPart,
} from "./confli-evaluation";
import { meetingModes } from "./meeting-evaluation";

/** A coded sentence that reports a meeting, with its coded participants as character spans. */
export interface ConfliMeetingSentence {
  text: string;
  /** 1-based line of its first token in the span file. */
  line: number;
  part: ConfliPart;
  /** The word that makes it a meeting ("met", "talks", ...). */
  trigger: string;
  /** Every span coded as source, target or joint party. */
  participants: [number, number][];
}

/**
 * The coded sentences that may report a meeting: both sides coded (a source and a target, or
 * joint parties) and, where the class file has the sentence, of verbal cooperation; each with
 * every coded span in order.
 */
function bothSidesCoded(
  spans: readonly ConfliSpanRecord[],
  classes: readonly ConfliClassRecord[],
): { r: ConfliSpanRecord; coded: [number, number][] }[] {
  const classOf = new Map(classes.map((c) => [confliKey(c.text), c.class]));
  return spans.flatMap((r) => {
    const both = r.joint.length > 0 || (r.sources.length > 0 && r.targets.length > 0);
    const cls = classOf.get(confliKey(r.text));
    if (!both || (cls !== undefined && cls !== "verbal_cooperation")) return [];
    return [{ r, coded: [...r.sources, ...r.targets, ...r.joint].sort((a, b) => a[0] - b[0]) }];
  });
}

const meetingSentence = (
  r: ConfliSpanRecord,
  coded: [number, number][],
  trigger: string,
): ConfliMeetingSentence => ({
  text: r.text,
  line: r.line,
  part: confliPart(r.text),
  trigger,
  participants: coded,
});

/** Words that name a meeting when they follow the coded source. */
const meetingWords = new Set([
  "meet",
  "meets",
  "met",
  "meeting",
  "meetings",
  "talks",
  "visit",
  "visits",
  "visited",
  "visiting",
  "host",
  "hosts",
  "hosted",
  "hosting",
  "summit",
  "conferred",
  "consultations",
  "negotiations",
  "discussions",
  "gather",
  "gathered",
  "attend",
  "attends",
  "attended",
  "receive",
  "receives",
  "received",
]);

/** Verbs that make a following meeting word the object of another act ("cancelled a visit"). */
const otherActs =
  /^(agree[sd]?|cancel+(ed|s)?|refused?|refuses|reject(ed|s)?|expressed|postponed|called|urged|denie[sd]|deny|declined?|failed|ruled)$/;

/** How many words after the coded source the meeting word may come. */
const WINDOW = 6;

/**
 * The coded sentences that report a meeting, by their human coding alone: both sides are coded
 * (a source and a target, or joint parties); the class, where the class file has the sentence,
 * is verbal cooperation (CAMEO's consultations); and one of the first six words after the first
 * coded source or joint party, before the next coded party and outside every coded span, is a
 * meeting word, with no verb of another act ("agreed", "cancelled", "refused", ...) before it.
 */
export function confliMeetingSentences(
  spans: readonly ConfliSpanRecord[],
  classes: readonly ConfliClassRecord[],
): ConfliMeetingSentence[] {
  const out: ConfliMeetingSentence[] = [];
  for (const { r, coded } of bothSidesCoded(spans, classes)) {
    const first = [...r.sources, ...r.joint].sort((a, b) => a[0] - b[0])[0];
    if (first === undefined) continue;
    // the words up to the next coded party: "welcomed Somalia's decisions taken at the meeting"
    // is not a meeting of the two
    const next = coded.find((c) => c[0] >= first[1])?.[0] ?? r.text.length;
    const words: string[] = [];
    for (const m of r.text.slice(first[1], next).matchAll(/[\p{L}\p{N}]+/gu)) {
      const at = first[1] + (m.index ?? 0);
      if (coded.some(([s, e]) => s <= at && at < e)) continue;
      words.push(m[0].toLowerCase());
      if (words.length === WINDOW) break;
    }
    const k = words.findIndex((w) => meetingWords.has(w));
    if (k < 0 || words.slice(0, k).some((w) => otherActs.test(w))) continue;
    out.push(meetingSentence(r, coded, words[k] as string));
  }
  return out;
}

/** The wider selection's meeting words: the narrow set's, and their other forms. */
const wideMeetingWords = new Set([
  ...meetingWords,
  "talk",
  "talked",
  "summits",
  "conference",
  "conferences",
  "consult",
  "consulted",
  "consultation",
  "negotiation",
  "discussion",
]);

/** The wider selection also leaves out talks offered, proposed or sought, not held. */
const otherActsWide =
  /^(agree[sd]?|cancel+(ed|s)?|refused?|refuses|reject(ed|s)?|expressed|postponed|called|urged|denie[sd]|deny|declined?|failed|ruled|offer(ed|s)?|propos(e|ed|es)|invit(e|ed|es)|suggest(ed|s)?|sought|seek(s|ing)?)$/;

/** Words that make a following meeting word an occasion ("decisions taken at the meeting"). */
const occasions =
  /^(at|during|after|before|following|since|until|of|in|on|from|ahead|amid|despite)$/;

/** How many words before the first coded party a meeting word may come ("Talks between X"). */
const LEAD = 3;

/**
 * A wider set of coded sentences that report a meeting, by their human coding alone: as the
 * narrow one (`confliMeetingSentences`), both sides are coded and the class, where the class
 * file has the sentence, is verbal cooperation; but the meeting word (the narrow set's and their
 * other forms: "talked", "conference", "consultation" ...), outside every coded span, may stand
 * anywhere between the first and the last coded party; among the three words before the first,
 * with no punctuation between ("Talks between X and Y", "the visit by X to Y"); or among the six
 * words after the last unless one of the two words before it makes it an occasion ("at the
 * meeting", "during a visit", "after the summit"); words outside the coded spans are counted. No
 * verb of another act ("agreed", "cancelled", "offered", "invited" ...) may come before it in
 * that stretch ("offered India new talks"). Every sentence of the narrow set is in it.
 */
export function confliMeetingSentencesWide(
  spans: readonly ConfliSpanRecord[],
  classes: readonly ConfliClassRecord[],
): ConfliMeetingSentence[] {
  const out: ConfliMeetingSentence[] = [];
  for (const { r, coded } of bothSidesCoded(spans, classes)) {
    // the sentence as words outside the coded spans and, in their places, the coded parties
    type Item = { at: number; end: number; word: string | null };
    const items: Item[] = coded.map(([s, e]) => ({ at: s, end: e, word: null }));
    for (const m of r.text.matchAll(/[\p{L}\p{N}]+/gu)) {
      const at = m.index ?? 0;
      if (!coded.some(([s, e]) => s <= at && at < e))
        items.push({ at, end: at + m[0].length, word: m[0].toLowerCase() });
    }
    items.sort((a, b) => a.at - b.at);
    const first = items.findIndex((i) => i.word === null);
    const last = items.findLastIndex((i) => i.word === null);
    const from = Math.max(0, first - LEAD);
    const to = Math.min(items.length - 1, last + WINDOW);
    let trigger: string | undefined;
    for (let k = from; k <= to && trigger === undefined; k++) {
      const item = items[k] as Item;
      if (item.word === null || !wideMeetingWords.has(item.word)) continue;
      if (k < first && /[,;:.()]/.test(r.text.slice(item.end, items[first]?.at))) continue;
      if (k > last && items.slice(k - 2, k).some((i) => occasions.test(i.word ?? ""))) continue;
      // "offered India new talks": the verb of the other act may stand before a coded party
      const before = items.slice(from, k).map((i) => i.word ?? "");
      if (!before.some((b) => otherActsWide.test(b))) trigger = item.word;
    }
    if (trigger === undefined) continue;
    out.push(meetingSentence(r, coded, trigger));
  }
  return out;
}

/** Roles of those who did not take part; every other role of a meeting is a participant. */
const absent = new Set<ParticipantRole>(["declined", "not_invited", "excluded"]);

/** What one sentence's extraction got right and wrong. */
export interface ConfliMeetingDetail {
  line: number;
  /** Coded spans no extracted participant overlaps, as text. */
  missed: string[];
  /** Extracted participants none of whose mentions overlaps a coded span: actor ids. */
  wrong: string[];
}

/** Meeting participation scored against coded spans. */
export interface ConfliMeetingEvaluation {
  sentences: number;
  /** Extracted participants, and those that overlap a coded span. */
  predicted: number;
  correct: number;
  /** Coded spans, and those an extracted participant overlaps. */
  gold: number;
  recalled: number;
  precision: number;
  recall: number;
  f1: number;
  details: ConfliMeetingDetail[];
}

/**
 * The participants of the meetings extraction finds in each sentence (CONSULT events of a
 * meeting mode, every role but declined, not invited and excluded; each actor once) against the
 * coded spans: precision is the share of extracted participants with a mention overlapping a
 * coded span, recall the share of coded spans overlapped by a participant's mention. A host
 * standing for the meeting's place is also named where the place is.
 */
export function confliMeetingEvaluation(
  sentences: readonly ConfliMeetingSentence[],
  extract: (text: string) => Extraction = (text) => extractDocument(text),
): ConfliMeetingEvaluation {
  let predicted = 0;
  let correct = 0;
  let gold = 0;
  let recalled = 0;
  const details: ConfliMeetingDetail[] = [];
  const overlaps = (a: [number, number], b: [number, number]): boolean =>
    a[0] < b[1] && b[0] < a[1];
  for (const s of sentences) {
    const x = extract(s.text);
    const actors = new Set<string>();
    // a host that stands for the place of its meeting ("visited Texas": the United States) is
    // named by that place
    const placesOf = new Map<string, [number, number][]>();
    for (const e of x.events) {
      if (e.type !== "CONSULT" || !meetingModes.has(e.mode ?? "")) continue;
      for (const p of e.participants) {
        if (absent.has(p.role)) continue;
        actors.add(p.actor);
        if (p.role !== "host" || e.place === null) continue;
        const at = placesOf.get(p.actor) ?? [];
        for (let k = s.text.indexOf(e.place); k >= 0; k = s.text.indexOf(e.place, k + 1))
          at.push([k, k + e.place.length]);
        placesOf.set(p.actor, at);
      }
    }
    const spansOf = (actor: string): [number, number][] => [
      ...(x.actors.find((a) => a.id === actor)?.mentions ?? []).map((m): [number, number] => [
        m.start,
        m.end,
      ]),
      ...(placesOf.get(actor) ?? []),
    ];
    const wrong = [...actors].filter(
      (a) => !spansOf(a).some((m) => s.participants.some((g) => overlaps(m, g))),
    );
    const missed = s.participants.filter(
      (g) => ![...actors].some((a) => spansOf(a).some((m) => overlaps(m, g))),
    );
    predicted += actors.size;
    correct += actors.size - wrong.length;
    gold += s.participants.length;
    recalled += s.participants.length - missed.length;
    details.push({ line: s.line, missed: missed.map(([a, b]) => s.text.slice(a, b)), wrong });
  }
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : recalled / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    sentences: sentences.length,
    predicted,
    correct,
    gold,
    recalled,
    precision,
    recall,
    f1,
    details,
  };
}

/** A one-line summary: `P 0.812 (13/16)  R 0.700 (14/20)  F1 0.752`. */
export function formatMeetingScore(e: ConfliMeetingEvaluation): string {
  const f = (v: number): string => v.toFixed(3);
  return `P ${f(e.precision)} (${e.correct}/${e.predicted})  R ${f(e.recall)} (${e.recalled}/${e.gold})  F1 ${f(e.f1)}`;
}
