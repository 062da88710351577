import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ParleyError } from "@parley/core";
import BetterSqlite3 from "better-sqlite3";
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  sql,
} from "kysely";
import pg from "pg";
import Cursor from "pg-cursor";
import type { Database } from "./database";
import { BUSY_TIMEOUT_MS, lockedError } from "./in-transaction";
import { migrationsFor, SCHEMA_FORMAT } from "./migrations";
import { SqlStore } from "./sql-store";
import type { Store } from "./store";

/** Where the embedded store lives when no target is given, relative to the working directory. */
export const defaultStorePath = ".parley/parley.db";

/** Whether a store target is a PostgreSQL connection URL. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//.test(target);
}

/**
 * Opens (creating if needed) a store and brings its schema up to date. The target is a
 * `postgres://` URL, `:memory:`, or a SQLite file path (its folder is created); SQLite runs in
 * WAL mode with foreign keys on, its transactions take the write lock when they begin
 * (IMMEDIATE) and wait up to 5 s for another writer; a lock held longer is `locked`.
 */
export async function openStore(
  target: string = defaultStorePath,
  options: { busyTimeoutMs?: number } = {},
): Promise<Store> {
  const timeout = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
  let store: SqlStore;
  if (isPostgresUrl(target)) {
    const pool = new pg.Pool({ connectionString: target, max: 4 });
    store = new SqlStore(
      new Kysely<Database>({ dialect: new PostgresDialect({ pool, cursor: Cursor }) }),
      "postgres",
      null,
    );
  } else {
    if (target !== ":memory:") mkdirSync(dirname(resolve(target)), { recursive: true });
    let raw: BetterSqlite3.Database;
    try {
      raw = new BetterSqlite3(target, { timeout });
      if (target !== ":memory:") raw.pragma("journal_mode = WAL");
    } catch (e) {
      throw (
        lockedError(e) ??
        new ParleyError("io_error", `open store "${target}": ${(e as Error).message}`, {
          cause: e,
        })
      );
    }
    raw.pragma("foreign_keys = ON");
    raw.pragma("synchronous = NORMAL");
    // A 64 MB page cache (the default is 2 MB) keeps the index pages and recently read rows of
    // a large case in memory: a window query then reads its events without a system call each.
    raw.pragma("cache_size = -65536");
    store = new SqlStore(
      new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: raw }) }),
      "sqlite",
      raw,
    );
  }
  // Kysely looks for its migration tables in every schema; pin them to the one in use, so that
  // stores in separate schemas of one database keep separate migration state.
  const schema =
    store.dialect === "postgres"
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(store.db)).rows[0]?.s
      : undefined;
  const migrator = new Migrator({
    db: store.db,
    provider: migrationsFor(store.dialect),
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
  const { error } = await migrated(store, migrator);
  if (error !== undefined) {
    await store.close();
    const locked = lockedError(error);
    if (locked !== undefined) throw locked;
    throw new ParleyError(
      "io_error",
      `open store "${redact(target)}": migration failed: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
  const problem = await schemaProblem(store);
  if (problem !== null) {
    await store.close();
    throw new ParleyError(
      "unsupported",
      `open store "${redact(target)}": ${problem}; this version of Parley cannot read it. Delete the file (or drop the database) and import the cases again`,
    );
  }
  return store;
}

/**
 * Brings the schema up to date. Kysely neither locks nor wraps migrations in a transaction on
 * SQLite, so two processes opening a new file at once would both create its tables; here the
 * whole migration runs in one IMMEDIATE transaction on the connection, and the second process
 * waits, then finds the schema made.
 */
async function migrated(store: SqlStore, migrator: Migrator): Promise<{ error?: unknown }> {
  const raw = store.raw;
  if (raw === null) return migrator.migrateToLatest();
  try {
    raw.exec("begin immediate");
  } catch (e) {
    return { error: e };
  }
  const result = await migrator.migrateToLatest().catch((e: unknown) => ({ error: e }));
  if (result.error === undefined) raw.exec("commit");
  else if (raw.inTransaction) raw.exec("rollback");
  return result;
}

/** Why the store's layout is not the one this code writes, or null when it is. */
async function schemaProblem(store: SqlStore): Promise<string | null> {
  let format: number | undefined;
  try {
    const rows = (await sql<{ format: number }>`select format from parley_schema`.execute(store.db))
      .rows;
    format = rows[0] === undefined ? undefined : Number(rows[0].format);
  } catch {
    return `the store was made by an older version of Parley (no "parley_schema" table; expected format ${SCHEMA_FORMAT})`;
  }
  if (format === SCHEMA_FORMAT) return null;
  return `the store has schema format ${format === undefined ? "none" : format}, expected ${SCHEMA_FORMAT}`;
}

/** The target with any password removed, for messages. */
function redact(target: string): string {
  return target.replace(/(\/\/[^:/@]+):[^@]*@/, "$1:***@");
}

/**
 * SQLite with every transaction begun IMMEDIATE: it takes the write lock at once (waiting up to
 * the busy timeout), so a transaction never fails half-way when it first writes after reading,
 * which a deferred one does as soon as another connection has written meanwhile.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection: DatabaseConnection) => {
      await connection.executeQuery(CompiledQuery.raw("begin immediate"));
    };
    return driver;
  }
}
