import type { Case } from "@parley/core";
import type { Kysely } from "kysely";
import { caseFields, type EntityKind, entityKinds } from "./case-items";
import type { Database } from "./database";
import { notFound } from "./store-errors";

/** The internal key of a case, or `not_found` naming the operation. */
export async function caseKeyOf(
  db: Kysely<Database>,
  caseId: string,
  operation: string,
): Promise<number> {
  const row = await db
    .selectFrom("cases")
    .select("key")
    .where("id", "=", caseId)
    .executeTakeFirst();
  if (row === undefined) throw notFound(operation, `case "${caseId}"`);
  return Number(row.key);
}

/** The lists of a case kept in tables of their own, the ones that grow with a case. */
export type LargeList = "events" | "relations" | "claims";

/** A case read in two parts: every small list at once, the large lists record by record. */
export interface CaseExport {
  /** The case with its events, relations and claims left empty. */
  head: Case;
  /**
   * The records of one large list in the order they were imported, read from a cursor a batch
   * at a time, so that a list of millions of records is never in memory. The store's
   * connection is held until the iteration ends.
   */
  records(list: LargeList): AsyncIterable<unknown>;
}

const CURSOR_BATCH = 1000;

/** Opens a case for export: its small lists read now, its large lists when iterated. */
export async function openCaseExport(db: Kysely<Database>, caseId: string): Promise<CaseExport> {
  const head = await db
    .selectFrom("cases")
    .select(["key", "data"])
    .where("id", "=", caseId)
    .executeTakeFirst();
  if (head === undefined) throw notFound("export case", `case "${caseId}"`);
  const key = Number(head.key);
  const out: Record<string, unknown> = { ...JSON.parse(head.data) };
  const lists = new Map<EntityKind, unknown[]>();
  for (const kind of entityKinds) lists.set(kind, []);

  const entities = await db
    .selectFrom("entities")
    .select(["kind", "data"])
    .where("case_key", "=", key)
    .orderBy("kind")
    .orderBy("ordinal")
    .execute();
  for (const row of entities) lists.get(row.kind as EntityKind)?.push(JSON.parse(row.data));

  for (const kind of entityKinds) out[caseFields[kind]] = lists.get(kind);
  out.claims = [];
  // Lists in the order the case schema declares them, as a parsed case has them.
  const ordered: Record<string, unknown> = {};
  for (const k of ["id", "title", "summary", "period"])
    if (out[k] !== undefined) ordered[k] = out[k];
  for (const field of Object.values(caseFields)) ordered[field] = out[field];
  return {
    head: ordered as Case,
    // Events, relations and claims have tables of their own, each row holding the record as JSON.
    async *records(list) {
      const rows = db
        .selectFrom(list)
        .select("data")
        .where("case_key", "=", key)
        .orderBy("ordinal")
        .stream(CURSOR_BATCH);
      for await (const row of rows) yield JSON.parse(row.data);
    },
  };
}

/** Reads a whole case back, every list in the order it was imported. */
export async function exportCaseFrom(db: Kysely<Database>, caseId: string): Promise<Case> {
  const { head, records } = await openCaseExport(db, caseId);
  const all = async (list: LargeList): Promise<unknown[]> => {
    const out: unknown[] = [];
    for await (const r of records(list)) out.push(r);
    return out;
  };
  const c = head as Record<string, unknown>;
  c.events = await all("events");
  c.relations = await all("relations");
  c.claims = await all("claims");
  return head;
}
