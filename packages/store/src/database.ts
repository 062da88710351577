import type { Generated } from "kysely";

/** Which SQL engine a store runs on. */
export type DialectName = "sqlite" | "postgres";

/** A case: its header as JSON; every other row points at it by `case_key`. */
export interface CasesTable {
  key: Generated<number>;
  id: string;
  title: string;
  /** The case header (id, title, summary, period) as JSON. */
  data: string;
  revision: number;
  created: string;
  updated: string;
  /**
   * Starts at the creation time in milliseconds and is raised by one in the transaction of
   * every write to the case (see `caseVersion`). A bigint: PostgreSQL returns it as a string.
   */
  version: Generated<number | string>;
}

/** A saved view: a titled list of steps (JSON) over one case. */
export interface ViewsTable {
  id: string;
  case_key: number;
  title: string;
  steps: string;
  created: string;
  updated: string;
  revision: number;
}

/**
 * Sources, actors, processes, issues, positions, capabilities, interests, judgments, hypothesis
 * sets and scenarios: the value as JSON plus the few columns that queries filter on.
 */
export interface EntitiesTable {
  case_key: number;
  kind: string;
  id: string;
  ordinal: number;
  revision: number;
  /** An actor's kind. */
  type: string | null;
  /** The actor of a position, capability or interest. */
  actor: string | null;
  /** A source's reliability, 1 (A) .. 6 (F). */
  reliability: number | null;
  /** A source's date as a day number (its first day). */
  day: number | null;
  data: string;
}

/** Events as JSON (participants included), with the columns queries filter on. */
export interface EventsTable {
  /** The event's integer key, which participations refer to. */
  key: Generated<number>;
  case_key: number;
  id: string;
  ordinal: number;
  revision: number;
  type: string;
  process: string | null;
  status: string;
  start_day: number | null;
  end_day: number | null;
  span_class: number;
  data: string;
}

/** Who took part in which event in what role: an index over the events' participants. */
export interface ParticipationsTable {
  case_key: number;
  /** The event's `key`. */
  event_key: number;
  ordinal: number;
  actor: string;
  role: string;
}

export interface RelationsTable {
  case_key: number;
  id: string;
  ordinal: number;
  revision: number;
  type: string;
  source: string;
  target: string;
  start_day: number | null;
  end_day: number | null;
  span_class: number;
  data: string;
}

/** The append-only claim log. */
export interface ClaimsTable {
  case_key: number;
  id: string;
  ordinal: number;
  subject_kind: string;
  subject_id: string;
  /** The first segment of the subject id: the event of a participation, else the subject itself. */
  about: string;
  /** The actor of a participation subject. */
  subject_actor: string | null;
  subject_role: string | null;
  asserter: string;
  stance: string;
  hedge: string;
  source_id: string | null;
  reliability: number | null;
  credibility: number | null;
  /** Day the claim became known when it says so (`reported`); else the source's date applies. */
  reported_day: number | null;
  /** The claim's own period; span_class is null when it has none. */
  start_day: number | null;
  end_day: number | null;
  span_class: number | null;
  recorded: string;
  data: string;
}

export interface HistoryTable {
  id: Generated<number>;
  case_key: number;
  at: string;
  who: string;
  op: string;
  kind: string;
  entity_id: string;
  before: string | null;
  after: string | null;
}

export interface SourceTextsTable {
  case_key: number;
  source_id: string;
  sha256: string;
  length: number;
  text: string;
}

export interface ProposalsTable {
  id: string;
  /** Order of arrival. */
  seq: number;
  case_key: number;
  kind: string;
  payload: string;
  evidence: string | null;
  confidence: number | null;
  status: string;
  edited: string | null;
  created: string;
  decided: string | null;
}

/** The store's tables as Kysely sees them. */
export interface Database {
  cases: CasesTable;
  entities: EntitiesTable;
  events: EventsTable;
  participations: ParticipationsTable;
  relations: RelationsTable;
  claims: ClaimsTable;
  history: HistoryTable;
  source_texts: SourceTextsTable;
  proposals: ProposalsTable;
  views: ViewsTable;
}
