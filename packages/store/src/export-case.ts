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

/** Reads a whole case back, every list in the order it was imported. */
export async function exportCaseFrom(db: Kysely<Database>, caseId: string): Promise<Case> {
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

  // Events, relations and claims have tables of their own, each row holding the record as JSON.
  const listOf = async (table: "events" | "relations" | "claims"): Promise<unknown[]> => {
    const rows = await db
      .selectFrom(table)
      .select("data")
      .where("case_key", "=", key)
      .orderBy("ordinal")
      .execute();
    return rows.map((r) => JSON.parse(r.data));
  };
  lists.set("event", await listOf("events"));
  lists.set("relation", await listOf("relations"));
  const claims = await listOf("claims");

  for (const kind of entityKinds) out[caseFields[kind]] = lists.get(kind);
  out.claims = claims;
  // Lists in the order the case schema declares them, as a parsed case has them.
  const ordered: Record<string, unknown> = {};
  for (const k of ["id", "title", "summary", "period"])
    if (out[k] !== undefined) ordered[k] = out[k];
  for (const field of Object.values(caseFields)) ordered[field] = out[field];
  return ordered as Case;
}
