/**
 * The output contract of extraction (`parley extract <file> --json`): plain data, JSON-safe,
 * character offsets into the text as given (UTF-16 code units, as JavaScript strings count).
 */

import type { FuzzyTime, PloverType, RelationType, Stance, TimePrecision } from "@parley/core";
import { actorKinds } from "@parley/core/vocabulary";
import type { EventClass } from "./event-classes";

export { ploverTypes } from "@parley/core/vocabulary";
export type { PloverType, RelationType, Stance };

/** Roles an actor plays in an event; `source`/`target` are PLOVER's actor and recipient. */
export const participantRoles = [
  "source",
  "target",
  "host",
  "convenor",
  "attendee",
  "observer",
  "mediator",
  "invited",
  "declined",
  "not_invited",
  "excluded",
  "signatory",
] as const;
export type ParticipantRole = (typeof participantRoles)[number];

/** How sure the source is: stated as fact, alleged ("allegedly", "accused of"), speculated. */
export type Certainty = "reported" | "alleged" | "speculated";
export type EventStatus = "held" | "planned" | "postponed" | "cancelled";

/** Kinds of actor, as in Parley's model, plus `unknown` for names not yet classified. */
export type ActorKind =
  | "state"
  | "government"
  | "armed_group"
  | "terrorist_group"
  | "international_org"
  | "person"
  | "body"
  | "coalition"
  | "unknown";

/** The kinds of actor extraction tells apart: Parley's model's, but for its catch-all `group`. */
export const classifiedKinds: ReadonlySet<string> = new Set(
  actorKinds.filter((k) => k !== "group"),
);

export interface ExtractedSentence {
  i: number;
  start: number;
  end: number;
  /**
   * The CAMEO class of what the sentence reports, from the event-class model weighing its words
   * with the events the rules found (`statement` when it reports no act).
   */
  eventClass?: EventClass;
}

export interface ActorMention {
  start: number;
  end: number;
  text: string;
}

export interface ExtractedActor {
  id: string;
  name: string;
  kind: ActorKind;
  /**
   * The actor's country as event coders give it: ISO 3166 alpha-3 of the state, of a group's or
   * a sector's state, or of the context of a proposed new actor; "IGO" for an international
   * organisation. Left out when unknown.
   */
  country?: string;
  mentions: ActorMention[];
}

/** A date as it appears in an event: the phrase, its span and the interval it covers. */
export interface EventDate {
  text: string;
  start: string | null;
  end: string | null;
  precision: TimePrecision;
}

export interface Participant {
  actor: string;
  role: ParticipantRole;
}

export interface ExtractedEvent {
  type: PloverType;
  mode: string | null;
  date: EventDate | null;
  place: string | null;
  status: EventStatus;
  certainty: Certainty;
  negated: boolean;
  /** Actor id of whoever the sentence quotes as asserting the event; null for the author. */
  asserter: string | null;
  stance: Stance;
  participants: Participant[];
  sentence: number;
  confidence: number;
}

export interface ExtractedRelation {
  type: RelationType;
  source: string;
  target: string;
  period: FuzzyTime | null;
  certainty: Certainty;
  sentence: number;
  confidence: number;
}

/** Everything extracted from one text. */
export interface Extraction {
  sentences: ExtractedSentence[];
  actors: ExtractedActor[];
  events: ExtractedEvent[];
  relations: ExtractedRelation[];
}
