import { fallbackFamilies, type VerbPattern } from "../lexicon";
import type { Token } from "../sentence-tokens";
import {
  type DraftEvent,
  delegatesOf,
  factualDraft,
  firstSubject,
  type Group,
  nearestBefore,
  nounLinks,
  type SentenceFrame,
  sourceAndTarget,
  sourceTargetPattern,
} from "./argument-slots";

/** A demand keeps its mode, so that it counts as verbal conflict (CAMEO 10), not an appeal. */
const modeOf = (t: Token): string | null =>
  t.lemma === "demand" || /^demand/.test(t.lower) ? "demand" : null;

/** The pattern of a meeting named by a noun: attendees, with other attendees or a host. */
const meetingPattern = (word: string, mode: string, object: "attendee" | "host"): VerbPattern => ({
  words: [word],
  type: "CONSULT",
  mode,
  subject: "attendee",
  object,
  meeting: true,
});

const talkNouns = new Set([
  "talks",
  "negotiations",
  "consultations",
  "meeting",
  "meetings",
  "dialogue",
  "summit",
  "summits",
  "conference",
]);

/** Words of talks being held, between the noun and "between" ("talks were held between"). */
const heldWords = new Set(["was", "were", "is", "are", "been", "being", "held", "took", "place"]);

/** Nouns that name a visit ("the visit by ..."). */
const visitNouns = new Set(["visit", "visits", "trip"]);

/** Words between a possessor or an article and "visit" ("a three-day state visit"). */
const visitModifier =
  /^(\d.*|.*-.*|day|days|week|month|state|official|working|courtesy|two|three|four|five)$/;

/** Words that end a noun phrase's reach: a new clause. */
const objectStopWords = new Set([".", ";", ":", "which", "who", "but", "while", "saying", "that"]);

/**
 * Events without a pattern, added to `drafts`: the family of the first event noun or general
 * verb of a sentence with two actors and no other event, and events named by a noun joined to
 * its recipient ("a suspension of air links with Serbia").
 */
export function fallbackEvents(frame: SentenceFrame, drafts: DraftEvent[]): void {
  const { tokens, groups, consumed } = frame;
  // "Talks between Russia and the Taliban resumed": the parties of talks named by a noun
  for (let i = 0; i < tokens.length; i++) {
    const noun = tokens[i]?.lower ?? "";
    if (!talkNouns.has(noun)) continue;
    const mode = /^(meeting|meetings)$/.test(noun)
      ? "meeting"
      : /^(summit|summits|conference)$/.test(noun)
        ? "conference"
        : "talks";
    const push = (actors: string[], to: number): void => {
      // (a meeting already read; "welcomed the talks between X and Y" names them too, but
      // "called for (demanded, offered, refused) talks between X and Y": talks not held)
      if (
        drafts.some(
          (d) =>
            (d.pattern.meeting === true ||
              (["REQUEST", "AGREE", "REJECT", "THREATEN"].includes(d.type) &&
                d.at < i &&
                i - d.at <= 4)) &&
            actors.every((a) => d.participants.some((p) => p.actor === a)),
        )
      )
        return;
      const attendees = actors.map((a) => ({ actor: a, role: "attendee" as const }));
      drafts.push(factualDraft(i, meetingPattern(noun, mode, "attendee"), attendees, 0.75));
      for (let k = Math.min(i, to); k < Math.max(i + 1, to); k++) consumed[k] = true;
    };
    // "the US-China talks", "the Russia - Ukraine summit": the pair named before the noun
    const last = groups.findIndex(
      (g) => g.to === i || (g.to === i - 1 && tokens[i - 1]?.pos === "ADJ"),
    );
    if (last > 0) {
      const chain: Group[] = [groups[last] as Group];
      for (let g = last - 1; g >= 0; g--) {
        const before = groups[g] as Group;
        const dash = tokens[before.to]?.text ?? "";
        if (before.to + 1 !== chain[0]?.from || (dash !== "-" && dash !== "–")) break;
        chain.unshift(before);
      }
      if (chain.length >= 2) {
        push(
          chain.flatMap((g) => g.actors),
          chain[0]?.from ?? i,
        );
        continue;
      }
    }
    // "Erdogan and Putin's meeting in Sochi": two or more parties owning it
    let owner = i - 1;
    while (owner > 0 && tokens[owner]?.pos === "ADJ") owner--;
    if (tokens[owner]?.lower === "'s") {
      const owners = groups.find((g) => g.to === owner);
      if (owners !== undefined && owners.actors.length >= 2) {
        push(owners.actors, owners.from);
        continue;
      }
    }
    // "Talks were held (took place) between ...": the verb of holding them may come between;
    // "talks involving X, Y and Z", "a meeting of Arab and Israeli officials"
    let b = i + 1;
    while (b < i + 4 && heldWords.has(tokens[b]?.lower ?? "")) b++;
    const link = tokens[b]?.lower ?? "";
    const of = link === "of" && b === i + 1;
    if (link !== "between" && link !== "involving" && !of) continue;
    // (past articles and, after "of", words of no actor: "of Arab and Israeli officials", "of
    // the foreign ministers of Russia, Iran and Turkey")
    const from = b + 1;
    const parties = groups.find(
      (g) =>
        g.from >= from &&
        g.from <= from + (of && delegatesOf(tokens, g.from) ? 6 : 3) &&
        tokens
          .slice(from, g.from)
          .every(
            (t) =>
              t.lower === "the" ||
              t.lower === "a" ||
              (of &&
                (t.pos === "ADJ" ||
                  t.lower === "and" ||
                  t.lower === "," ||
                  delegatesOf(tokens, g.from))),
          ),
    );
    if (parties === undefined) continue;
    const rest = groups.find(
      (g) =>
        g.from >= parties.to &&
        tokens.slice(parties.to, g.from).every((t) => t.lower === "and" || t.lower === "the"),
    );
    const actors = [...parties.actors, ...(rest?.actors ?? [])];
    if (actors.length < (link === "between" ? 2 : 1)) continue;
    // ("the summit of Mount Kenya": after "of", names of known actors only)
    if (
      of &&
      frame.mentions.some((m) => m.from >= parties.from && m.to <= parties.to && m.via === "new")
    )
      continue;
    push(actors, parties.to);
  }
  // "Talks were held in Moscow with the participation of Russia, China and Iran", "the summit,
  // attended by Egypt and Iraq": attendees of the meeting the sentence names
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]?.lower ?? "";
    const participation = w === "participation" && tokens[i + 1]?.lower === "of";
    const attendedBy =
      w === "attended" && tokens[i + 1]?.lower === "by" && tokens[i - 1]?.lower === ",";
    if (!participation && !attendedBy) continue;
    const named = tokens
      .slice(Math.max(0, i - 12), i)
      .map((t) => t.lower)
      .findLast((x) => talkNouns.has(x));
    if (named === undefined) continue;
    let from = i + 2;
    while (tokens[from]?.lower === "the") from++;
    const parties = groups.find((g) => g.from === from);
    if (parties === undefined) continue;
    const meeting = drafts.find((d) => d.pattern.meeting === true);
    if (meeting !== undefined) {
      for (const a of parties.actors)
        if (!meeting.participants.some((p) => p.actor === a))
          meeting.participants.push({ actor: a, role: "attendee" });
    } else {
      const mode = /^(summit|summits|conference)$/.test(named)
        ? "conference"
        : /^meetings?$/.test(named)
          ? "meeting"
          : "talks";
      drafts.push(
        factualDraft(
          i,
          meetingPattern(named, mode, "attendee"),
          parties.actors.map((a) => ({ actor: a, role: "attendee" as const })),
          0.75,
        ),
      );
    }
    for (let k = i; k < parties.to; k++) consumed[k] = true;
  }
  // "welcomed the visit by the Sudanese foreign minister to Sofia": a visit named by a noun,
  // its visitor after "by" and its host after "to"
  for (let i = 0; i < tokens.length; i++) {
    if (!visitNouns.has(tokens[i]?.lower ?? "")) continue;
    // "the visit by X", "X's visit to Y", "(X ...) during a visit to Y"
    let k = i - 1;
    while (k >= 0 && (tokens[k]?.pos === "ADJ" || visitModifier.test(tokens[k]?.lower ?? ""))) k--;
    const possessed = tokens[k]?.lower === "'s";
    const during =
      ["a", "an", "his", "her", "its", "their"].includes(tokens[k]?.lower ?? "") &&
      ["during", "on"].includes(tokens[k - 1]?.lower ?? "");
    // ("the visit of the US envoy to Pakistan": "of" as "by" when a host follows after "to")
    const by = tokens[i + 1]?.lower === "by" || tokens[i + 1]?.lower === "of";
    const visitor = by
      ? groups.find((g) => g.from === i + 2 || (g.from === i + 3 && tokens[i + 2]?.lower === "the"))
      : possessed
        ? groups.find((g) => g.to === k)
        : during
          ? firstSubject(groups, tokens)
          : undefined;
    if (visitor === undefined || (!possessed && !during && !by)) continue;
    // "The Kenyan president is in Kampala on an official visit": the host is where the visitor is
    let hereHost: string | undefined;
    if (during && tokens[k - 1]?.lower === "on" && tokens[i + 1]?.lower !== "to") {
      for (let j = visitor.to; j < k - 1 && hereHost === undefined; j++) {
        if (tokens[j]?.lower !== "in") continue;
        hereHost =
          frame.places.find((p) => p.from === j + 1 && p.actor !== undefined)?.actor ??
          groups.find((g) => g.from === j + 1 && g.actors.length === 1)?.actors[0];
      }
    }
    if ((possessed || during) && tokens[i + 1]?.lower !== "to" && hereHost === undefined) continue;
    if (
      drafts.some(
        (d) =>
          d.type === "CONSULT" &&
          d.mode === "visit" &&
          visitor.actors.every((a) => d.participants.some((p) => p.actor === a)),
      )
    )
      continue;
    let to = by ? visitor.to : i + 1;
    while (to < tokens.length && to < visitor.to + 8 && tokens[to]?.lower !== "to") {
      if (objectStopWords.has(tokens[to]?.lower ?? "")) break;
      to++;
    }
    const hostGroup =
      tokens[to]?.lower === "to"
        ? groups.find(
            (g) => g.from === to + 1 || (g.from === to + 2 && tokens[to + 1]?.lower === "the"),
          )
        : undefined;
    const hostPlace =
      tokens[to]?.lower === "to" && hostGroup === undefined
        ? frame.places.find((p) => p.from === to + 1 && p.actor !== undefined)?.actor
        : undefined;
    if (tokens[i + 1]?.lower === "of" && hostGroup === undefined && hostPlace === undefined)
      continue;
    // "welcomed the visit by X to her country": the host is the subject whose country it is
    const own =
      tokens[to]?.lower === "to" &&
      ["his", "her", "their", "its", "our"].includes(tokens[to + 1]?.lower ?? "") &&
      ["country", "nation"].includes(tokens[to + 2]?.lower ?? "")
        ? firstSubject(groups, tokens)
        : undefined;
    const hosts =
      (hereHost !== undefined ? [hereHost] : undefined) ??
      hostGroup?.actors ??
      (hostPlace !== undefined
        ? [hostPlace]
        : own !== undefined && own !== visitor && own.to <= i
          ? own.actors
          : []);
    const participants: DraftEvent["participants"] = visitor.actors.map((a) => ({
      actor: a,
      role: "attendee" as const,
    }));
    for (const a of hosts)
      if (!participants.some((p) => p.actor === a)) participants.push({ actor: a, role: "host" });
    const pattern = meetingPattern(tokens[i]?.lower ?? "visit", "visit", "host");
    drafts.push(factualDraft(i, pattern, participants, 0.75));
    for (let c = i; c < Math.max(i + 1, visitor.to); c++) consumed[c] = true;
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
    // "a meeting on Yemen": the topic of talks is no party to them
    if (type === "CONSULT" && tokens[i + 1]?.lower === "on") continue;
    const target = groups.find((g) => g.from > i + 1 && g.from <= i + 3);
    const source = nearestBefore(groups, tokens, i, true) ?? firstSubject(groups, tokens);
    if (target === undefined || source === undefined || source === target) continue;
    // "Ghana engaged in (took part in, began, is in) talks with Togo": talks held by the subject
    // with the party after "with", when only words of taking part come between
    if (
      type === "CONSULT" &&
      talkNouns.has(t.lower) &&
      tokens[i + 1]?.lower === "with" &&
      source.to <= i &&
      // (a consultation read from the words of taking part, "engaged ... with", gives way)
      !drafts.some(
        (d) =>
          (d.at < i && !(d.type === "CONSULT" && d.mode === null && d.at >= source.to)) ||
          (d.at === i && d.pattern.meeting === true),
      ) &&
      tokens.slice(source.to, i).every((x) => takingPart.has(x.lower))
    ) {
      const parties = [
        ...source.actors,
        ...target.actors.filter((a) => !source.actors.includes(a)),
      ];
      const attendees = parties.map((a) => ({ actor: a, role: "attendee" as const }));
      // the family fallback's reading of the same noun gives way
      for (let k = drafts.length - 1; k >= 0; k--) {
        const at = drafts[k]?.at ?? -1;
        if (at >= source.to && at <= i) drafts.splice(k, 1);
      }
      drafts.push(factualDraft(i, meetingPattern(t.lower, "talks", "attendee"), attendees, 0.75));
      continue;
    }
    // (an event of another kind told after this noun leaves its party to this one too: "the
    // sanctions on outlawed Ogoni Front")
    const covered = drafts.some(
      (d) =>
        (d.type === type || d.at < i) &&
        target.actors.every((a) => d.participants.some((x) => x.actor === a)),
    );
    if (covered) continue;
    const pattern = sourceTargetPattern([t.lower], type, modeOf(t));
    drafts.push(factualDraft(i, pattern, sourceAndTarget(source.actors, target.actors), 0.75));
  }
}

/** Words of taking part in talks between their party and the talks ("engaged in", "began"). */
const takingPart = new Set([
  "engaged",
  "engage",
  "engages",
  "engaging",
  "entered",
  "enter",
  "enters",
  "into",
  "took",
  "take",
  "takes",
  "taking",
  "part",
  "in",
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "been",
  "also",
  "began",
  "begun",
  "begin",
  "begins",
  "started",
  "start",
  "starts",
  "continued",
  "continues",
  "the",
  "a",
  "an",
  "its",
  "their",
  "direct",
  "new",
  "bilateral",
  "separate",
  "secret",
  "formal",
  "informal",
  "peace",
]);

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
    const pattern = sourceTargetPattern([t.lower], type, modeOf(t));
    return factualDraft(i, pattern, sourceAndTarget(source.actors, target.actors), 0.4);
  }
  return undefined;
}
