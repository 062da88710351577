import { type Kysely, sql } from "kysely";
import type { Database } from "./database";
import { notFound } from "./store-errors";

/**
 * A case's write counter: raised by one in the transaction of every write to the case (records,
 * claims, undo, source texts), so a reader holding a copy of the case can tell with one indexed
 * lookup whether anyone, in this process or another, has changed it since. It starts at the
 * case's creation time in milliseconds, so a case deleted and made again does not repeat one.
 */
export async function caseVersion(db: Kysely<Database>, caseId: string): Promise<number> {
  const row = await db
    .selectFrom("cases")
    .select("version")
    .where("id", "=", caseId)
    .executeTakeFirst();
  if (row === undefined) throw notFound("read case version", `case "${caseId}"`);
  return Number(row.version);
}

/** Raises a case's write counter; call inside the transaction that writes. */
export async function bumpCaseVersion(db: Kysely<Database>, caseKey: number): Promise<void> {
  await db
    .updateTable("cases")
    .set({ version: sql`version + 1` })
    .where("key", "=", caseKey)
    .execute();
}
