import { type Kysely, sql } from "kysely";
import type { Database } from "./database";

/**
 * The secondary indexes of the big tables, as the latest migration leaves them. A large import
 * into empty tables drops them and builds them again at the end: one sort per index instead of
 * millions of random b-tree inserts.
 */
export const bulkIndexes = [
  {
    name: "events_window",
    table: "events",
    columns: ["case_key", "span_class", "start_day", "end_day"],
  },
  { name: "events_process", table: "events", columns: ["case_key", "process"] },
  {
    name: "participations_actor",
    table: "participations",
    columns: ["case_key", "actor", "event_key"],
  },
  { name: "claims_about", table: "claims", columns: ["case_key", "about"] },
] as const;

/** Imports at least this large into empty tables defer their index builds. */
export const BULK_THRESHOLD = 50_000;

/** Whether the tables that carry bulk indexes hold no rows at all. */
export async function bulkTablesEmpty(db: Kysely<Database>): Promise<boolean> {
  for (const table of ["events", "participations", "claims"] as const) {
    const row = await db
      .selectFrom(table)
      .select(sql<number>`1`.as("one"))
      .limit(1)
      .executeTakeFirst();
    if (row !== undefined) return false;
  }
  return true;
}

/** Drops the bulk indexes (inside the import's transaction). */
export async function dropBulkIndexes(db: Kysely<Database>): Promise<void> {
  for (const ix of bulkIndexes) await db.schema.dropIndex(ix.name).execute();
}

/** Builds the bulk indexes again. */
export async function createBulkIndexes(db: Kysely<Database>): Promise<void> {
  for (const ix of bulkIndexes) {
    await db.schema
      .createIndex(ix.name)
      .on(ix.table)
      .columns([...ix.columns])
      .execute();
  }
}
