import { officeWords, type VerbPattern } from "../lexicon";
import type { Token } from "../sentence-tokens";
import {
  type DraftEvent,
  factualDraft,
  type Group,
  meetingNounWords,
  nearestAfter,
  nearestBefore,
  objectStops,
  pastMeetingModifiers,
  type SentenceFrame,
} from "./argument-slots";

/** The mode of a meeting named by a noun. */
const modeOfNoun = (w: string): string =>
  w === "conference" || w === "summit"
    ? "conference"
    : ["talks", "negotiations", "consultations", "discussions", "dialogue"].includes(w)
      ? "talks"
      : "meeting";

/** A meeting participation read from a phrase rather than a verb pattern. */
const phrasePattern = (
  word: string,
  mode: string,
  subject: "host" | "attendee" | null,
): VerbPattern => ({
  words: [word],
  type: "CONSULT",
  mode,
  subject,
  object: "attendee",
  meeting: true,
});

/** Words that name what a person opens a meeting with ("opened with an address by Lavrov"). */
const openingNouns = new Set(["address", "speech", "statement", "remarks", "welcome"]);

/** Verbs a parenthesis on a meeting may carry ("(Russia and China attended)"). */
const attendingLemmas = new Set(["attend", "participate", "join", "present"]);

/** Whether a group names a person: by a person's name, or with an office's title before it. */
function personal(frame: SentenceFrame, g: Group, from: number): boolean {
  const { mentions, tokens } = frame;
  if (
    mentions.some(
      (m) =>
        m.from >= g.from && m.to <= g.to && (m.via === "person" || m.proposed?.kind === "person"),
    )
  )
    return true;
  return tokens.slice(from, g.to).some((x) => officeWords.has(x.lower));
}

/** The index after the parenthesis opened at `from`, or `from` when none opens there. */
function pastParenthesis(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.lower !== "(") return from;
  let k = from + 1;
  while (k < tokens.length && tokens[k]?.lower !== ")") k++;
  return k < tokens.length ? k + 1 : from;
}

/**
 * Meeting participations said by a phrase around a meeting noun, added to `drafts`: the one a
 * meeting "opened with" (or "with an address by") hosts it; "brought X together with Y" and
 * "brought together X and Y" make X and Y attendees and the one who brought them the host; the
 * actors in a parenthesis right after a meeting noun ("the conference (about 25 countries with
 * the UN and NATO)", "the meeting (with X and Y)") attend it.
 */
export function meetingPhrases(frame: SentenceFrame, drafts: DraftEvent[]): void {
  const { tokens, groups, consumed } = frame;
  const known = (a: string): boolean =>
    drafts.some((d) => d.pattern.meeting === true && d.participants.some((p) => p.actor === a));
  const add = (at: number, pattern: VerbPattern, parts: DraftEvent["participants"]): void => {
    const fresh = parts.filter(
      (p, j) => !known(p.actor) && parts.findIndex((q) => q.actor === p.actor) === j,
    );
    if (fresh.length > 0) drafts.push(factualDraft(at, pattern, fresh, 0.75));
  };
  openingMeeting(frame, add);
  meetingParticiple(frame, add);
  presentAtMeeting(frame, add);
  addressAtMeeting(frame, add);
  includedMeetings(frame, drafts);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (consumed[i]) continue;
    // "The talks opened (on 9 November) with Lavrov's address": the opener hosts
    if (t.lemma === "open" && t.pos === "VERB") {
      const noun = tokens
        .slice(Math.max(0, i - 3), i)
        .reverse()
        .find((x) => meetingNounWords.has(x.lower));
      if (noun === undefined) continue;
      let k = i + 1;
      while (k < Math.min(tokens.length, i + 8) && tokens[k]?.lower !== "with") {
        const w = tokens[k] as Token;
        if (objectStops.has(w.lower) || w.pos === "VERB") break;
        k++;
      }
      if (tokens[k]?.lower !== "with") continue;
      // "with an address (a speech) by X"
      let from = k + 1;
      while (["a", "an", "the", "his", "her", "its", "opening"].includes(tokens[from]?.lower ?? ""))
        from++;
      const byline =
        openingNouns.has(tokens[from]?.lower ?? "") &&
        ["by", "from"].includes(tokens[from + 1]?.lower ?? "");
      from = byline ? from + 2 : k + 1;
      const opener = nearestAfter(groups, tokens, from, 3);
      if (opener === undefined) continue;
      // "opened with Lavrov's address", "with Foreign Minister Lavrov": a person or a possessor
      // opens; "talks opened with the Taliban" are talks held with them, not hosted by them
      if (!byline && tokens[opener.to]?.lower !== "'s" && !personal(frame, opener, from)) continue;
      add(
        i,
        phrasePattern(t.lower, modeOfNoun(noun.lower), "host"),
        opener.actors.map((a) => ({ actor: a, role: "host" as const })),
      );
      continue;
    }
    // "Qatar brought the Taliban together with Afghan negotiators", "brought together X and Y"
    if (t.lemma === "bring" && t.pos === "VERB") {
      let parties: string[] = [];
      let end = i + 1;
      if (tokens[i + 1]?.lower === "together") {
        const g = nearestAfter(groups, tokens, i + 2, 2);
        if (g === undefined) continue;
        parties = [...g.actors];
        end = g.to;
      } else {
        const first = nearestAfter(groups, tokens, i + 1, 2);
        if (first === undefined) continue;
        // "the Taliban together with Afghan negotiators" may be read as one list already
        const joined = tokens.slice(first.from, first.to).some((x) => x.lower === "together");
        if (joined) {
          parties = [...first.actors];
          end = first.to;
        }
        // past the head noun and a parenthesis ("Taliban representatives (a delegation ...)")
        let k = first.to;
        if (tokens[k]?.pos === "NOUN" && tokens[k]?.lower !== "together") k++;
        k = pastParenthesis(tokens, k);
        if (!joined) {
          if (tokens[k]?.lower !== "together") continue;
          const second: Group | undefined =
            tokens[k + 1]?.lower === "with" ? nearestAfter(groups, tokens, k + 2, 2) : undefined;
          parties = [...first.actors, ...(second?.actors ?? [])];
          end = second?.to ?? k + 1;
        }
      }
      const host = nearestBefore(groups, tokens, i, true);
      const hosts = (host?.actors ?? []).filter((a) => !parties.includes(a));
      add(i, phrasePattern(t.lower, "meeting", hosts.length > 0 ? "host" : null), [
        ...hosts.map((a) => ({ actor: a, role: "host" as const })),
        ...parties.map((a) => ({ actor: a, role: "attendee" as const })),
      ]);
      for (let k = i; k < end; k++) consumed[k] = true;
      continue;
    }
    // "the second Kabul Process conference (about 25 countries with the UN and NATO)"
    if (t.lower === "(" && meetingNounWords.has(tokens[i - 1]?.lower ?? "")) {
      const close = pastParenthesis(tokens, i);
      if (close === i) continue;
      const inside = tokens.slice(i + 1, close - 1);
      if (inside.some((x) => x.pos === "VERB" && !attendingLemmas.has(x.lemma))) continue;
      const actors = groups.filter((g) => g.from > i && g.to < close).flatMap((g) => g.actors);
      const noun = tokens[i - 1]?.lower ?? "meeting";
      add(
        i,
        phrasePattern(noun, modeOfNoun(noun), "attendee"),
        actors.map((a) => ({ actor: a, role: "attendee" as const })),
      );
    }
  }
}

/**
 * "In a meeting with X on Monday, Y said ...", "During his talks with X, Y discussed ...": a
 * meeting named by a phrase opening the sentence has the party after "with" and the subject of
 * the clause after the comma as attendees; only words of time and place ("on Monday", "in
 * Lome") may stand between the party and the comma, and the subject opens the clause.
 */
function openingMeeting(
  frame: SentenceFrame,
  add: (at: number, pattern: VerbPattern, parts: DraftEvent["participants"]) => void,
): void {
  const { tokens, groups } = frame;
  if (!["in", "during", "at", "after"].includes(tokens[0]?.lower ?? "")) return;
  const k = pastMeetingModifiers(tokens, 1, 5);
  const noun = tokens[k]?.lower ?? "";
  if (!meetingNounWords.has(noun)) return;
  // "At the summit, X and Y agreed ...": the meeting named before has the clause's subject
  const bare = tokens[k + 1]?.lower !== "with";
  const other = bare
    ? undefined
    : groups.find((g) => g.from === k + 2 || (g.from === k + 3 && tokens[k + 2]?.lower === "the"));
  if (!bare && other === undefined) return;
  const after = other?.to ?? k + 1;
  const comma = tokens.findIndex((x, j) => j >= after && x.lower === ",");
  if (comma < 0 || comma - after > 6) return;
  if (tokens.slice(after, comma).some((x) => x.pos === "VERB" || x.pos === "AUX")) return;
  // (with no party named, only "the meeting", "the talks": a meeting already spoken of; or "At
  // a meeting in Ankara, X told Y", "During their meeting, X and Y": one the clause's parties
  // held, when it names two or more, with none before the comma but places)
  const spokenOf = tokens[k - 1]?.lower === "the" && !groups.some((g) => g.from < comma);
  const heldHere =
    ["a", "an", "the", "their"].includes(tokens[1]?.lower ?? "") &&
    groups.every((g) => g.from > comma || ["in", "at"].includes(tokens[g.from - 1]?.lower ?? ""));
  if (bare && !spokenOf && !heldHere) return;
  const subject = groups.find(
    (g) =>
      g.from > comma &&
      tokens.slice(comma + 1, g.from).every((x) => x.pos === "DET" || x.pos === "ADJ"),
  );
  if (subject === undefined) return;
  const addressed = bare && !spokenOf ? addresseeAfter(frame, subject.to) : [];
  const actors = [...(other?.actors ?? []), ...subject.actors, ...addressed];
  if (bare && !spokenOf && new Set(actors).size < 2) return;
  const parts = actors.map((a) => ({ actor: a, role: "attendee" as const }));
  add(k, phrasePattern(noun, modeOfNoun(noun), "attendee"), parts);
}

/** The party a verb of speaking to someone at `at` addresses ("told Putin", "urged his host"). */
function addresseeAfter(frame: SentenceFrame, at: number): string[] {
  const { tokens, groups } = frame;
  const v = tokens[at];
  if (v === undefined || v.pos !== "VERB" || !addressLemmas.has(v.lemma)) return [];
  const next = groups.find(
    (g) =>
      g.from > at &&
      g.from <= at + 2 &&
      tokens
        .slice(at + 1, g.from)
        .every((x) => x.pos === "DET" || ["his", "her", "its", "their"].includes(x.lower)),
  );
  if (next === undefined || tokens.slice(next.from, next.to).some((x) => pressWords.has(x.lower)))
    return [];
  return next.actors;
}

/**
 * "Meeting in Sochi, Putin and Erdogan agreed ...", "Putin and Erdogan, meeting in Sochi,
 * agreed ...": a participle of meeting set off by commas has the two or more parties it
 * describes as attendees.
 */
function meetingParticiple(
  frame: SentenceFrame,
  add: (at: number, pattern: VerbPattern, parts: DraftEvent["participants"]) => void,
): void {
  const { tokens, groups } = frame;
  const where = (k: number): boolean => ["in", "at", "on", "for"].includes(tokens[k]?.lower ?? "");
  let parties: string[] = [];
  let at = -1;
  if (tokens[0]?.lower === "meeting" && where(1)) {
    const comma = tokens.findIndex((x, j) => j > 1 && x.lower === ",");
    const subject = groups.find(
      (g) =>
        comma > 0 &&
        g.from > comma &&
        tokens.slice(comma + 1, g.from).every((x) => x.pos === "DET" || x.pos === "ADJ"),
    );
    if (comma > 0 && comma <= 7 && subject !== undefined) {
      parties = subject.actors;
      at = 0;
    }
  } else {
    const k = tokens.findIndex(
      (x, j) => x.lower === "meeting" && tokens[j - 1]?.lower === "," && where(j + 1),
    );
    const subject = groups.find((g) => g.to === k - 1 && g.from <= 1);
    if (k > 0 && subject !== undefined) {
      parties = subject.actors;
      at = k;
    }
  }
  if (new Set(parties).size < 2) return;
  add(
    at,
    phrasePattern("meeting", "meeting", "attendee"),
    parties.map((a) => ({ actor: a, role: "attendee" as const })),
  );
}

/**
 * "Modi and Khan were both at the SCO meeting", "X was present at the talks", "Khan joined Modi
 * at the summit": those said to be at a meeting, or joined there, attend it.
 */
function presentAtMeeting(
  frame: SentenceFrame,
  add: (at: number, pattern: VerbPattern, parts: DraftEvent["participants"]) => void,
): void {
  const { tokens, groups, inMention } = frame;
  for (const g of groups) {
    let k = g.to;
    const joined = tokens[g.from - 1]?.lemma === "join" && tokens[g.from - 1]?.pos === "VERB";
    if (!joined) {
      if (!/^(is|are|was|were)$/.test(tokens[k]?.lower ?? "")) continue;
      k++;
      while (/^(both|all|also|present|there)$/.test(tokens[k]?.lower ?? "")) k++;
    }
    if (!["at", "in"].includes(tokens[k]?.lower ?? "")) continue;
    // past articles, modifiers and names ("the SCO meeting", "the second Moscow talks")
    let n = k + 1;
    while (
      n < k + 6 &&
      (inMention(n) ||
        /^(the|a|an|first|second|third|last|latest|recent|annual|regional|bilateral|trilateral|informal|extraordinary)$/.test(
          tokens[n]?.lower ?? "",
        ))
    )
      n++;
    const noun = tokens[n]?.lower ?? "";
    if (!meetingNounWords.has(noun)) continue;
    // ("was in the talks as an observer")
    const observer = /\bas (an |its )?observers?\b/.test(
      tokens
        .slice(n + 1, n + 7)
        .map((x) => x.lower)
        .join(" "),
    );
    add(
      n,
      phrasePattern(noun, modeOfNoun(noun), "attendee"),
      g.actors.map((a) => ({
        actor: a,
        role: observer ? ("observer" as const) : ("attendee" as const),
      })),
    );
  }
}

/** Those spoken to who are not met by being told ("told reporters"). */
const pressWords = new Set(["reporters", "journalists", "press", "media", "newsmen"]);

/** Verbs of speaking to someone face to face ("told", "assured", "urged" ...). */
const addressLemmas = new Set([
  "tell",
  "assure",
  "inform",
  "brief",
  "urge",
  "ask",
  "thank",
  "press",
]);

/**
 * "Chad's minister told his Libyan counterpart during a meeting in N'Djamena that ...": one who
 * speaks to another "during", "at" or "in" a meeting or talks (not a meeting of, on or with
 * others) met that other; the speaker is the verb's subject, the other the party right after it.
 */
function addressAtMeeting(
  frame: SentenceFrame,
  add: (at: number, pattern: VerbPattern, parts: DraftEvent["participants"]) => void,
): void {
  const { tokens, groups } = frame;
  for (let d = 2; d < tokens.length; d++) {
    if (!["during", "at", "in"].includes(tokens[d]?.lower ?? "")) continue;
    const k = pastMeetingModifiers(tokens, d + 1, d + 4);
    const noun = tokens[k]?.lower ?? "";
    if (!["meeting", "talks"].includes(noun) || (k === d + 1 && noun !== "talks")) continue;
    if (["of", "on", "with", "between"].includes(tokens[k + 1]?.lower ?? "")) continue;
    const other = [...groups].reverse().find((g) => g.to <= d && d - g.to <= 1);
    // "told reporters during a meeting": the press is not met
    if (
      other === undefined ||
      tokens.slice(other.from, other.to).some((x) => pressWords.has(x.lower))
    )
      continue;
    const before = tokens[other.from - 1];
    const determined =
      before?.pos === "DET" || ["his", "her", "its", "their"].includes(before?.lower ?? "");
    const verb = other.from - 1 - (determined ? 1 : 0);
    const v = tokens[verb];
    if (v === undefined || v.pos !== "VERB" || !addressLemmas.has(v.lemma)) continue;
    const speaker = nearestBefore(groups, tokens, verb, true);
    if (speaker === undefined) continue;
    add(
      verb,
      phrasePattern(noun, modeOfNoun(noun), "attendee"),
      [...speaker.actors, ...other.actors].map((a) => ({ actor: a, role: "attendee" as const })),
    );
  }
}

/**
 * "The group met with Afghan factions in Chantilly, and later in Oslo and other venues,
 * including the semi-direct talks in Murree in 2015": a meeting named after "including" that
 * names no parties of its own is another meeting of the same parties, with its own place and
 * date.
 */
function includedMeetings(frame: SentenceFrame, drafts: DraftEvent[]): void {
  const { tokens } = frame;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.lower !== "including") continue;
    let k = i + 1;
    // (past its modifiers: "the most anticipated semi-direct talks")
    while (k < i + 8 && k < tokens.length && !meetingNounWords.has(tokens[k]?.lower ?? "")) {
      const t = tokens[k] as Token;
      if ([",", ".", ";", ":"].includes(t.lower) || t.pos === "AUX" || frame.inMention(k)) break;
      k++;
    }
    const noun = tokens[k]?.lower ?? "";
    if (!meetingNounWords.has(noun)) continue;
    if (["with", "between", "of"].includes(tokens[k + 1]?.lower ?? "")) continue;
    const before = [...drafts].reverse().find((d) => d.pattern.meeting === true && d.at < i);
    if (before === undefined) continue;
    const parts = before.participants.map((p) => ({ actor: p.actor, role: p.role }));
    drafts.push({
      ...factualDraft(k, phrasePattern(noun, modeOfNoun(noun), "attendee"), parts, 0.7),
      own: true,
    });
  }
}
