import type { Kysely } from "kysely";
import type { EntityKind } from "./case-items";
import type { Database } from "./database";
import { caseKeyOf } from "./export-case";

/** A stored record with its kind. */
export interface KindedRecord {
  kind: EntityKind | "claim";
  value: { id: string };
}

/**
 * The records of a case whose stored JSON holds `"<id>"` as a string anywhere (a reference in
 * any field, or the id itself): a superset of the records that refer to `id`, found without
 * reading the whole case. Callers check which of them really refer to it.
 */
export async function recordsNaming(
  db: Kysely<Database>,
  caseId: string,
  id: string,
): Promise<KindedRecord[]> {
  const key = await caseKeyOf(db, caseId, `find records naming "${id}"`);
  // ids are slugs; `%` cannot occur, and `_` only widens the match
  const pattern = `%${JSON.stringify(id)}%`;
  const out: KindedRecord[] = [];
  const entities = await db
    .selectFrom("entities")
    .select(["kind", "data"])
    .where("case_key", "=", key)
    .where("data", "like", pattern)
    .orderBy("ordinal")
    .execute();
  for (const r of entities) out.push({ kind: r.kind as EntityKind, value: JSON.parse(r.data) });
  for (const [table, kind] of [
    ["events", "event"],
    ["relations", "relation"],
    ["claims", "claim"],
  ] as const) {
    const rows = await db
      .selectFrom(table)
      .select("data")
      .where("case_key", "=", key)
      .where("data", "like", pattern)
      .orderBy("ordinal")
      .execute();
    for (const r of rows) out.push({ kind, value: JSON.parse(r.data) });
  }
  return out;
}
