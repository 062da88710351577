import type BetterSqlite3 from "better-sqlite3";

/**
 * Runs a large import on SQLite with a rollback journal instead of the write-ahead log, when this
 * connection is the only one open on the store, and puts the log back afterwards.
 *
 * In WAL mode every page of the import is written twice (to the log, then by the checkpoint into
 * the database), and each page read while the indexes are built is first looked up among the
 * log's frames, which for a multi-gigabyte transaction is most of the import's time after its
 * rows are written. A rollback journal keeps only the earlier content of pages that existed
 * before, so the new case is written once, in place, and a failure still rolls back everything.
 *
 * Leaving WAL mode needs the only connection: with another one open (a running server, another
 * command) SQLite refuses at once and the import keeps the log, as it would anyway. While the
 * import runs in rollback mode, another process that opens the store waits for it (the busy
 * timeout) and then gets a `locked` error. The log is restored when the work ends, whether it
 * succeeded or not; should that be refused (a connection opened meanwhile), the next opening of
 * the store restores it.
 */
export async function withRollbackJournal<T>(
  raw: BetterSqlite3.Database | null,
  large: boolean,
  work: () => Promise<T>,
): Promise<T> {
  if (raw === null || !large || raw.memory || raw.inTransaction) return work();
  let switched = false;
  try {
    switched = raw.pragma("journal_mode = DELETE", { simple: true }) === "delete";
  } catch {
    // Another connection has the store open: keep the write-ahead log.
  }
  try {
    return await work();
  } finally {
    if (switched) {
      try {
        raw.pragma("journal_mode = WAL");
      } catch {
        // A connection opened meanwhile; opening the store sets WAL mode again.
      }
    }
  }
}
