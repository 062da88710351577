import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { DialectName } from "./database";
import { openStore } from "./open-store";
import type { Store } from "./store";

/**
 * The dialects every store test runs on: SQLite always, PostgreSQL when `PARLEY_TEST_PG` names
 * a server or one answers at the default local URL. Test support only.
 */
export interface TestDialect {
  name: DialectName;
  /** Why the dialect is skipped, or null when it runs. */
  skip: string | null;
  /** Prepares a place for one test file's stores (a temp folder, a fresh database). */
  setUp(): Promise<void>;
  /** A new, empty store of its own. */
  fresh(): Promise<Store>;
  /**
   * Another connection to the store `fresh` made last, as a second process would open it; the
   * caller closes it.
   */
  another(): Promise<Store>;
  /** Closes every store opened and drops what setUp made. */
  tearDown(): Promise<void>;
}

const defaultPgUrl = "postgres://postgres@127.0.0.1:5432/postgres";

async function probe(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return null;
  } catch (e) {
    return (e as Error).message || String(e);
  } finally {
    await client.end().catch(() => {});
  }
}

function withDatabase(url: string, database: string, schema?: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  if (schema !== undefined) u.searchParams.set("options", `-c search_path=${schema}`);
  return u.toString();
}

function sqliteDialect(): TestDialect {
  let dir = "";
  let n = 0;
  const opened: Store[] = [];
  return {
    name: "sqlite",
    skip: null,
    async setUp() {
      dir = mkdtempSync(join(tmpdir(), "parley-store-"));
    },
    async fresh() {
      const s = await openStore(join(dir, `test-${++n}.db`));
      opened.push(s);
      return s;
    },
    another() {
      return openStore(join(dir, `test-${n}.db`));
    },
    async tearDown() {
      for (const s of opened.splice(0)) await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresDialect(): Promise<TestDialect> {
  // An empty value counts as unset, as in a shell's `PARLEY_TEST_PG= npm test`.
  const explicit = process.env.PARLEY_TEST_PG || undefined;
  const url = explicit ?? defaultPgUrl;
  const failure = await probe(url);
  // A server named explicitly must answer; only the default one may be missing.
  const skip =
    failure === null || explicit !== undefined
      ? null
      : `no PostgreSQL server at ${defaultPgUrl} (${failure}); set PARLEY_TEST_PG to a server URL to run the PostgreSQL store tests`;
  const database = `parley_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  let n = 0;
  const opened: Store[] = [];
  const admin = async (statement: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(statement);
    } finally {
      await c.end();
    }
  };
  return {
    name: "postgres",
    skip,
    async setUp() {
      if (failure !== null) throw new Error(`PARLEY_TEST_PG=${url} does not answer: ${failure}`);
      await admin(`create database ${database}`);
    },
    async fresh() {
      const schema = `t${++n}`;
      const c = new pg.Client({ connectionString: withDatabase(url, database) });
      await c.connect();
      await c.query(`create schema ${schema}`);
      await c.end();
      const s = await openStore(withDatabase(url, database, schema));
      opened.push(s);
      return s;
    },
    another() {
      return openStore(withDatabase(url, database, `t${n}`));
    },
    async tearDown() {
      for (const s of opened.splice(0)) await s.close();
      // A closed pool resolves before its sockets are gone; a forced drop would then cut a
      // connection that is still closing, which its client reports as an uncaught error.
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        for (let i = 0; i < 100; i++) {
          const r = await c.query(
            "select count(*)::int as n from pg_stat_activity where datname = $1",
            [database],
          );
          if (r.rows[0]?.n === 0) break;
          await new Promise((done) => setTimeout(done, 20));
        }
      } finally {
        await c.end();
      }
      await admin(`drop database if exists ${database} with (force)`);
    },
  };
}

/** Every dialect, each with the reason it is skipped, if it is. */
export async function testDialects(): Promise<TestDialect[]> {
  const dialects = [sqliteDialect(), await postgresDialect()];
  for (const d of dialects) {
    if (d.skip !== null) console.warn(`[store tests] skipping ${d.name}: ${d.skip}`);
  }
  return dialects;
}
