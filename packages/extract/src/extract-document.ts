import type { FuzzyTime } from "@parley/core";
import { placeProposedActors } from "./actor-homes";
import {
  type ParagraphMemory,
  type SentenceMention,
  type SentencePlace,
  sentenceMentions,
} from "./actor-mentions";
import { type EventClassModel, shippedEventClassModel } from "./event-class-model";
import type {
  ActorKind,
  EventDate,
  EventStatus,
  ExtractedActor,
  ExtractedEvent,
  ExtractedRelation,
  ExtractedSentence,
  Extraction,
  ParticipantRole,
} from "./extraction";
import { type CaseActor, type Gazetteer, gazetteerWithCase } from "./gazetteer/gazetteer";
import { weighedByClass } from "./sentence-class";
import { type DraftEvent, sentenceEvents } from "./sentence-events";
import {
  paragraphSentences,
  type Token,
  type TokenizedSentence,
  textParagraphs,
} from "./sentence-tokens";
import { sentenceTimes, type TimeMention } from "./time-expressions";

/** Options of extraction: the document's date (for "on Wednesday") and a case's own actors. */
export interface ExtractOptions {
  /** ISO date (YYYY-MM-DD) or Date the document was published; relative dates need it. */
  documentDate?: string | Date;
  /** Actors of a case; their ids and aliases take precedence over the gazetteer. */
  caseActors?: readonly CaseActor[];
  /**
   * The event-class model that weighs each sentence's words with the rules' events (default:
   * the shipped one); `null` reads with the rules alone.
   */
  eventClassModel?: EventClassModel | null;
}

/** Running state of an extraction, kept between paragraphs so a long text can be streamed. */
export interface ExtractionState {
  gazetteer: Gazetteer;
  documentDate: Date | null;
  sentenceCount: number;
  actors: Map<string, ExtractedActor>;
  eventClassModel: EventClassModel | null;
}

/** A fresh extraction state for the given options. */
export function extractionState(options: ExtractOptions = {}): ExtractionState {
  const d = options.documentDate;
  const documentDate = d === undefined ? null : d instanceof Date ? d : new Date(`${d}T12:00:00`);
  return {
    gazetteer: gazetteerWithCase(options.caseActors ?? []),
    documentDate:
      documentDate !== null && Number.isNaN(documentDate.getTime()) ? null : documentDate,
    sentenceCount: 0,
    actors: new Map(),
    eventClassModel:
      options.eventClassModel === undefined ? shippedEventClassModel : options.eventClassModel,
  };
}

const meetingNouns =
  /\b(meeting|meetings|dialogue|conference|summit|talks|round|session|consultations|gathering|negotiations)\b/;
const newMeeting =
  /\b(a|an|first|second|third|fourth|fifth|another|new|next)\b(?: \w+){0,2} (meeting|dialogue|conference|summit|round|session|gathering)\b/;
const seriesRef =
  /\b(any|all|each|none|series) of (the )?meetings\b|\bseries of (meetings|talks)\b/;

interface Frame {
  event: ExtractedEvent;
  date: EventDate | null;
}

function eventDate(t: TimeMention | undefined): EventDate | null {
  if (t === undefined) return null;
  return { text: t.time.text, start: t.time.start, end: t.time.end, precision: t.time.precision };
}

function statusOf(text: string): EventStatus | null {
  if (/\b(postponed|delayed|put off)\b/.test(text)) return "postponed";
  if (/\b(cancelled|canceled|called off|scrapped)\b/.test(text)) return "cancelled";
  if (/\b(planned|scheduled|to be held|will be held|proposed)\b/.test(text)) return "planned";
  return null;
}

/** Words before "to" that put the meeting after it to come ("is due to meet", "plans to visit"). */
const comingBeforeTo =
  /^(is|are|am|was|were|be|been|due|set|expected|scheduled|slated|going|plans?|planned|planning|likely|poised|about|hopes?|hoping|intends?|intending|wants?|wish(es)?|keen|eager|like|desire|happy)$/;

/** Modal verbs that put the meeting after them to come, or only possible ("will meet"). */
const comingModals = /^(will|shall|'ll|would|could|may|might|should|wo)$/;

/**
 * Whether the meeting whose verb is token `at` is still to come: a modal before it ("will meet",
 * "would be meeting") or an infinitive after words of something arranged or intended ("is to
 * visit", "is expected to hold talks"), with only adverbs, "be", "not" or "also" between. An
 * infinitive of purpose ("flew to Ankara to meet") is not.
 */
function comingAt(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 5); k--) {
    const t = tokens[k] as Token;
    if (comingModals.test(t.lower)) return true;
    if (t.lower === "to") return comingBeforeTo.test(tokens[k - 1]?.lower ?? "");
    if (
      t.pos !== "ADV" &&
      t.pos !== "PART" &&
      !/^(be|been|being|also|then|soon|again)$/.test(t.lower)
    )
      return false;
  }
  return false;
}

const rolePriority: ParticipantRole[] = [
  "not_invited",
  "declined",
  "excluded",
  "convenor",
  "host",
  "mediator",
  "observer",
  "attendee",
  "signatory",
  "source",
  "target",
  "invited",
];

function addParticipant(e: ExtractedEvent, actor: string, role: ParticipantRole): void {
  const have = e.participants.find((p) => p.actor === actor && p.role === role);
  if (have !== undefined) return;
  // the host of a meeting who "attended" it is still its host
  const hosting = e.participants.find(
    (p) => p.actor === actor && (p.role === "host" || p.role === "attendee"),
  );
  if (hosting !== undefined && (role === "host" || role === "attendee")) {
    hosting.role = "host";
    return;
  }
  // "X frozen out of talks with Y": one kept out of a meeting is not also its attendee
  const kept = ["declined", "not_invited", "excluded"];
  const attending = e.participants.find((p) => p.actor === actor && p.role === "attendee");
  if (attending !== undefined && kept.includes(role)) {
    attending.role = role;
    return;
  }
  if (role === "attendee" && e.participants.some((p) => p.actor === actor && kept.includes(p.role)))
    return;
  // An attendee who was invited stays an attendee; one who declined is not also invited.
  const other = e.participants.find((p) => p.actor === actor);
  if (other !== undefined && (role === "invited" || other.role === "invited")) {
    if (rolePriority.indexOf(role) < rolePriority.indexOf(other.role)) other.role = role;
    return;
  }
  e.participants.push({ actor, role });
}

function sameDate(a: EventDate | null, b: EventDate | null): boolean {
  return a === null || b === null || (a.start === b.start && a.end === b.end);
}

/**
 * Extracts one paragraph into `out`, updating the running state. Meetings are one event with
 * many participants: participations ("attended", "was not invited", "declined to attend") in
 * later sentences of a paragraph join the meeting last introduced, unless the sentence names a
 * new meeting ("a third dialogue") or another date.
 */
export function extractParagraph(
  text: string,
  offset: number,
  index: number,
  state: ExtractionState,
  out: Extraction,
): void {
  const memory: ParagraphMemory = [];
  let frame: Frame | undefined;
  let series: Frame | undefined;
  let lastEvents = out.events.length;
  for (const s of paragraphSentences(text, offset, index)) {
    const before = out.events.length;
    const i = state.sentenceCount++;
    const firstRelation = out.relations.length;
    out.sentences.push({ i, start: s.start, end: s.end });
    const sentenceText = text.slice(s.start - offset, s.end - offset);
    const times = sentenceTimes(sentenceText, s.start, state.documentDate);
    const { mentions, places } = sentenceMentions(s.tokens, state.gazetteer, memory);
    placeProposedActors(s.tokens, mentions, places, state.gazetteer);
    const drafts = sentenceEvents(
      s.tokens,
      mentions,
      memory,
      (a) => state.gazetteer.actors.get(a)?.kind ?? "unknown",
      places,
    );
    if (state.eventClassModel !== null) {
      const c = weighedByClass(state.eventClassModel, s.tokens, mentions, drafts);
      (out.sentences[out.sentences.length - 1] as ExtractedSentence).eventClass = c;
    }
    // In a case that names a state's government, the state acting in an event is its government.
    if (state.gazetteer.governments.size > 0) {
      for (const d of drafts) {
        for (const p of d.participants)
          p.actor = state.gazetteer.governments.get(p.actor) ?? p.actor;
      }
    }
    const used = new Set(drafts.flatMap((d) => d.participants.map((p) => p.actor)));
    recordMentions(
      state,
      s,
      mentions.filter((m) => m.weak !== true || used.has(m.actor)),
      out,
      (start, end) => text.slice(start - offset, end - offset),
    );
    // "Israel denied the accusation": the sentence's one act is to deny what came before
    const denied = denierOf(s.tokens, mentions);
    const denier =
      denied === undefined ? undefined : (state.gazetteer.governments.get(denied) ?? denied);
    const denial =
      denier !== undefined && drafts.every((d) => d.participants.every((p) => p.actor === denier));
    if (denial) drafts.length = 0;
    const lower = s.tokens.map((t) => t.lower).join(" ");
    const status = statusOf(lower);
    const meetingDrafts = drafts.filter(
      (d) => d.pattern.meeting === true && d.relation === null && d.own !== true,
    );
    const sentenceDate = eventDate(nearestTime(times, s, meetingDrafts[0]?.at ?? 0));
    if (meetingDrafts.length > 0) {
      const introduces =
        newMeeting.test(lower) || (seriesRef.test(lower) && /\bseries\b/.test(lower));
      const toSeries = seriesRef.test(lower) && !/\bseries\b/.test(lower) && series !== undefined;
      const date = sentenceDate ?? frame?.date ?? series?.date ?? null;
      let target: Frame | undefined = toSeries ? series : frame;
      if (target === undefined || introduces || !sameDate(target.date, sentenceDate)) {
        const first = meetingDrafts[0] as DraftEvent;
        const coming = comingAt(s.tokens, first.at) ? "planned" : "held";
        const event = newEvent(first, i, date, placeOf(places, s, first.at), status ?? coming);
        out.events.push(event);
        target = { event, date };
        // a meeting of a series is hosted by whoever convenes the series ("the Moscow Process")
        const convenor = series?.event.participants.find((p) => p.role === "convenor");
        if (convenor !== undefined && !/\bseries\b/.test(lower))
          addParticipant(event, convenor.actor, "host");
        if (/\bseries\b/.test(lower)) series = target;
        else frame = target;
      } else if (status !== null) {
        target.event.status = status;
      }
      for (const d of meetingDrafts)
        for (const p of d.participants) addParticipant(target.event, p.actor, p.role);
      if (target.event.place === null)
        target.event.place = placeOf(places, s, meetingDrafts[0]?.at ?? 0);
    } else if (status !== null && frame !== undefined && meetingNouns.test(lower)) {
      frame.event.status = status;
    }
    // "..., including the talks in Murree in 2015": a meeting of its own, its own date and place
    for (const d of drafts) {
      if (d.own !== true) continue;
      const date = eventDate(nearestTime(times, s, d.at));
      out.events.push(newEvent(d, i, date, placeOf(places, s, d.at), status ?? "held"));
    }
    for (const d of drafts) {
      if ((d.pattern.meeting === true && d.relation === null) || d.own === true) continue;
      if (d.relation !== null) {
        for (const r of relationsOf(d, i, times)) {
          // only this sentence's ties can repeat it; scanning from the end keeps this O(1)
          const dup = out.relations
            .slice(firstRelation)
            .some(
              (x) =>
                x.sentence === i &&
                x.type === r.type &&
                x.source === r.source &&
                x.target === r.target,
            );
          if (!dup) out.relations.push(r);
        }
        continue;
      }
      out.events.push(
        newEvent(
          d,
          i,
          eventDate(nearestTime(times, s, d.at)),
          placeOf(places, s, d.at),
          status ?? "held",
        ),
      );
    }
    if (denial && denier !== undefined) {
      // what the sentence before alleged (said by another) is denied by the denier: a claim of
      // its own, with stance `denies`
      for (const e of out.events.slice(lastEvents, before)) {
        if (e.type === "ACCUSE" || e.asserter === denier || e.asserter === null) continue;
        out.events.push({
          ...e,
          participants: e.participants.map((p) => ({ ...p })),
          asserter: denier,
          stance: "denies",
          sentence: i,
        });
      }
    }
    lastEvents = before;
  }
}

/** Nouns that stand for what was said before ("denied the accusation"). */
const deniedNouns =
  /^(accusations?|charges?|allegations?|claims?|reports?|assertions?|suggestions?)$/;

/**
 * The actor who denies what the sentence before alleged, when the sentence is only that denial:
 * "Israel denied the accusation", "Pakistan rejected the charges" (the actor named before the
 * verb).
 */
function denierOf(
  tokens: readonly TokenizedSentence["tokens"][number][],
  mentions: readonly SentenceMention[],
): string | undefined {
  const k = tokens.findIndex((t) => ["deny", "reject", "dismiss"].includes(t.lemma));
  if (k < 0) return undefined;
  let n = k + 1;
  if (["the", "these", "those", "such", "all", "this", "that"].includes(tokens[n]?.lower ?? ""))
    n++;
  if (!deniedNouns.test(tokens[n]?.lower ?? "")) return undefined;
  return [...mentions].reverse().find((m) => m.to <= k)?.actor;
}

function nearestTime(
  times: readonly TimeMention[],
  s: TokenizedSentence,
  at: number,
): TimeMention | undefined {
  const pos = s.tokens[at]?.start ?? s.start;
  let best: TimeMention | undefined;
  for (const t of times) {
    if (best === undefined || Math.abs(t.start - pos) < Math.abs(best.start - pos)) best = t;
  }
  return best;
}

function placeOf(
  places: readonly SentencePlace[],
  s: TokenizedSentence,
  at: number,
): string | null {
  const after = places.find((p) => p.from > at) ?? places[0];
  void s;
  return after?.name ?? null;
}

function newEvent(
  d: DraftEvent,
  sentence: number,
  date: EventDate | null,
  place: string | null,
  status: EventStatus,
): ExtractedEvent {
  return {
    type: d.type,
    mode: d.mode,
    date,
    place,
    status,
    certainty: d.certainty,
    negated: d.negated,
    asserter: d.asserter,
    stance: d.stance,
    // (each actor once in each role: "Ghana and rebels clashed" names Ghana on both sides)
    participants: d.participants
      .filter(
        (p, k) => d.participants.findIndex((q) => q.actor === p.actor && q.role === p.role) === k,
      )
      .map((p) => ({ ...p })),
    sentence,
    confidence: d.confidence,
  };
}

function relationsOf(
  d: DraftEvent,
  sentence: number,
  times: readonly TimeMention[],
): ExtractedRelation[] {
  const since = times.find((t) => t.time.qualifier === "since") ?? times[0];
  const period: FuzzyTime | null = since?.time ?? null;
  const sources = d.participants.filter((p) => p.role === d.pattern.subject).map((p) => p.actor);
  const targets = d.participants
    .filter((p) => p.role === d.pattern.object && !sources.includes(p.actor))
    .map((p) => p.actor);
  const out: ExtractedRelation[] = [];
  for (const source of sources) {
    for (const target of targets) {
      if (out.some((r) => r.source === source && r.target === target)) continue;
      out.push({
        type: d.relation as ExtractedRelation["type"],
        source,
        target,
        period,
        certainty: d.certainty,
        sentence,
        confidence: d.confidence,
      });
    }
  }
  return out;
}

function recordMentions(
  state: ExtractionState,
  s: TokenizedSentence,
  mentions: readonly SentenceMention[],
  out: Extraction,
  quote: (start: number, end: number) => string,
): void {
  for (const m of mentions) {
    const first = s.tokens[m.from];
    const last = s.tokens[m.to - 1];
    if (first === undefined || last === undefined) continue;
    let actor = state.actors.get(m.actor);
    if (actor === undefined) {
      const known = state.gazetteer.actors.get(m.actor);
      const kind: ActorKind = known?.kind ?? m.proposed?.kind ?? "unknown";
      const country = known?.code ?? m.proposed?.home;
      actor = {
        id: m.actor,
        name: known?.name ?? m.proposed?.name ?? m.actor,
        kind,
        ...(country == null ? {} : { country }),
        mentions: [],
      };
      state.actors.set(m.actor, actor);
      out.actors.push(actor);
    } else if (actor.country === undefined && m.proposed?.home !== undefined) {
      actor.country = m.proposed.home;
    }
    actor.mentions.push({ start: first.start, end: last.end, text: quote(first.start, last.end) });
  }
}

/**
 * Extracts sentences, actor mentions, events and relations from a text (see `Extraction` for
 * the contract). Pure: reads no store and no file.
 */
export function extractDocument(text: string, options: ExtractOptions = {}): Extraction {
  const state = extractionState(options);
  const out: Extraction = { sentences: [], actors: [], events: [], relations: [] };
  textParagraphs(text).forEach((p, k) => {
    extractParagraph(p.text, p.start, k, state, out);
  });
  return out;
}
