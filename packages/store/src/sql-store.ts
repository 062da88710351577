import type { Case, CaseRecordSource, Claim } from "@parley/core";
import type BetterSqlite3 from "better-sqlite3";
import { type Kysely, sql } from "kysely";
import {
  type CaseHeader,
  type CaseItem,
  caseItemCount,
  caseItems,
  type EntityKind,
  type ItemValues,
} from "./case-items";
import { CaseQueries } from "./case-queries";
import { caseVersion } from "./case-version";
import type { Database, DialectName } from "./database";
import { getEntity, listHistory, undo, updateEntity } from "./entity-revisions";
import { appendClaims, countHistory, createEntity, deleteEntity, revisions } from "./entity-writes";
import { type CaseExport, caseKeyOf, exportCaseFrom, openCaseExport } from "./export-case";
import { importItems } from "./import-case";
import { importCaseRecords } from "./import-case-records";
import { inTransaction } from "./in-transaction";
import { addProposals, decideProposal, getProposal, listProposals } from "./proposals";
import { recordsNaming } from "./records-naming";
import { createView, deleteView, getView, listViews, updateView } from "./saved-views";
import { attachSourceText, listSourceTexts, searchTexts, sourceText } from "./source-texts";
import type {
  ActorFilter,
  CaseSummary,
  ClaimFilter,
  EventFilter,
  HistoryFilter,
  ImportOptions,
  ImportReport,
  Page,
  ParticipationFilter,
  ProposalFilter,
  ProposalInput,
  ProposalStatus,
  RecordsImportOptions,
  RelationFilter,
  SavedViewFilter,
  SavedViewInput,
  Store,
} from "./store";

/** The Store over Kysely, for SQLite and PostgreSQL alike. */
export class SqlStore implements Store {
  private readonly queries: CaseQueries;

  constructor(
    readonly db: Kysely<Database>,
    readonly dialect: DialectName,
    /** The SQLite connection under Kysely, for prepared bulk inserts; null on PostgreSQL. */
    readonly raw: BetterSqlite3.Database | null,
  ) {
    this.queries = new CaseQueries(db, dialect);
  }

  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    return inTransaction(this.db, (trx) => work(new SqlStore(trx, this.dialect, this.raw)));
  }

  importCase(c: Case, options: ImportOptions = {}): Promise<ImportReport> {
    const { id, title, summary, period } = c;
    const header = { id, title, summary, period } as CaseHeader;
    for (const k of ["summary", "period"] as const) if (header[k] === undefined) delete header[k];
    return importItems(this, header, caseItems(c), { ...options, total: caseItemCount(c) });
  }

  importCaseStream(
    header: CaseHeader,
    items: AsyncIterable<CaseItem> | Iterable<CaseItem>,
    options: ImportOptions & { total?: number } = {},
  ): Promise<ImportReport> {
    return importItems(this, header, items, options);
  }

  importCaseRecords(
    source: CaseRecordSource,
    options: RecordsImportOptions = {},
  ): Promise<ImportReport> {
    return importCaseRecords(this, source, options);
  }

  exportCase(caseId: string): Promise<Case> {
    return exportCaseFrom(this.db, caseId);
  }

  openCaseExport(caseId: string): Promise<CaseExport> {
    return openCaseExport(this.db, caseId);
  }

  async listCases(): Promise<CaseSummary[]> {
    const count = (table: string, extra = sql``) =>
      sql<number>`(select count(*) from ${sql.table(table)} x where x.case_key = c.key ${extra})`;
    const rows = (
      await sql<{
        id: string;
        title: string;
        revision: number;
        created: string;
        updated: string;
        sources: number | string;
        actors: number | string;
        events: number | string;
        relations: number | string;
        claims: number | string;
      }>`select c.id, c.title, c.revision, c.created, c.updated,
          ${count("entities", sql`and x.kind = 'source'`)} as sources,
          ${count("entities", sql`and x.kind = 'actor'`)} as actors,
          ${count("events")} as events, ${count("relations")} as relations, ${count("claims")} as claims
        from cases c order by c.id`.execute(this.db)
    ).rows;
    return rows.map((r) => ({
      id: r.id,
      title: r.title,
      revision: Number(r.revision),
      created: r.created,
      updated: r.updated,
      counts: {
        sources: Number(r.sources),
        actors: Number(r.actors),
        events: Number(r.events),
        relations: Number(r.relations),
        claims: Number(r.claims),
      },
    }));
  }

  async deleteCase(caseId: string): Promise<void> {
    await inTransaction(this.db, async (trx) => {
      const key = await caseKeyOf(trx, caseId, "delete case");
      if (this.dialect === "sqlite")
        await sql`delete from source_text_fts where case_key = ${key}`.execute(trx);
      await trx.deleteFrom("cases").where("key", "=", key).execute();
    });
  }

  actors(caseId: string, filter?: ActorFilter) {
    return this.queries.actors(caseId, filter);
  }
  events(caseId: string, filter?: EventFilter) {
    return this.queries.events(caseId, filter);
  }
  participations(caseId: string, filter?: ParticipationFilter) {
    return this.queries.participations(caseId, filter);
  }
  claims(caseId: string, filter?: ClaimFilter) {
    return this.queries.claims(caseId, filter);
  }
  relations(caseId: string, filter?: RelationFilter) {
    return this.queries.relations(caseId, filter);
  }

  async entities<K extends EntityKind>(caseId: string, kind: K): Promise<ItemValues[K][]> {
    if (kind === "event") return (await this.events(caseId)) as ItemValues[K][];
    if (kind === "relation") return (await this.relations(caseId)) as ItemValues[K][];
    const key = await caseKeyOf(this.db, caseId, `list ${kind}`);
    const rows = await this.db
      .selectFrom("entities")
      .select("data")
      .where("case_key", "=", key)
      .where("kind", "=", kind)
      .orderBy("ordinal")
      .execute();
    return rows.map((r) => JSON.parse(r.data));
  }

  getEntity<K extends EntityKind>(caseId: string, kind: K, id: string) {
    return getEntity(this.db, caseId, kind, id);
  }

  updateEntity<K extends EntityKind>(
    caseId: string,
    kind: K,
    id: string,
    value: ItemValues[K],
    expectedRevision: number,
    options: { who?: string } = {},
  ) {
    return updateEntity(
      this.db,
      caseId,
      kind,
      id,
      value,
      expectedRevision,
      options.who ?? "unknown",
    );
  }

  createEntity<K extends EntityKind>(
    caseId: string,
    kind: K,
    value: ItemValues[K],
    options: { who?: string; claims?: readonly Claim[] } = {},
  ) {
    return createEntity(this.db, caseId, kind, value, options.who ?? "unknown", options.claims);
  }

  deleteEntity(
    caseId: string,
    kind: EntityKind,
    id: string,
    expectedRevision: number,
    options: { who?: string } = {},
  ) {
    return deleteEntity(this.db, caseId, kind, id, expectedRevision, options.who ?? "unknown");
  }

  appendClaims(caseId: string, claims: readonly Claim[], options: { who?: string } = {}) {
    return appendClaims(this.db, caseId, claims, options.who ?? "unknown");
  }

  recordsNaming(caseId: string, id: string) {
    return recordsNaming(this.db, caseId, id);
  }

  revisions(caseId: string) {
    return revisions(this.db, caseId);
  }

  caseVersion(caseId: string) {
    return caseVersion(this.db, caseId);
  }

  listHistory(caseId: string, filter: HistoryFilter = {}) {
    return listHistory(this.db, caseId, filter);
  }

  countHistory(caseId: string, filter: HistoryFilter = {}) {
    return countHistory(this.db, caseId, filter);
  }

  undo(historyId: number, options: { who?: string } = {}) {
    return undo(this.db, historyId, options.who ?? "unknown");
  }

  attachSourceText(caseId: string, sourceId: string, text: string) {
    return attachSourceText(this.db, this.dialect, caseId, sourceId, text);
  }

  sourceText(caseId: string, sourceId: string) {
    return sourceText(this.db, caseId, sourceId);
  }

  sourceTexts(caseId: string) {
    return listSourceTexts(this.db, caseId);
  }

  async search(caseId: string, query: string, options: Page = {}) {
    const claims = await this.claims(caseId);
    return searchTexts(this.db, this.dialect, caseId, query, options, claims);
  }

  addProposals(caseId: string, proposals: readonly ProposalInput[]) {
    return addProposals(this.db, caseId, proposals);
  }

  getProposal(id: string) {
    return getProposal(this.db, id);
  }

  listProposals(filter: ProposalFilter = {}) {
    return listProposals(this.db, filter);
  }

  decideProposal(
    id: string,
    decision: Exclude<ProposalStatus, "pending">,
    editedPayload?: unknown,
  ) {
    return decideProposal(this.db, id, decision, editedPayload);
  }

  listViews(filter: SavedViewFilter = {}) {
    return listViews(this.db, filter);
  }

  getView(id: string) {
    return getView(this.db, id);
  }

  createView(input: SavedViewInput) {
    return createView(this.db, input);
  }

  updateView(id: string, change: { title: string; steps: unknown[] }, expectedRevision: number) {
    return updateView(this.db, id, change, expectedRevision);
  }

  deleteView(id: string, expectedRevision: number) {
    return deleteView(this.db, id, expectedRevision);
  }

  async close(): Promise<void> {
    // The store a transaction hands out shares its owner's connection, which stays open.
    if (this.db.isTransaction) return;
    await this.db.destroy();
  }
}
