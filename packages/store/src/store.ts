import type {
  Actor,
  ActorKind,
  Case,
  CaseRecordSource,
  Claim,
  Credibility,
  Event,
  Hedge,
  Participation,
  PloverType,
  Proposal,
  ProposalStatus,
  Relation,
  RelationType,
  Reliability,
  Role,
  Stance,
  SubjectKind,
} from "@parley/core";
import type { CaseHeader, CaseItem, EntityKind, ItemKind, ItemValues } from "./case-items";
import type { DialectName } from "./database";
import type { CaseExport } from "./export-case";
import type { KindedRecord } from "./records-naming";

/** A time window; either side may be left open. Dates are ISO: `2018`, `2018-02` or `2018-02-28`. */
export interface TimeWindow {
  from?: string;
  to?: string;
}

/** Filters on the claims behind a record. A record passes when one of its claims passes all. */
export interface ClaimConditions {
  /** Events, participations and relations default to `asserts` and `reports`. */
  stance?: Stance | readonly Stance[];
  hedge?: Hedge | readonly Hedge[];
  asserter?: string;
  /** The source the evidence comes from. */
  source?: string;
  /** Source reliability at least this good (A best .. F): the claim's own, else its source's. */
  minReliability?: Reliability;
  /** Information credibility at least this good (1 best .. 6); a claim without one counts as 6. */
  minCredibility?: Credibility;
  /** Only what was known on this date: the claim's `reported` start, else its source's date. */
  asOf?: string;
}

/** Paging of a listing, after the filters. */
export interface Page {
  limit?: number;
  offset?: number;
}

/** Which events to list. */
export interface EventFilter extends ClaimConditions, Page {
  /** Events this actor takes part in (with `role`, in that role). */
  actor?: string;
  role?: Role | readonly Role[];
  process?: string;
  type?: PloverType | readonly PloverType[];
  status?: Event["status"] | readonly Event["status"][];
  /** Events whose date interval overlaps the window. */
  window?: TimeWindow;
}

/** Which participations to list. */
export interface ParticipationFilter extends ClaimConditions, Page {
  event?: string;
  actor?: string;
  role?: Role | readonly Role[];
  process?: string;
  window?: TimeWindow;
}

/** One participation with the event it belongs to. */
export interface ParticipationRow extends Participation {
  event: string;
}

/** Which claims to list. */
export interface ClaimFilter extends ClaimConditions, Page {
  /** The whole subject, `<kind>:<id>`. */
  subject?: string;
  subjectKind?: SubjectKind | readonly SubjectKind[];
  /** Claims about this record or its parts (an event and its participations). */
  about?: string;
  /** Only the claims with these ids. */
  ids?: readonly string[];
  /** Claims about this actor: its events, participations, relations, positions, or by it. */
  actor?: string;
  /** Claims about the process or its events. */
  process?: string;
  /** Claims about events of this PLOVER type or relations of this type. */
  type?: string | readonly string[];
  /** Claims about participations in this role. */
  role?: Role | readonly Role[];
  /** Claims whose period (else their subject's time) overlaps the window. */
  window?: TimeWindow;
}

/** Which relations to list. */
export interface RelationFilter extends ClaimConditions, Page {
  /** Relations with this actor at either end. */
  actor?: string;
  type?: RelationType | readonly RelationType[];
  window?: TimeWindow;
}

/** Which actors to list. */
export interface ActorFilter extends Page {
  kind?: ActorKind | readonly ActorKind[];
}

/** A count for each kind of record. */
export type KindCounts = Record<ItemKind, number>;

/** What an import did. Entities mirror the import; claims are only ever added (or replaced). */
export interface ImportReport {
  caseId: string;
  /** True when the case did not exist before. */
  created: boolean;
  added: KindCounts;
  updated: KindCounts;
  unchanged: KindCounts;
  removed: KindCounts;
}

/** Options of an import. */
export interface ImportOptions {
  /** Called as records are written: how many so far, and the total (0 when not known). */
  onProgress?(done: number, total: number): void;
  /** Replace claims whose content changed instead of refusing the import. */
  replace?: boolean;
  /** Who made the change, for the history (default `import`). */
  who?: string;
  /**
   * The records already passed the model's schemas (they come from `caseSchema.parse` or from
   * code that builds typed records), so the import does not check each one again. Leave unset
   * for anything read from a file or a request.
   */
  validated?: boolean;
}

/** Options of an import of a case read record by record (`Store.importCaseRecords`). */
export interface RecordsImportOptions {
  /** Called after each batch of records: bytes read so far, and in all. */
  onProgress?(done: number, total: number): void;
  /** Who made the change, for the history (default `import`). */
  who?: string;
  /** Stop after this many problems (default 100). */
  maxProblems?: number;
  /** Check everything, write in the transaction, then roll it back: a validation. */
  dryRun?: boolean;
}

/** A case listed with its size. */
export interface CaseSummary {
  id: string;
  title: string;
  revision: number;
  created: string;
  updated: string;
  counts: { sources: number; actors: number; events: number; relations: number; claims: number };
}

/** A stored record with its revision, for optimistic concurrency (a stale write is refused). */
export interface Revisioned<T> {
  value: T;
  revision: number;
}

/** One change in the history. `before`/`after` are null where the record did not exist. */
export interface HistoryEntry {
  id: number;
  caseId: string;
  at: string;
  who: string;
  /** `insert`, `update`, `delete`, `replace`, `import` or `undo`. */
  op: string;
  kind: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/** Which history entries to list (newest first). */
export interface HistoryFilter extends Page {
  kind?: string;
  id?: string;
}

/**
 * A place where a search matched: in a source's attached text, or (with `claim` and `field`) in a
 * claim's quoted evidence, its note or its evidence note, so that a case without attached texts
 * can still be searched.
 */
export interface SearchHit {
  /** The source of the text, or of the claim's evidence ("" for a claim without evidence). */
  source: string;
  /**
   * Character offsets [start, end) in the attached text (line endings normalised to \n), or in
   * the claim's field.
   */
  start: number;
  end: number;
  /** The match with a little text either side, on one line. */
  snippet: string;
  /** The claim whose field matched; absent for a hit in an attached text. */
  claim?: string;
  /** Which field of the claim: its quote (`evidence.span.exact`), `note` or `evidence note`. */
  field?: "quote" | "note" | "evidence note";
}

/** What is known of an attached text without the text: its source, fingerprint and length. */
export interface SourceTextInfo {
  source: string;
  sha256: string;
  length: number;
}

/** An attached source text. */
export interface SourceText {
  source: string;
  sha256: string;
  length: number;
  text: string;
}

export { type Proposal, type ProposalStatus, proposalStatuses } from "@parley/core";

/** A proposed record for review (from extraction): generic JSON. */
export interface ProposalInput {
  kind: string;
  payload: unknown;
  evidence?: unknown;
  /** 0..1 */
  confidence?: number;
}

/** A saved view: a titled story over one case, its steps kept as given (JSON). */
export interface SavedView {
  id: string;
  caseId: string;
  title: string;
  steps: unknown[];
  created: string;
  updated: string;
  revision: number;
}

/** What a new saved view needs; without `id` one is made from the title. */
export interface SavedViewInput {
  id?: string;
  caseId: string;
  title: string;
  steps: unknown[];
}

/** Which saved views to list (by title, then id). */
export interface SavedViewFilter {
  caseId?: string;
}

/** Which proposals to list (oldest first). */
export interface ProposalFilter extends Page {
  caseId?: string;
  status?: ProposalStatus | readonly ProposalStatus[];
  kind?: string;
}

/**
 * Parley's store: cases in SQLite or PostgreSQL. Every write runs in one transaction; failures
 * reject with a `ParleyError` (`not_found`, `conflict`, `stale_revision`,
 * `fingerprint_mismatch`, `invalid_case`, `invalid_input`, and `locked` when another writer
 * holds the store past the wait).
 */
export interface Store {
  readonly dialect: DialectName;
  /**
   * Runs `work` in one transaction: every call on the store it is given joins that transaction,
   * so several writes commit together or not at all (a throw rolls them all back). On SQLite it
   * holds the write lock from its start; a lock another writer holds past 5 s is `locked`.
   */
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>;
  /** Imports a case in one transaction: entities mirror it, claims are appended (see ImportReport). */
  importCase(c: Case, options?: ImportOptions): Promise<ImportReport>;
  /** The same import fed record by record (a large case never held in memory). */
  importCaseStream(
    header: CaseHeader,
    items: AsyncIterable<CaseItem> | Iterable<CaseItem>,
    options?: ImportOptions & { total?: number },
  ): Promise<ImportReport>;
  /**
   * Imports a case read record by record (a case folder with NDJSON lists) as a new case, every
   * record checked as `validateCase` checks a whole case, in one transaction that any problem
   * rolls back (`invalid_case`, each problem with its file, line and JSON pointer). Memory does
   * not grow with the claims. A case already stored is a `conflict`.
   */
  importCaseRecords(
    source: CaseRecordSource,
    options?: RecordsImportOptions,
  ): Promise<ImportReport>;
  /** The case as imported, in the same order; equal to the zod-parsed input. */
  exportCase(caseId: string): Promise<Case>;
  /**
   * The case for an export too large to hold: its small lists read at once, its events,
   * relations and claims record by record in import order (`CaseExport`).
   */
  openCaseExport(caseId: string): Promise<CaseExport>;
  listCases(): Promise<CaseSummary[]>;
  deleteCase(caseId: string): Promise<void>;

  actors(caseId: string, filter?: ActorFilter): Promise<Actor[]>;
  events(caseId: string, filter?: EventFilter): Promise<Event[]>;
  participations(caseId: string, filter?: ParticipationFilter): Promise<ParticipationRow[]>;
  claims(caseId: string, filter?: ClaimFilter): Promise<Claim[]>;
  relations(caseId: string, filter?: RelationFilter): Promise<Relation[]>;
  /** Every entity of one kind, in case order. */
  entities<K extends EntityKind>(caseId: string, kind: K): Promise<ItemValues[K][]>;

  getEntity<K extends EntityKind>(
    caseId: string,
    kind: K,
    id: string,
  ): Promise<Revisioned<ItemValues[K]>>;
  /** Replaces an entity if it is still at `expectedRevision`; returns the new revision. */
  updateEntity<K extends EntityKind>(
    caseId: string,
    kind: K,
    id: string,
    value: ItemValues[K],
    expectedRevision: number,
    options?: { who?: string },
  ): Promise<Revisioned<ItemValues[K]>>;
  /**
   * Adds an entity at revision 1 with claims about it, in one transaction recorded in the
   * history; an id in use is `conflict`, a claim about nothing `invalid_input`.
   */
  createEntity<K extends EntityKind>(
    caseId: string,
    kind: K,
    value: ItemValues[K],
    options?: { who?: string; claims?: readonly Claim[] },
  ): Promise<Revisioned<ItemValues[K]>>;
  /**
   * Removes an entity still at `expectedRevision` (else `stale_revision`) that no claim is
   * about (else `conflict`); recorded in the history, so `undo` puts it back.
   */
  deleteEntity(
    caseId: string,
    kind: EntityKind,
    id: string,
    expectedRevision: number,
    options?: { who?: string },
  ): Promise<void>;
  /**
   * Appends claims (append-only): one stored with the same content is left, one with other
   * content is `conflict`, one about a record the case lacks `invalid_input`. Returns the ids added.
   */
  appendClaims(
    caseId: string,
    claims: readonly Claim[],
    options?: { who?: string },
  ): Promise<string[]>;
  /**
   * The records (entities, events, relations, claims) whose stored JSON holds `"<id>"`: every
   * record that refers to `id`, and possibly a few more; for reference checks before a removal.
   */
  recordsNaming(caseId: string, id: string): Promise<KindedRecord[]>;
  /** The revision of every entity of a case, keyed `<kind>:<id>`, in one query. */
  revisions(caseId: string): Promise<Map<string, number>>;
  /**
   * A counter raised in the transaction of every write to the case (records, claims, undo,
   * source texts), by this process or another: a cheap test that a kept copy is still current.
   */
  caseVersion(caseId: string): Promise<number>;
  listHistory(caseId: string, filter?: HistoryFilter): Promise<HistoryEntry[]>;
  /** How many history entries pass the filter (its paging ignored). */
  countHistory(caseId: string, filter?: HistoryFilter): Promise<number>;
  /** Reverts one change if the record is still as that change left it; records the undo. */
  undo(historyId: number, options?: { who?: string }): Promise<HistoryEntry>;

  /** Attaches a source's text after checking its SHA-256 against the source's fingerprint. */
  attachSourceText(caseId: string, sourceId: string, text: string): Promise<SourceText>;
  sourceText(caseId: string, sourceId: string): Promise<SourceText>;
  /** The sources of a case that have an attached text, by source id. */
  sourceTexts(caseId: string): Promise<SourceTextInfo[]>;
  /**
   * Full-text search (words, "phrases", OR, -word) over attached texts, then over claims' quotes
   * (of sources without an attached text, where the text would hold them), notes and evidence notes.
   */
  search(caseId: string, query: string, options?: Page): Promise<SearchHit[]>;

  addProposals(caseId: string, proposals: readonly ProposalInput[]): Promise<Proposal[]>;
  /** One proposal by id (`not_found` when there is none). */
  getProposal(id: string): Promise<Proposal>;
  listProposals(filter?: ProposalFilter): Promise<Proposal[]>;
  decideProposal(
    id: string,
    decision: Exclude<ProposalStatus, "pending">,
    editedPayload?: unknown,
  ): Promise<Proposal>;

  /** Saved views by title, then id. */
  listViews(filter?: SavedViewFilter): Promise<SavedView[]>;
  getView(id: string): Promise<SavedView>;
  /** Saves a view at revision 1 (an id in use is `conflict`). */
  createView(input: SavedViewInput): Promise<SavedView>;
  /** Replaces a view's title and steps if still at `expectedRevision` (else `stale_revision`). */
  updateView(
    id: string,
    change: { title: string; steps: unknown[] },
    expectedRevision: number,
  ): Promise<SavedView>;
  deleteView(id: string, expectedRevision: number): Promise<void>;

  close(): Promise<void>;
}
