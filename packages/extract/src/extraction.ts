/**
 * The output contract of extraction (`parley extract <file> --json`): plain data, JSON-safe,
 * character offsets into the text as given (UTF-16 code units, as JavaScript strings count).
 */
import type { FuzzyTime, TimePrecision } from "@parley/core";

/** The sixteen PLOVER event types (Open Event Data Alliance, PLOVER manual, 2021). */
export const ploverTypes = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;
export type PloverType = (typeof ploverTypes)[number];

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

/** Lasting ties between two actors. `cooperates_with` covers joint drills and exchanges. */
export const relationTypes = [
  "supports",
  "opposes",
  "contacts",
  "arms",
  "trains",
  "funds",
  "shares_intelligence",
  "allied_with",
  "rival_of",
  "member_of",
  "represents",
  "recognizes",
  "cooperates_with",
] as const;
export type RelationType = (typeof relationTypes)[number];

/** How sure the source is: stated as fact, alleged ("allegedly", "accused of"), speculated. */
export type Certainty = "reported" | "alleged" | "speculated";
/** Whether the asserter affirms, denies or merely relays the claim. */
export type Stance = "asserts" | "denies" | "reports";
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

export interface ExtractedSentence {
  i: number;
  start: number;
  end: number;
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
