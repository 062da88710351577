/**
 * What every phase of reading a sentence works on (`SentenceFrame`), and where the arguments of a
 * verb are found: actors next to each other as one argument (`groupsOf`), the subject before a
 * verb, the object and the recipient after it, places standing for their state.
 */
import {
  actorHeads,
  type ParagraphMemory,
  type SentenceMention,
  type SentencePlace,
} from "../actor-mentions";
import type {
  ActorKind,
  Certainty,
  ParticipantRole,
  PloverType,
  RelationType,
  Stance,
} from "../extraction";
import {
  compoundParticiples,
  hedgeWords,
  officeWords,
  reportingPatterns,
  type VerbPattern,
  verbPatterns,
} from "../lexicon";
import type { Token } from "../sentence-tokens";

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
  /** A meeting of its own, not merged with the sentence's other meeting participations. */
  own?: boolean;
}

/**
 * A draft event the sentence states as fact (no asserter, no lasting tie), of its pattern's type
 * and mode.
 */
export function factualDraft(
  at: number,
  pattern: VerbPattern,
  participants: DraftEvent["participants"],
  confidence: number,
  negated = false,
): DraftEvent {
  return {
    at,
    pattern,
    type: pattern.type,
    mode: pattern.mode,
    participants,
    negated,
    certainty: "reported",
    asserter: null,
    stance: "asserts",
    relation: null,
    confidence,
  };
}

/** The pattern of an event whose subject is its source and whose object is its target. */
export function sourceTargetPattern(
  words: readonly string[],
  type: PloverType,
  mode: string | null,
): VerbPattern {
  return { words, type, mode, subject: "source", object: "target" };
}

/** A source's actors as `source`, then a target's actors not among them as `target`. */
export function sourceAndTarget(
  source: readonly string[],
  target: readonly string[],
): DraftEvent["participants"] {
  const participants: DraftEvent["participants"] = source.map((a) => ({
    actor: a,
    role: "source" as const,
  }));
  for (const a of target)
    if (!participants.some((p) => p.actor === a)) participants.push({ actor: a, role: "target" });
  return participants;
}

/** A sentence as the phases read it: its tokens, actors, places, and what is already used. */
export interface SentenceFrame {
  tokens: readonly Token[];
  mentions: readonly SentenceMention[];
  places: readonly SentencePlace[];
  memory: ParagraphMemory;
  kindOf: (actor: string) => ActorKind;
  groups: Group[];
  inMention: (k: number) => boolean;
  /** Tokens a pattern has already taken. */
  consumed: boolean[];
  /** The sentence's lower-cased words joined by spaces. */
  text: string;
}

/** The frame of a sentence for its phases. */
export function sentenceFrame(
  tokens: readonly Token[],
  mentions: readonly SentenceMention[],
  memory: ParagraphMemory,
  kindOf: (actor: string) => ActorKind,
  places: readonly SentencePlace[],
): SentenceFrame {
  const mentionAt = new Array<boolean>(tokens.length).fill(false);
  for (const m of mentions) for (let k = m.from; k < m.to; k++) mentionAt[k] = true;
  return {
    tokens,
    mentions,
    places,
    memory,
    kindOf,
    groups: groupsOf(tokens, mentions),
    inMention: (k) => mentionAt[k] === true,
    consumed: new Array<boolean>(tokens.length).fill(false),
    text: tokens.map((t) => t.lower).join(" "),
  };
}

export interface Group {
  from: number;
  to: number;
  actors: string[];
}

export const joiners = new Set([
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
  // "Ghana and his Togolese counterpart Ken Obi": each side's leader
  "his",
  "her",
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
  // "the top U.S. diplomat and Iranian Foreign Minister Zarif": each side's envoy
  "diplomat",
  "diplomats",
  "envoy",
  "envoys",
  "official",
  "negotiator",
  "negotiators",
]);
export const clauseBreaks = new Set([
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
export const objectStops = new Set([...clauseBreaks, "."]);
export const prepositions = new Set([
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
export const negators = new Set(["not", "n't", "never", "no"]);
export const auxLike = new Set([
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
export const objectPronouns = new Set(["them", "it", "him", "her"]);
export const lasting =
  /\b(has|have|had)\b(?: \w+ly)?(?: also)?(?: even)?(?: been)? \w+|\bsince\b|\bannual(ly)?\b|\bregularly\b|\bcontinues? to\b|\bfor years\b|\blong\b/i;

/** Actors mentioned next to each other, joined by commas and "and", as one argument. */
export function groupsOf(tokens: readonly Token[], mentions: readonly SentenceMention[]): Group[] {
  const groups: Group[] = [];
  // "During his visit to Kenya, China met Uganda": the comma that closes an opening phrase
  // joins no list
  const opener = openers.has(tokens[0]?.lower ?? "")
    ? tokens.findIndex((t) => t.lower === ",")
    : -1;
  for (const m of mentions) {
    const last = groups[groups.length - 1];
    const between = last === undefined ? null : listLink(tokens.slice(last.to, m.from));
    // "Russia, together with China and Pakistan, attended": one argument
    const along = between?.map((t) => t.lower).join(" ") ?? "";
    const closesOpener = last !== undefined && opener >= last.to && opener < m.from;
    // "Hamas leader Ismail Haniyeh": a new name after an actor and a title is its officer's
    // (and "Togo's Ken Obi": a new name after a possessive is the possessor's person)
    const officer =
      m.via === "new" &&
      m.proposed?.kind !== undefined &&
      between !== null &&
      between.length > 0 &&
      // ("NATO Secretary-General Ana Lopes": a title may be capitalised and hyphenated)
      ((between.every((t) => officerTitles.has(t.lower) || t.text === "-") &&
        between.some((t) => t.text !== "-")) ||
        (between.length === 1 && between[0]?.lower === "'s"));
    // "Philippine negotiators and communist rebels": a generic agent's adjectives after "and"
    const described =
      m.weak === true &&
      between !== null &&
      between.length >= 2 &&
      joiners.has(between[0]?.lower ?? "") &&
      between.slice(1).every((t) => t.pos === "ADJ" && /^\p{Ll}/u.test(t.text));
    if (
      last &&
      !closesOpener &&
      (officer ||
        described ||
        between?.every((t) => joiners.has(t.lower)) ||
        /^,? ?((together|along) with|accompanied by)$/.test(along))
    ) {
      // the officer speaks for the actor named before the title: one party, not two
      if (!officer && !last.actors.includes(m.actor)) last.actors.push(m.actor);
      last.to = m.to;
    } else {
      groups.push({ from: m.from, to: m.to, actors: [m.actor] });
    }
  }
  return groups;
}

/** Lower-case titles between an actor and its officer's name ("Hamas leader Ismail Haniyeh"). */
const officerTitles = new Set([
  "leader",
  "chief",
  "official",
  "spokesman",
  "spokeswoman",
  "commander",
  "chairman",
  "head",
  "envoy",
  "negotiator",
  "representative",
  "president",
  "secretary",
  "general",
  "founder",
  "mediator",
  "ambassador",
  "minister",
  "adviser",
  "advisor",
]);

/** Words of a title before a name ("Deputy Attorney General Rod Rosenstein"). */
const titleWords = new Set([...officeWords, "king", "queen", "mayor", "leader", "counterpart"]);

/**
 * The words between two mentions as far as joining them in a list goes: without the title that
 * opens the second name ("Wray and Deputy Attorney General Rod Rosenstein", "Tusk and European
 * Commission President Jean-Claude Juncker"; one word at least is left) and without a
 * photo caption's position ("Amit Shah (right) and ...").
 */
function listLink(between: readonly Token[]): Token[] {
  let end = between.length;
  while (
    end > 1 &&
    (titleWords.has(between[end - 1]?.lower ?? "") || /^\p{Lu}/u.test(between[end - 1]?.text ?? ""))
  )
    end--;
  const out: Token[] = [];
  for (let k = 0; k < end; k++) {
    const t = between[k] as Token;
    if (
      t.lower === "(" &&
      /^(left|right|centre|center|l|r|c|front|back)$/.test(between[k + 1]?.lower ?? "") &&
      between[k + 2]?.lower === ")"
    ) {
      k += 2;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Words that open a phrase before a sentence's subject ("During the talks, ..."). */
const openers = new Set([
  "during",
  "in",
  "at",
  "after",
  "before",
  "on",
  "following",
  "since",
  "while",
  "when",
  "amid",
  "despite",
  "ahead",
]);

export function wordMatches(t: Token | undefined, w: string): boolean {
  if (t === undefined) return false;
  if (t.lemma === w || t.lower === w) return true;
  // The tagger sometimes reads a participle as an adjective ("has armed them"): strip endings.
  const l = t.lower;
  return (
    (l.endsWith("ed") && (l.slice(0, -2) === w || l.slice(0, -1) === w)) ||
    (l.endsWith("ing") && (l.slice(0, -3) === w || `${l.slice(0, -3)}e` === w))
  );
}

export function indexed<T extends { words: readonly string[] }>(
  patterns: readonly T[],
): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const p of patterns) {
    const k = p.words[0] as string;
    m.set(k, [...(m.get(k) ?? []), p]);
  }
  return m;
}
export const verbIndex = indexed(verbPatterns);
export const reportingIndex = indexed(reportingPatterns);
export const hedgeIndex = indexed(hedgeWords);

/** The patterns whose first word a token can be (its lemma, its form, its stem). */
export function candidates<T>(index: Map<string, T[]>, t: Token): T[] {
  const l = t.lower;
  const keys = new Set([t.lemma, l]);
  // a capitalised plural the tagger took for a name ("Invitations went to ...")
  if (t.pos === "PROPN" && l.endsWith("s")) keys.add(l.slice(0, -1));
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
export function isVerb(tokens: readonly Token[], i: number): boolean {
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
  // "talks mediated by Qatar": a participle after a meeting noun, with its agent
  if (meetingNounWords.has(tokens[i - 1]?.lower ?? "") && tokens[i + 1]?.lower === "by")
    return true;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const a = tokens[k] as Token;
    if (a.lemma === "have") return true;
    // "the talks were mediated by Iraq": a passive with its agent
    if (a.lemma === "be" && tokens[i + 1]?.lower === "by") return true;
    if (a.pos !== "ADV") return false;
  }
  return false;
}

/** Matches `words` from token i; returns the index after the last word, or -1. */
export function matchWords(
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
      // "held consultations on Afghanistan with ...": a topic phrase may name an actor
      const topic = topicWords.has(tokens[k]?.lower ?? "") && gap > 0;
      if (t === undefined || t.pos === "PUNCT") break;
      if (inMention(k + gap) && !topic) {
        // "declined Russia's invitation": a possessor may stand between the words
        let j = k + gap;
        while (inMention(j)) j++;
        // "sent a High Peace Council delegation": a name may say whose delegation (envoy,
        // observer) it is; before other nouns ("agreed to US mediation") it stays a party
        if (sentNouns.has(tokens[j]?.lower ?? "") && wordMatches(tokens[j], words[w] as string)) {
          found = j;
          break;
        }
        // "held EU-brokered talks": a compound of a name and a participle modifies the noun
        // (written as one token too: "UN-backed")
        const joined = compoundParticiples.test(tokens[j - 1]?.lower.split("-").pop() ?? "");
        const dashed =
          tokens[j]?.text === "-" && compoundParticiples.test(tokens[j + 1]?.lower ?? "");
        if (joined || dashed) {
          const after = tokens[dashed ? j + 2 : j];
          if (after !== undefined && wordMatches(after, words[w] as string))
            found = dashed ? j + 2 : j;
          break;
        }
        if (tokens[j]?.lower !== "'s") break;
        continue;
      }
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

export function firstSubject(
  groups: readonly Group[],
  tokens: readonly Token[],
): Group | undefined {
  return groups.find((g) => !prepositions.has(precedingWord(tokens, g.from)));
}

/** Those an actor sends to a meeting, which a name before them may own ("a Taliban delegation"). */
const sentNouns = new Set([
  "delegation",
  "delegations",
  "representative",
  "representatives",
  "envoy",
  "envoys",
  "observer",
  "observers",
]);

/** Prepositions that open the topic of talks ("consultations on Afghanistan with ..."). */
const topicWords = new Set(["on", "about", "over", "regarding"]);

/** Words between a preposition and its meeting noun ("during his first meeting", "in a private meeting"). */
const meetingModifiers = new Set([
  "a",
  "an",
  "the",
  "his",
  "her",
  "its",
  "their",
  "first",
  "recent",
  "separate",
  "bilateral",
  "private",
  "closed-door",
]);

/** The index of the first word from `from` (before `limit`) that is no meeting noun's modifier. */
export function pastMeetingModifiers(
  tokens: readonly Token[],
  from: number,
  limit: number,
): number {
  let k = from;
  while (k < limit && meetingModifiers.has(tokens[k]?.lower ?? "")) k++;
  return k;
}

/** Nouns that name a meeting ("a meeting on Yemen", "talks about Syria"). */
export const meetingNounWords: ReadonlySet<string> = new Set([
  "meeting",
  "meetings",
  "talks",
  "conference",
  "summit",
  "consultations",
  "negotiations",
  "discussions",
  "dialogue",
  "session",
  "round",
]);

/** Portfolios before an office ("foreign ministers", "defence chiefs"). */
const portfolioWords = new Set([
  "foreign",
  "defence",
  "defense",
  "finance",
  "interior",
  "trade",
  "health",
  "energy",
]);

/** People sent by the actors after them: "diplomats from", "representatives of". */
const delegateNouns = new Set([
  "diplomats",
  "representatives",
  "officials",
  "delegations",
  "delegation",
  "delegates",
  "envoys",
  "ministers",
  "negotiators",
  "leaders",
  "members",
  "emissaries",
  "presidents",
  "heads",
  "chiefs",
  "chairmen",
  "secretaries",
  "ambassadors",
  "commanders",
  "premiers",
  "generals",
  "lawmakers",
  "parliamentarians",
  "senators",
  // one who speaks for the actors after: "the head of the Commission met", "the President of X"
  "head",
  "chief",
  "leader",
  "president",
  "chairman",
  "chairperson",
  "secretary",
  "minister",
  "envoy",
  "representative",
  "delegate",
  "official",
  "diplomat",
  "negotiator",
  "emissary",
  "ambassador",
  "spokesman",
  "spokeswoman",
]);

/**
 * Whether the actors at `from` are those who sent the delegates named before them ("diplomats
 * from Russia, China and Pakistan met"): such a list is the subject of the verb after it.
 */
export function delegatesOf(tokens: readonly Token[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && ["the", "a", "an"].includes(tokens[k]?.lower ?? "")) k--;
  if (!["from", "of"].includes(tokens[k]?.lower ?? "")) return false;
  k--;
  // "the heads of state (of government) of Russia and China"
  if (
    ["state", "government"].includes(tokens[k]?.lower ?? "") &&
    tokens[k - 1]?.lower === "of" &&
    ["head", "heads"].includes(tokens[k - 2]?.lower ?? "")
  )
    k -= 2;
  while (k >= 0 && (tokens[k]?.pos === "ADJ" || tokens[k]?.lower === "senior")) k--;
  // "Foreign ministers of the G7": the portfolio before the office is no owner's name
  const office = k;
  while (k > 0 && portfolioWords.has(tokens[k - 1]?.lower ?? "")) k--;
  if (k < office && delegateNouns.has(tokens[office]?.lower ?? "")) return true;
  // "a Taliban delegation from the Doha office": the delegation is already someone's (but "The
  // leaders of Eritrea and Ethiopia met" opens with an article, not a name)
  if (
    k > 0 &&
    /^\p{Lu}/u.test(tokens[k - 1]?.text ?? "") &&
    !["the", "a", "an"].includes(tokens[k - 1]?.lower ?? "")
  )
    return false;
  return delegateNouns.has(tokens[k]?.lower ?? "");
}

/** The word before a token, looking past articles ("with the Taliban" gives "with"). */
export function precedingWord(tokens: readonly Token[], from: number): string {
  let k = from - 1;
  while (k >= 0 && ["the", "a", "an", "its", "their"].includes(tokens[k]?.lower ?? "")) k--;
  return tokens[k]?.lower ?? "";
}

export function nearestBefore(
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
    // ("Representatives from 20 countries, including Russia and China, attended": the parties
    // named after "including", right before the verb, are its subject)
    const including =
      precedingWord(tokens, grp.from) === "including" &&
      tokens.slice(grp.to, i).every((t) => t.lower === "," || t.pos === "ADV");
    if (
      skipPrepObjects &&
      prepositions.has(precedingWord(tokens, grp.from)) &&
      !delegatesOf(tokens, grp.from) &&
      !including
    )
      continue;
    // "Russia's efforts must meet ...": a possessor is not the subject of a verb (but "the EU's
    // diplomatic chief rejected ..." names its own people)
    if (
      skipPrepObjects &&
      tokens[i]?.pos === "VERB" &&
      tokens[grp.to]?.lower === "'s" &&
      !ownPeople(tokens, grp.to + 1)
    )
      continue;
    return grp;
  }
  return undefined;
}

/** Heads of a demonym's phrase that also modify other nouns ("security needs"). */
const modifierHeads = new Set([
  "security",
  "intelligence",
  "defence",
  "defense",
  "foreign",
  "prime",
  "state",
  "military",
]);

/** Nouns of an actor's own people or bodies after its possessive ("Togo's ruling party"). */
const ownPeopleNouns = new Set([
  // ("Togo's security needs": a head that is also a modifier is left out)
  ...[...actorHeads].filter((w) => !modifierHeads.has(w)),
  "party",
  "leadership",
  "team",
  "office",
  "wing",
]);

/**
 * Whether the words from `k` (after a possessive) name the possessor's own people: at most two
 * modifiers and a noun of its people or bodies ("ruling party", "political office", "leader").
 */
function ownPeople(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 3; j++) {
    const t = tokens[j];
    if (t === undefined) return false;
    // a capitalised modifier before a lower-case word ("Iraq's top Shiite cleric")
    if (/^\p{Lu}/u.test(t.text)) {
      if (!/^\p{Ll}/u.test(tokens[j + 1]?.text ?? "")) return false;
      continue;
    }
    if (ownPeopleNouns.has(t.lower) && tokens[j + 1]?.pos !== "NOUN") return true;
    if (t.pos !== "ADJ" && t.pos !== "NOUN" && t.pos !== "VERB") return false;
  }
  return false;
}

export function nearestAfter(
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
    // "hosted a meeting on Yemen", "met in Beijing on Afghanistan": the topic of a meeting, not
    // a party
    // (but "paid a courtesy call on Togo's president": the pattern's own preposition)
    if (meeting && topicWords.has(precedingWord(tokens, grp.from))) {
      let k = grp.from - 1;
      while (k > end && !topicWords.has(tokens[k]?.lower ?? "")) k--;
      if (k >= end) continue;
    }
    // "meet Afghanistan's needs": a possessor is not whom one meets, but "host Japan's Crown
    // Prince Naruhito" names its person
    if (meeting && /^'s$/.test(tokens[grp.to]?.lower ?? "")) {
      return /^\p{Lu}/u.test(tokens[grp.to + 1]?.text ?? "") || ownPeople(tokens, grp.to + 1)
        ? grp
        : undefined;
    }
    return grp;
  }
  return undefined;
}

/** Words that end the reach of a verb towards its recipient: a new clause or an agent. */
export const recipientStops = new Set([
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

/** A comma, or a finite verb (not after "to", not a gerund), that ends the clause of a verb. */
function endsClause(t: Token, before: Token | undefined): boolean {
  return t.lower === "," || (t.pos === "VERB" && before?.lower !== "to" && !/ing$/.test(t.lower));
}

/**
 * The first actor or list after a verb that has no object right after it, within its clause:
 * past nouns and prepositions ("aid to Mozambique", "a curfew in Montenegro") and through an
 * infinitive ("to break relations with Russia"), but not into another clause, across a comma
 * or to an agent after "by". PLOVER codes the recipient so, as its coders read the sentence.
 */
export function recipientAfter(
  groups: readonly Group[],
  tokens: readonly Token[],
  end: number,
  blames = false,
): Group | undefined {
  for (const grp of groups) {
    if (grp.from < end) continue;
    if (grp.from - end > 14) return undefined;
    const between = tokens.slice(end, grp.from);
    // ("€ 3. 5 million": a point between digits ends nothing)
    const numberPoint = (k: number): boolean =>
      between[k]?.lower === "." &&
      /\d$/.test(between[k - 1]?.text ?? "") &&
      /^\d/.test(between[k + 1]?.text ?? "");
    const blocked = between.some(
      (t, k) =>
        (recipientStops.has(t.lower) &&
          !numberPoint(k) &&
          !(blames && t.lower === "by" && offence(between[k - 1]))) ||
        endsClause(t, between[k - 1]),
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
export const blamesAgent = new Set<PloverType>(["ACCUSE", "PROTEST", "REQUEST"]);

/** Nouns of offences and participles of deeds, whose agent follows "by". */
export const offenceNouns = new Set([
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

export function offence(t: Token | undefined): boolean {
  if (t === undefined) return false;
  return offenceNouns.has(t.lower) || (t.pos === "VERB" && /(ed|en)$/.test(t.lower));
}

/** Prepositions that make a gerund the complement of what precedes ("an appeal for deploying"). */
export const complementPrepositions = new Set(["for", "of", "on", "about", "in", "without", "to"]);

/** Prepositions that join an event noun to its recipient ("talks with", "sanctions on"). */
export const nounLinks = new Set(["with", "against", "on", "to"]);

/** Modals that make a reported clause a demand ("Sudan must return"). */
export const obligations = new Set(["must", "should"]);

/** Prepositions before a state named as the place of an act ("in Turkey"). */
export const placePrepositions = new Set(["in", "into", "throughout", "across", "inside"]);

/**
 * Types whose recipient may be a place standing for its state: PLOVER's material acts, done to
 * or in a place (aid delivered to Bosnia, a withdrawal from Gaza, a protest in Monrovia, an
 * attack on Kabul), and threats of them. Verbal acts (talks, agreements, demands) are only
 * located by a place: "talks in Geneva" have no Swiss party.
 */
export const placeRecipient = new Set<PloverType>([
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
export function placeAfter(
  places: readonly SentencePlace[],
  tokens: readonly Token[],
  end: number,
): string | undefined {
  for (const pl of places) {
    if (pl.from < end) continue;
    if (pl.from - end > 14) return undefined;
    const between = tokens.slice(end, pl.from);
    const blocked = between.some(
      (t, k) => recipientStops.has(t.lower) || endsClause(t, between[k - 1]),
    );
    if (blocked) return undefined;
    if (pl.actor !== undefined) return pl.actor;
  }
  return undefined;
}
