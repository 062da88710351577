import {
  actorHeads,
  type ParagraphMemory,
  type SentenceMention,
  type SentencePlace,
} from "./actor-mentions";
import type {
  ActorKind,
  Certainty,
  ParticipantRole,
  PloverType,
  RelationType,
  Stance,
} from "./extraction";
import {
  fallbackFamilies,
  hedgeWords,
  type ReportingPattern,
  reportingPatterns,
  type VerbPattern,
  verbPatterns,
} from "./lexicon";
import type { Token } from "./sentence-tokens";

/** An event or tie found in one sentence, before meetings are merged across sentences. */
export interface DraftEvent {
  /** Token index of the verb, for choosing the nearest date and place. */
  at: number;
  pattern: VerbPattern;
  type: PloverType;
  mode: string | null;
  participants: { actor: string; role: ParticipantRole }[];
  negated: boolean;
  certainty: Certainty;
  asserter: string | null;
  stance: Stance;
  /** A lasting tie rather than an event. */
  relation: RelationType | null;
  confidence: number;
}

interface Group {
  from: number;
  to: number;
  actors: string[];
}

const joiners = new Set([
  ",",
  "and",
  "or",
  "the",
  "as",
  "well",
  "both",
  "also",
  "&",
  "plus",
  "only",
  "even",
  "its",
  "their",
  "several",
  "some",
  "other",
  "various",
  "a",
  "number",
  "of",
  "representatives",
  "members",
  "delegates",
  "delegations",
  "officials",
  "from",
]);
const clauseBreaks = new Set([
  ";",
  ":",
  "–",
  "—",

  "but",
  "while",
  "whereas",
  "which",
  "who",
  "because",
  "although",
  "though",
  "however",
]);
const objectStops = new Set([...clauseBreaks, "."]);
const prepositions = new Set([
  "with",
  "to",
  "of",
  "for",
  "from",
  "by",
  "against",
  "on",
  "in",
  "at",
  "between",
  "among",
  "including",
  "into",
  "toward",
  "towards",
  "over",
  "about",
  "than",
  "like",
]);
const negators = new Set(["not", "n't", "never", "no"]);
const auxLike = new Set([
  "be",
  "have",
  "do",
  "will",
  "would",
  "can",
  "could",
  "may",
  "might",
  "shall",
  "should",
  "must",
  "get",
]);
const objectPronouns = new Set(["them", "it", "him", "her"]);
const lasting =
  /\b(has|have|had)\b(?: \w+ly)?(?: also)?(?: even)?(?: been)? \w+|\bsince\b|\bannual(ly)?\b|\bregularly\b|\bcontinues? to\b|\bfor years\b|\blong\b/i;

/** Actors mentioned next to each other, joined by commas and "and", as one argument. */
function groupsOf(tokens: readonly Token[], mentions: readonly SentenceMention[]): Group[] {
  const groups: Group[] = [];
  for (const m of mentions) {
    const last = groups[groups.length - 1];
    const between = last === undefined ? null : tokens.slice(last.to, m.from);
    if (last && between?.every((t) => joiners.has(t.lower))) {
      if (!last.actors.includes(m.actor)) last.actors.push(m.actor);
      last.to = m.to;
    } else {
      groups.push({ from: m.from, to: m.to, actors: [m.actor] });
    }
  }
  return groups;
}

function wordMatches(t: Token | undefined, w: string): boolean {
  if (t === undefined) return false;
  if (t.lemma === w || t.lower === w) return true;
  // The tagger sometimes reads a participle as an adjective ("has armed them"): strip endings.
  const l = t.lower;
  return (
    (l.endsWith("ed") && (l.slice(0, -2) === w || l.slice(0, -1) === w)) ||
    (l.endsWith("ing") && (l.slice(0, -3) === w || `${l.slice(0, -3)}e` === w))
  );
}

function indexed<T extends { words: readonly string[] }>(patterns: readonly T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const p of patterns) {
    const k = p.words[0] as string;
    m.set(k, [...(m.get(k) ?? []), p]);
  }
  return m;
}
const verbIndex = indexed(verbPatterns);
const reportingIndex = indexed(reportingPatterns);
const hedgeIndex = indexed(hedgeWords);

/** The patterns whose first word a token can be (its lemma, its form, its stem). */
function candidates<T>(index: Map<string, T[]>, t: Token): T[] {
  const l = t.lower;
  const keys = new Set([t.lemma, l]);
  if (l.endsWith("ed")) {
    keys.add(l.slice(0, -2));
    keys.add(l.slice(0, -1));
  }
  if (l.endsWith("ing")) {
    keys.add(l.slice(0, -3));
    keys.add(`${l.slice(0, -3)}e`);
  }
  const out: T[] = [];
  for (const k of keys) for (const p of index.get(k) ?? []) if (!out.includes(p)) out.push(p);
  return out;
}

/** A single-word pattern needs a verb: tagged so, or a participle after an auxiliary. */
function isVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.pos === "VERB") return true;
  // "accused Iran of arming": a gerund after a preposition is tagged as a noun
  if (
    t.pos === "NOUN" &&
    t.lower.endsWith("ing") &&
    ["of", "by", "for", "after", "before", "including"].includes(tokens[i - 1]?.lower ?? "")
  )
    return true;
  if (t.pos !== "ADJ" || !/(ed|en)$/.test(t.lower)) return false;
  if (tokens[i - 1]?.pos === "PROPN") return true;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const a = tokens[k] as Token;
    if (a.lemma === "have") return true;
    if (a.pos !== "ADV") return false;
  }
  return false;
}

/** Matches `words` from token i; returns the index after the last word, or -1. */
function matchWords(
  tokens: readonly Token[],
  i: number,
  words: readonly string[],
  inMention: (k: number) => boolean,
): number {
  let k = i + 1;
  for (let w = 1; w < words.length; w++) {
    let found = -1;
    for (let gap = 0; gap <= 3; gap++) {
      const t = tokens[k + gap];
      if (t === undefined || t.pos === "PUNCT" || inMention(k + gap)) break;
      if (wordMatches(t, words[w] as string)) {
        found = k + gap;
        break;
      }
    }
    if (found < 0) return -1;
    k = found + 1;
  }
  return k;
}

/**
 * Events, ties, attributions, hedges and negations of one sentence, from the lexicon's verb
 * patterns over the sentence's actor mentions. `memory` resolves "them" and "it" as objects.
 */
export function sentenceEvents(
  tokens: readonly Token[],
  mentions: readonly SentenceMention[],
  memory: ParagraphMemory,
  kindOf: (actor: string) => ActorKind = () => "unknown",
  places: readonly SentencePlace[] = [],
): DraftEvent[] {
  const kindOfState = (a: string): boolean => kindOf(a) === "state" || kindOf(a) === "government";
  const groups = groupsOf(tokens, mentions);
  const mentionAt = new Array<boolean>(tokens.length).fill(false);
  for (const m of mentions) for (let k = m.from; k < m.to; k++) mentionAt[k] = true;
  const inMention = (k: number): boolean => mentionAt[k] === true;
  const consumed = new Array<boolean>(tokens.length).fill(false);
  const text = tokens.map((t) => t.lower).join(" ");

  // Attribution: who is said to assert what follows (or, for "a charge X denied", what precedes).
  const reports: {
    at: number;
    end: number;
    pattern: ReportingPattern;
    asserter: string | null;
    object: Group | undefined;
    backwards: boolean;
  }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (inMention(i) || (t.pos !== "VERB" && t.pos !== "AUX" && t.pos !== "NOUN")) continue;
    for (const p of candidates(reportingIndex, t)) {
      const end = matchWords(tokens, i, p.words, inMention);
      if (end < 0) continue;
      const subject = nearestBefore(groups, tokens, i, false);
      const backwards =
        p.stance === "denies" &&
        /\b(charge|claim|allegation|accusation|report|which)\b/.test(
          tokens
            .slice(Math.max(0, i - 4), i)
            .map((x) => x.lower)
            .join(" "),
        );
      reports.push({
        at: i,
        end,
        pattern: p,
        asserter: subject?.actors[0] ?? null,
        object: nearestAfter(groups, tokens, end, 3),
        backwards,
      });
      for (let k = i; k < end; k++) consumed[k] = true;
      break;
    }
  }
  const hedges: { at: number; certainty: "alleged" | "speculated" }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const h of hedgeIndex.get((tokens[i] as Token).lower) ?? []) {
      if (h.words.every((w, k) => tokens[i + k]?.lower === w))
        hedges.push({ at: i, certainty: h.certainty });
    }
  }

  const drafts: DraftEvent[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (inMention(i) || consumed[i]) continue;
    let best: { p: VerbPattern; end: number } | undefined;
    for (const p of candidates(verbIndex, t)) {
      if (p.words.length === 1 && !isVerb(tokens, i)) continue;
      const end = matchWords(tokens, i, p.words, inMention);
      if (end < 0) continue;
      if (best === undefined || p.words.length > best.p.words.length) best = { p, end };
    }
    if (best === undefined) continue;
    const { p, end } = best;
    // Auxiliaries before the verb: passive voice, negation, perfect aspect.
    let passive = false;
    let negated = false;
    let future = false;
    for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
      const a = tokens[k] as Token;
      if (a.lower === "will" || a.lower === "would" || a.lower === "shall" || a.lower === "'ll")
        future = true;
      if (negators.has(a.lower)) negated = true;
      else if (a.lemma === "be" || a.lemma === "get") {
        if (t.lower !== t.lemma && t.pos === "VERB" && !/ing$/.test(t.lower)) passive = true;
      } else if (!(a.pos === "ADV" || a.pos === "PART" || auxLike.has(a.lemma))) break;
    }
    // "..., including training the Afghan forces": a gerund after a comma takes the main subject.
    const gerund =
      t.lower.endsWith("ing") &&
      [",", "including", "by", "while", "after", "before"].includes(tokens[i - 1]?.lower ?? "");
    // "X designated the Houthis and imposed sanctions": a verb after "and" shares X.
    const coordinated =
      tokens[i - 1]?.lower === "and" ||
      (tokens[i - 1]?.pos === "ADV" && tokens[i - 2]?.lower === "and");
    let subjectGroup =
      gerund || coordinated ? firstSubject(groups, tokens) : nearestBefore(groups, tokens, i, true);
    if (tokens[i - 1]?.lower === "-") continue;
    // "called on Damascus to observe the ceasefire": what is asked or threatened has not happened;
    // its object is the recipient of the request or offer ("offered to hand over to Britain").
    const governing =
      tokens[i - 1]?.lower === "to"
        ? [...drafts]
            .reverse()
            .find((d) => ["REQUEST", "THREATEN", "AGREE", "REJECT"].includes(d.type))
        : undefined;
    let objectGroup =
      p.object === null && !passive
        ? undefined
        : nearestAfter(
            groups,
            tokens,
            end,
            p.words.length > 1 && prepositions.has(p.words[p.words.length - 1] as string) ? 8 : 10,
            p.meeting === true,
          );
    if (passive) {
      // "X was invited by Y": the grammatical subject takes the object's role.
      const agent =
        tokens[end]?.lower === "by" ? nearestAfter(groups, tokens, end + 1, 2) : undefined;
      objectGroup = subjectGroup;
      subjectGroup = agent;
    }
    let objectActors = objectGroup?.actors ?? [];
    // "convened talks between Addis Ababa and the TPLF": the parties of a meeting
    if (p.meeting === true && !passive && (objectActors.length === 0 || p.object === null)) {
      for (let k = end; k < Math.min(tokens.length, end + 8); k++) {
        const w = tokens[k]?.lower ?? "";
        if (objectStops.has(w)) break;
        if (w === "between" || w === "with") {
          const parties = nearestAfter(groups, tokens, k + 1, 2);
          if (parties !== undefined) objectActors = parties.actors;
          break;
        }
      }
    }
    // The recipient further on: "promised to continue military aid to Mozambique", "lifted a
    // curfew in Montenegro", "threatened to break relations with Russia".
    let fromFallback = false;
    // a place's state may be the actor's own ("imposed a curfew in Algiers"): both are kept
    let fromPlace = false;
    if (objectActors.length === 0 && !passive && p.object !== null && p.meeting !== true) {
      const r = recipientAfter(groups, tokens, end, blamesAgent.has(p.type));
      if (r !== undefined) {
        objectActors = r.actors;
        objectGroup = r;
        fromFallback = true;
      }
    }
    // "imposed a curfew in southeastern Turkey": a state named as the place of a hostile act
    // is its recipient, as a place is, even when it is the actor's own
    if (!passive && objectGroup !== undefined && placeRecipient.has(p.type)) {
      let k = objectGroup.from - 1;
      while (k > end && (tokens[k]?.pos === "ADJ" || tokens[k]?.lower === "the")) k--;
      if (k >= end && placePrepositions.has(tokens[k]?.lower ?? "")) fromPlace = true;
    }
    // A place after a hostile or visit verb stands for its state: "fired at targets in
    // Jericho" (PSE), "arrived in Amman" (the host, JOR), as PLOVER's coders read it.
    if (
      objectActors.length === 0 &&
      !passive &&
      p.object !== null &&
      (placeRecipient.has(p.type) || p.mode === "visit")
    ) {
      const at = placeAfter(places, tokens, end);
      if (at !== undefined) {
        objectActors = [at];
        fromFallback = true;
        fromPlace = true;
      }
    }
    // "Prisoners rioted at a jail in northern Israel": a material act without an object is
    // done to the place where it happens.
    let placeOnly = false;
    if (
      objectActors.length === 0 &&
      !passive &&
      p.object === null &&
      p.meeting !== true &&
      placeRecipient.has(p.type)
    ) {
      const r = recipientAfter(groups, tokens, end);
      let k = (r?.from ?? 0) - 1;
      while (k > end && (tokens[k]?.pos === "ADJ" || tokens[k]?.lower === "the")) k--;
      const state =
        r !== undefined && k >= end && placePrepositions.has(tokens[k]?.lower ?? "")
          ? r.actors[0]
          : undefined;
      const at = state ?? placeAfter(places, tokens, end);
      if (at !== undefined) {
        objectActors = [at];
        fromPlace = true;
        placeOnly = true;
      }
    }
    const objectRoleFor = p.object ?? (placeOnly ? "target" : "attendee");
    if (objectActors.length === 0 && !passive && p.object !== null) {
      const pron = tokens.slice(end, end + 2).find((x) => objectPronouns.has(x.lower));
      if (pron !== undefined) {
        const subj = subjectGroup?.actors ?? [];
        for (let k = memory.length - 1; k >= 0; k--) {
          const m = memory[k];
          if (
            m !== undefined &&
            !subj.includes(m.actor) &&
            m.kind !== "state" &&
            m.kind !== "government"
          ) {
            objectActors = [m.actor];
            break;
          }
        }
      }
    }
    if (governing !== undefined) {
      if (!governing.participants.some((x) => x.role === "target")) {
        for (const o of objectActors) {
          if (!governing.participants.some((x) => x.actor === o))
            governing.participants.push({ actor: o, role: "target" });
        }
      }
      for (let k = i; k < end; k++) consumed[k] = true;
      continue;
    }
    let subjectActors = subjectGroup?.actors ?? [];
    if (subjectActors.length === 0 && !passive) {
      subjectActors = impliedSubject(tokens, i, reports, mentions, kindOfState, objectActors);
    }
    if (subjectActors.length === 0 && !passive) continue;
    if (subjectActors.length === 0 && objectActors.length === 0) continue;
    const participants: DraftEvent["participants"] = [];
    let transformed = false;
    const subjectRole = negated && p.negatedSubject !== undefined ? p.negatedSubject : p.subject;
    const objectRole = negated && p.negatedObject !== undefined ? p.negatedObject : objectRoleFor;
    if (negated && (p.negatedSubject !== undefined || p.negatedObject !== undefined))
      transformed = true;
    const asObserver = /\bas (an )?observers?\b/.test(
      tokens
        .slice(end, end + 6)
        .map((x) => x.lower)
        .join(" "),
    );
    for (const a of subjectActors) {
      if (subjectRole !== null)
        participants.push({ actor: a, role: asObserver && p.meeting ? "observer" : subjectRole });
    }
    for (const a of objectActors) {
      if (objectRole !== null && (fromPlace || !participants.some((x) => x.actor === a)))
        participants.push({ actor: a, role: objectRole });
    }
    if (participants.length === 0) continue;
    let certainty: Certainty = "reported";
    for (const h of hedges)
      if (h.at < i && (certainty === "reported" || h.certainty === "speculated"))
        certainty = h.certainty;
    let asserter: string | null = null;
    let stance: Stance = "asserts";
    for (const r of reports) {
      const applies = r.backwards ? r.at > i : r.end <= i;
      if (!applies) continue;
      asserter = r.asserter;
      stance = r.pattern.stance;
      if (r.pattern.certainty !== undefined && certainty === "reported")
        certainty = r.pattern.certainty;
    }
    const isLasting = p.relation !== undefined && (p.lasting === true || lasting.test(text));
    // PLOVER codes an intention as AGREE and an announced hostile act as THREATEN.
    const type =
      future && p.meeting !== true && p.relation === undefined ? intended(p.type) : p.type;
    drafts.push({
      at: i,
      pattern: p,
      type,
      mode: p.mode,
      participants,
      negated: negated && !transformed,
      certainty,
      asserter,
      stance,
      relation: isLasting ? (p.relation ?? null) : null,
      confidence:
        Math.round(
          (confidenceOf(p, subjectActors.length > 0, objectActors.length > 0, certainty) -
            (fromFallback ? 0.05 : 0)) *
            100,
        ) / 100,
    });
    for (let k = i; k < end; k++) consumed[k] = true;
  }
  for (const r of reports) {
    const e = r.pattern.event;
    if (e === undefined || r.asserter === null) continue;
    const participants: DraftEvent["participants"] = [{ actor: r.asserter, role: "source" }];
    for (const a of r.object?.actors ?? [])
      if (a !== r.asserter) participants.push({ actor: a, role: "target" });
    drafts.push({
      at: r.at,
      pattern: {
        words: r.pattern.words,
        type: e.type,
        mode: e.mode,
        subject: "source",
        object: "target",
      },
      type: e.type,
      mode: e.mode,
      participants,
      negated: false,
      certainty: "reported",
      asserter: null,
      stance: "asserts",
      relation: null,
      confidence: 0.7,
    });
  }
  // "Russia said that Sudan must return the helicopter": a statement that another actor must
  // or should act is a demand made of it (CAMEO and PLOVER code it as REQUEST).
  for (const r of reports) {
    if (r.asserter === null || r.pattern.stance === "denies") continue;
    for (const g of groups) {
      if (g.from < r.end || g.from - r.end > 8) continue;
      if (tokens.slice(r.end, g.from).some((t) => t.lower === "," || t.lower === ".")) break;
      const k = g.to;
      if (tokens[k]?.lower === "'s") break;
      if (!obligations.has(tokens[k]?.lower ?? "")) continue;
      const targets = g.actors.filter((a) => a !== r.asserter);
      if (targets.length === 0) break;
      drafts.push({
        at: k,
        pattern: {
          words: [tokens[k]?.lower ?? "must"],
          type: "REQUEST",
          mode: null,
          subject: "source",
          object: "target",
        },
        type: "REQUEST",
        mode: null,
        participants: [
          { actor: r.asserter, role: "source" },
          ...targets.map((a) => ({ actor: a, role: "target" as const })),
        ],
        negated: negators.has(tokens[k + 1]?.lower ?? ""),
        certainty: "reported",
        asserter: null,
        stance: "asserts",
        relation: null,
        confidence: 0.9,
      });
      break;
    }
  }
  // The fallback: no pattern, two actors, and an event noun or general verb between or after
  // them gives its family; the actor before it is the source, the next one the target.
  if (drafts.length === 0 && groups.length >= 2) {
    const f = fallbackEvent(tokens, groups, consumed);
    if (f !== undefined) drafts.push(f);
  }
  // Noun-phrase events: "a suspension of air links with Serbia", "an official protest with
  // Albania": an event noun followed by "with", "against", "on" or "to" and an actor gives its
  // family, the subject before it as source and that actor as recipient.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (consumed[i] || t.pos !== "NOUN") continue;
    const type = fallbackFamilies[t.lower];
    if (type === undefined || !nounLinks.has(tokens[i + 1]?.lower ?? "")) continue;
    const target = groups.find((g) => g.from > i + 1 && g.from <= i + 3);
    const source = nearestBefore(groups, tokens, i, true) ?? firstSubject(groups, tokens);
    if (target === undefined || source === undefined || source === target) continue;
    const covered = drafts.some((d) =>
      target.actors.every((a) => d.participants.some((x) => x.actor === a)),
    );
    if (covered) continue;
    const participants: DraftEvent["participants"] = source.actors.map((a) => ({
      actor: a,
      role: "source" as const,
    }));
    for (const a of target.actors)
      if (!participants.some((x) => x.actor === a)) participants.push({ actor: a, role: "target" });
    drafts.push({
      at: i,
      pattern: { words: [t.lower], type, mode: null, subject: "source", object: "target" },
      type,
      mode: null,
      participants,
      negated: false,
      certainty: "reported",
      asserter: null,
      stance: "asserts",
      relation: null,
      confidence: 0.75,
    });
  }
  // Demands made by protesters are their protest (PLOVER codes the protest, not the demand).
  if (
    /\b(protest|protests|protesters|protestors|demonstrators|demonstration|demonstrations|rally|rallies|marchers|strikers)\b/.test(
      text,
    )
  ) {
    for (const d of drafts) {
      if (d.type === "REQUEST" && !drafts.some((x) => x.type === "PROTEST")) {
        d.type = "PROTEST";
        d.mode = "demo";
      }
    }
  }
  // "X travelled to the region and met with A and B": A and B received a visit.
  const visitors = new Set(
    drafts
      .filter((d) => d.mode === "visit")
      .flatMap((d) => d.participants.filter((p) => p.role === "attendee").map((p) => p.actor)),
  );
  if (visitors.size > 0) {
    for (const d of drafts) {
      if (d.pattern.meeting !== true || !d.participants.some((p) => visitors.has(p.actor)))
        continue;
      for (const p of d.participants)
        if (p.role === "attendee" && !visitors.has(p.actor)) p.role = "host";
    }
  }
  drafts.sort((a, b) => a.at - b.at);
  // An event named inside another's complement ("rejected an Indian proposal for signing a
  // trade pact", "agreed to US mediation in the talks with ...") is often not an act that took
  // place, and never the sentence's main event: it is less certain than the verb it hangs on.
  for (const d of drafts) {
    const t = tokens[d.at];
    if (t === undefined || !drafts.some((e) => e.at < d.at && e.pattern.meeting !== true)) continue;
    const before = tokens[d.at - 1]?.lower ?? "";
    const embedded =
      t.pos === "NOUN" || (t.lower.endsWith("ing") && complementPrepositions.has(before));
    if (embedded) d.confidence = Math.round((d.confidence - 0.15) * 100) / 100;
  }
  return drafts;
}

const hostile = new Set<PloverType>(["ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"]);
const verbal = new Set<PloverType>(["REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE", "SUPPORT"]);

/** The type of an event announced with "will" or "would" (PLOVER's future auxiliary mode). */
function intended(t: PloverType): PloverType {
  if (verbal.has(t)) return t;
  return hostile.has(t) ? "THREATEN" : "AGREE";
}

/**
 * The subject a sentence implies when no actor stands before the verb: a pronoun after a verb
 * of saying is the sayer ("Iraq said it would allow ..."); a side's people or units ("police",
 * "rebels", "troops") act for the one state the sentence names ("police in Kenya arrested ...").
 */
function impliedSubject(
  tokens: readonly Token[],
  i: number,
  reports: readonly { at: number; asserter: string | null }[],
  mentions: readonly SentenceMention[],
  isState: (actor: string) => boolean,
  objects: readonly string[],
): string[] {
  let k = i - 1;
  while (
    k >= 0 &&
    ((tokens[k] as Token).pos === "ADV" ||
      (tokens[k] as Token).pos === "PART" ||
      auxLike.has((tokens[k] as Token).lemma))
  )
    k--;
  const before = tokens[k];
  if (before === undefined) return [];
  if (["it", "they", "he", "she", "we"].includes(before.lower)) {
    const r = [...reports].reverse().find((x) => x.at < k && x.asserter !== null);
    return r?.asserter ? [r.asserter] : [];
  }
  if (actorHeads.has(before.lower) && before.pos === "NOUN") {
    const states = [
      ...new Set(
        mentions.filter((m) => isState(m.actor) && !objects.includes(m.actor)).map((m) => m.actor),
      ),
    ];
    return states.length === 1 ? states : [];
  }
  return [];
}

/** A rough prior: full patterns with both sides found and no hedge are most often right. */
function confidenceOf(
  p: VerbPattern,
  subject: boolean,
  object: boolean,
  certainty: Certainty,
): number {
  let c = 0.5;
  if (subject) c += 0.2;
  if (object || p.object === null) c += 0.15;
  if (p.words.length > 1) c += 0.1;
  if (certainty !== "reported") c -= 0.1;
  return Math.round(c * 100) / 100;
}

function firstSubject(groups: readonly Group[], tokens: readonly Token[]): Group | undefined {
  return groups.find((g) => !prepositions.has(precedingWord(tokens, g.from)));
}

/** The word before a token, looking past articles ("with the Taliban" gives "with"). */
function precedingWord(tokens: readonly Token[], from: number): string {
  let k = from - 1;
  while (k >= 0 && ["the", "a", "an", "its", "their"].includes(tokens[k]?.lower ?? "")) k--;
  return tokens[k]?.lower ?? "";
}

function nearestBefore(
  groups: readonly Group[],
  tokens: readonly Token[],
  i: number,
  skipPrepObjects: boolean,
): Group | undefined {
  for (let g = groups.length - 1; g >= 0; g--) {
    const grp = groups[g] as Group;
    if (grp.to > i) continue;
    // a clause break between the group and the verb ends the search
    if (tokens.slice(grp.to, i).some((t) => clauseBreaks.has(t.lower))) return undefined;
    if (skipPrepObjects && prepositions.has(precedingWord(tokens, grp.from))) continue;
    // "Russia's efforts must meet ...": a possessor is not the subject of a verb
    if (skipPrepObjects && tokens[i]?.pos === "VERB" && tokens[grp.to]?.lower === "'s") continue;
    return grp;
  }
  return undefined;
}

function nearestAfter(
  groups: readonly Group[],
  tokens: readonly Token[],
  end: number,
  window: number,
  meeting = false,
): Group | undefined {
  for (const grp of groups) {
    if (grp.from < end) continue;
    if (grp.from - end > window) return undefined;
    const between = tokens.slice(end, grp.from);
    if (
      between.some((t) => objectStops.has(t.lower) || (t.pos === "VERB" && t.lower !== "including"))
    )
      return undefined;
    if (
      between.some(
        (t, k) => t.lower === "," && ["and", "but"].includes(between[k + 1]?.lower ?? ""),
      )
    )
      return undefined;
    // "a summit in Djibouti": a place, not a party
    if (["in", "at", "near", "inside"].includes(precedingWord(tokens, grp.from))) continue;
    // "meet Afghanistan's needs": a possessor is not whom one meets
    if (meeting && /^'s$/.test(tokens[grp.to]?.lower ?? "")) return undefined;
    return grp;
  }
  return undefined;
}

/** Words that end the reach of a verb towards its recipient: a new clause or an agent. */
const recipientStops = new Set([
  ...objectStops,
  "if",
  "unless",
  "after",
  "before",
  "because",
  "when",
  "that",
  "by",
  "as",
  "until",
  "despite",
  "following",
  "said",
  "says",
]);

/**
 * The first actor or list after a verb that has no object right after it, within its clause:
 * past nouns and prepositions ("aid to Mozambique", "a curfew in Montenegro") and through an
 * infinitive ("to break relations with Russia"), but not into another clause, across a comma
 * or to an agent after "by". PLOVER codes the recipient so, as its coders read the sentence.
 */
function recipientAfter(
  groups: readonly Group[],
  tokens: readonly Token[],
  end: number,
  blames = false,
): Group | undefined {
  for (const grp of groups) {
    if (grp.from < end) continue;
    if (grp.from - end > 14) return undefined;
    const between = tokens.slice(end, grp.from);
    const blocked = between.some(
      (t, k) =>
        (recipientStops.has(t.lower) && !(blames && t.lower === "by" && offence(between[k - 1]))) ||
        t.lower === "," ||
        (t.pos === "VERB" && between[k - 1]?.lower !== "to" && !/ing$/.test(t.lower)),
    );
    if (blocked) return undefined;
    // a possessor is a recipient only through what it owns ("Turkey's efforts"): keep it
    return grp;
  }
  return undefined;
}

/**
 * Types whose recipient is the one blamed: "investigating crimes by Croatian extremists",
 * "protest against violations committed by security forces", "demand the return of property
 * seized by the army" have the agent of the offence as their recipient.
 */
const blamesAgent = new Set<PloverType>(["ACCUSE", "PROTEST", "REQUEST"]);

/** Nouns of offences and participles of deeds, whose agent follows "by". */
const offenceNouns = new Set([
  "crime",
  "crimes",
  "abuse",
  "abuses",
  "violation",
  "violations",
  "atrocities",
  "atrocity",
  "attack",
  "attacks",
  "killing",
  "killings",
  "violence",
  "massacre",
  "massacres",
  "torture",
  "repression",
  "crackdown",
]);

function offence(t: Token | undefined): boolean {
  if (t === undefined) return false;
  return offenceNouns.has(t.lower) || (t.pos === "VERB" && /(ed|en)$/.test(t.lower));
}

/** Prepositions that make a gerund the complement of what precedes ("an appeal for deploying"). */
const complementPrepositions = new Set(["for", "of", "on", "about", "in", "without", "to"]);

/** Prepositions that join an event noun to its recipient ("talks with", "sanctions on"). */
const nounLinks = new Set(["with", "against", "on", "to"]);

/** Modals that make a reported clause a demand ("Sudan must return"). */
const obligations = new Set(["must", "should"]);

/** Prepositions before a state named as the place of an act ("in Turkey"). */
const placePrepositions = new Set(["in", "into", "throughout", "across", "inside"]);

/**
 * Types whose recipient may be a place standing for its state: PLOVER's material acts, done to
 * or in a place (aid delivered to Bosnia, a withdrawal from Gaza, a protest in Monrovia, an
 * attack on Kabul), and threats of them. Verbal acts (talks, agreements, demands) are only
 * located by a place: "talks in Geneva" have no Swiss party.
 */
const placeRecipient = new Set<PloverType>([
  "ASSAULT",
  "COERCE",
  "SANCTION",
  "MOBILIZE",
  "AID",
  "RETREAT",
  "PROTEST",
  "THREATEN",
]);

/**
 * The state of the first place after a verb, within its clause and as far as a recipient
 * reaches (`recipientAfter`): the place's own state from the gazetteer, or the state whose
 * capital it is.
 */
function placeAfter(
  places: readonly SentencePlace[],
  tokens: readonly Token[],
  end: number,
): string | undefined {
  for (const pl of places) {
    if (pl.from < end) continue;
    if (pl.from - end > 14) return undefined;
    const between = tokens.slice(end, pl.from);
    const blocked = between.some(
      (t, k) =>
        recipientStops.has(t.lower) ||
        t.lower === "," ||
        (t.pos === "VERB" && between[k - 1]?.lower !== "to" && !/ing$/.test(t.lower)),
    );
    if (blocked) return undefined;
    if (pl.actor !== undefined) return pl.actor;
  }
  return undefined;
}

/**
 * An event from the first family word (`fallbackFamilies`) of a sentence with two actors and no
 * pattern: the nearest actor before it is the source (or the first actor, when it comes before
 * them all) and the next actor after that the target. Low confidence: the slots are guessed.
 */
function fallbackEvent(
  tokens: readonly Token[],
  groups: readonly Group[],
  consumed: readonly boolean[],
): DraftEvent | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (consumed[i] || t.pos === "PROPN" || groups.some((g) => g.from <= i && i < g.to)) continue;
    const type =
      fallbackFamilies[t.lower] ?? (t.pos === "VERB" ? fallbackFamilies[t.lemma] : undefined);
    if (type === undefined) continue;
    const before = [...groups].reverse().find((g) => g.to <= i);
    const source = before ?? groups[0];
    if (source === undefined) return undefined;
    const target = groups.find((g) => g.from > Math.max(i, source.from) && g !== source);
    if (target === undefined) continue;
    const participants: DraftEvent["participants"] = source.actors.map((a) => ({
      actor: a,
      role: "source" as const,
    }));
    for (const a of target.actors)
      if (!participants.some((p) => p.actor === a)) participants.push({ actor: a, role: "target" });
    return {
      at: i,
      pattern: { words: [t.lower], type, mode: null, subject: "source", object: "target" },
      type,
      mode: null,
      participants,
      negated: false,
      certainty: "reported",
      asserter: null,
      stance: "asserts",
      relation: null,
      confidence: 0.4,
    };
  }
  return undefined;
}
