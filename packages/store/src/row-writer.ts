import type BetterSqlite3 from "better-sqlite3";
import type { Insertable, Kysely } from "kysely";
import type { Database } from "./database";

/** Tables written row by row during an import. */
export type BulkTable = "entities" | "events" | "participations" | "relations" | "claims";

const columns: { [T in BulkTable]: readonly (keyof Database[T] & string)[] } = {
  entities: [
    "case_key",
    "kind",
    "id",
    "ordinal",
    "revision",
    "type",
    "actor",
    "reliability",
    "day",
    "data",
  ],
  events: [
    "case_key",
    "id",
    "ordinal",
    "revision",
    "type",
    "process",
    "status",
    "start_day",
    "end_day",
    "span_class",
    "data",
  ],
  participations: ["case_key", "event_id", "ordinal", "actor", "role"],
  relations: [
    "case_key",
    "id",
    "ordinal",
    "revision",
    "type",
    "source",
    "target",
    "start_day",
    "end_day",
    "span_class",
    "data",
  ],
  claims: [
    "case_key",
    "id",
    "ordinal",
    "subject_kind",
    "subject_id",
    "about",
    "subject_actor",
    "subject_role",
    "asserter",
    "stance",
    "hedge",
    "source_id",
    "reliability",
    "credibility",
    "reported_day",
    "start_day",
    "end_day",
    "span_class",
    "recorded",
    "data",
  ],
};

/**
 * Inserts rows in bulk inside the current transaction: prepared statements run one row at a time
 * on SQLite (no round trips), multi-row INSERTs of a few hundred rows on PostgreSQL.
 * After each record, call `flush()` when `pending` is true, and once at the end.
 */
export interface RowWriter {
  insert<T extends BulkTable>(table: T, row: Insertable<Database[T]>): void;
  readonly pending: boolean;
  flush(): Promise<void>;
}

const SQLITE_BATCH_ROWS = 64;

/**
 * A row writer on the raw SQLite connection (which the Kysely transaction also uses): prepared
 * multi-row INSERTs of 64 rows, since each statement call costs about as much as a few rows.
 */
export function sqliteRowWriter(raw: BetterSqlite3.Database): RowWriter {
  const statements = new Map<string, BetterSqlite3.Statement>();
  const buffers = new Map<BulkTable, unknown[]>();
  const statement = (table: BulkTable, rows: number) => {
    const key = `${table}/${rows}`;
    let s = statements.get(key);
    if (s === undefined) {
      const cols = columns[table];
      const tuple = `(${cols.map(() => "?").join(", ")})`;
      s = raw.prepare(
        `insert into ${table} (${cols.join(", ")}) values ${Array(rows).fill(tuple).join(", ")}`,
      );
      statements.set(key, s);
    }
    return s;
  };
  const drain = (table: BulkTable, values: unknown[]) => {
    const width = columns[table].length;
    const rows = values.length / width;
    if (rows > 0) statement(table, rows).run(values);
    values.length = 0;
  };
  return {
    insert(table, row) {
      let b = buffers.get(table);
      if (b === undefined) {
        b = [];
        buffers.set(table, b);
      }
      const r = row as Record<string, unknown>;
      for (const c of columns[table]) b.push(r[c] ?? null);
      if (b.length >= SQLITE_BATCH_ROWS * columns[table].length) drain(table, b);
    },
    pending: false,
    async flush() {
      for (const [table, values] of buffers) drain(table, values);
    },
  };
}

const BATCH_PARAMETERS = 20_000;

/** A row writer that batches multi-row INSERTs through Kysely (PostgreSQL). */
export function batchRowWriter(db: Kysely<Database>): RowWriter {
  const buffers = new Map<BulkTable, Record<string, unknown>[]>();
  let parameters = 0;
  const writer = {
    insert<T extends BulkTable>(table: T, row: Insertable<Database[T]>) {
      let b = buffers.get(table);
      if (b === undefined) {
        b = [];
        buffers.set(table, b);
      }
      const r = row as Record<string, unknown>;
      const full: Record<string, unknown> = {};
      for (const c of columns[table]) full[c] = r[c] ?? null;
      b.push(full);
      parameters += columns[table].length;
    },
    get pending() {
      return parameters >= BATCH_PARAMETERS;
    },
    async flush() {
      for (const [table, rows] of buffers) {
        if (rows.length === 0) continue;
        await db
          .insertInto(table)
          .values(rows as never)
          .execute();
        rows.length = 0;
      }
      parameters = 0;
    },
  };
  return writer;
}
