import { ParleyError } from "@parley/core";
import type { Kysely } from "kysely";
import type { Database } from "./database";

/** How long a SQLite write waits for another connection's write lock before giving up. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Runs `work` in a transaction, or inside the one `db` already is, so that store functions
 * compose: called on a transaction they join it and commit or roll back with it. A lock held by
 * another writer longer than the busy timeout becomes a `locked` ParleyError.
 */
export async function inTransaction<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db);
  try {
    return await db.transaction().execute(work);
  } catch (e) {
    throw lockedError(e) ?? e;
  }
}

/**
 * A `locked` ParleyError for a database error that says another writer holds the lock past the
 * wait (SQLite's SQLITE_BUSY, PostgreSQL's lock_not_available), else undefined.
 */
export function lockedError(e: unknown): ParleyError | undefined {
  if (e instanceof ParleyError) return undefined;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== "string") return undefined;
  const busy = code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
  if (!busy && code !== "55P03") return undefined;
  return new ParleyError(
    "locked",
    "the store is locked: another writer held it past the wait; nothing was changed, try again when it is done",
    { cause: e },
  );
}
