import type { Claim, Event } from "@parley/core";
import type BetterSqlite3 from "better-sqlite3";
import type { Insertable, Kysely } from "kysely";
import type { Database } from "./database";
import { eventColumns, pushClaimValues, pushEventValues } from "./rows";

/** Tables written row by row during an import. */
export type BulkTable = "entities" | "events" | "participations" | "relations" | "claims";

/** One participant of an event, as the participation index keeps it. */
export interface ParticipantRow {
  actor: string;
  role: string;
}

/** The columns a bulk writer fills, in the order of its values. */
export const bulkColumns: { [T in BulkTable]: readonly (keyof Database[T] & string)[] } = {
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
    "key",
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
  participations: ["case_key", "event_key", "ordinal", "actor", "role"],
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
  insert<T extends Exclude<BulkTable, "events" | "participations">>(
    table: T,
    row: Insertable<Database[T]>,
  ): void;
  /** A new event at revision 1 (its key is assigned here) and its participation rows. */
  event(caseKey: number, ordinal: number, e: Event): void;
  /** A new claim. */
  claim(caseKey: number, ordinal: number, recorded: string, c: Claim): void;
  readonly pending: boolean;
  flush(): Promise<void>;
}

const SQLITE_BATCH_ROWS = 64;

/** A claim row a writer wrote, by id and ordinal. */
export interface WrittenClaim {
  id: string;
  ordinal: number;
}

/** Options of a row writer. */
export interface RowWriterOptions {
  /**
   * Claims whose id is already stored are skipped instead of failing the statement, and each
   * batch that skipped some is given here (all its claims): a streamed import finds the
   * duplicate ids this way, through the primary key, without keeping the ids itself.
   */
  onClaimsSkipped?(batch: WrittenClaim[]): void;
}

const CLAIM_ID = bulkColumns.claims.indexOf("id");
const CLAIM_ORDINAL = bulkColumns.claims.indexOf("ordinal");

/**
 * A row writer on the raw SQLite connection (which the Kysely transaction also uses): prepared
 * multi-row INSERTs of 64 rows, since each statement call costs about as much as a few rows.
 * Event keys are assigned here, counting up from the largest in the table, which is what SQLite
 * would pick itself; the import holds the write lock, so nothing else takes them meanwhile.
 */
export function sqliteRowWriter(
  raw: BetterSqlite3.Database,
  options: RowWriterOptions = {},
): RowWriter & {
  /** The key the next event gets. */
  readonly nextKey: number;
  /** Rows as values in `bulkColumns` order (events with their keys), as `valuesRowWriter` takes them. */
  append(table: BulkTable, values: readonly unknown[]): void;
} {
  const skipped = options.onClaimsSkipped;
  const statements = new Map<string, BetterSqlite3.Statement>();
  const buffers = new Map<BulkTable, unknown[]>();
  let nextKey =
    ((raw.prepare("select max(key) as k from events").get() as { k: number | null }).k ?? 0) + 1;
  const statement = (table: BulkTable, rows: number) => {
    const key = `${table}/${rows}`;
    let s = statements.get(key);
    if (s === undefined) {
      const cols = bulkColumns[table];
      const tuple = `(${cols.map(() => "?").join(", ")})`;
      const ignore = skipped !== undefined && table === "claims" ? " on conflict do nothing" : "";
      s = raw.prepare(
        `insert into ${table} (${cols.join(", ")}) values ${Array(rows).fill(tuple).join(", ")}${ignore}`,
      );
      statements.set(key, s);
    }
    return s;
  };
  const drain = (table: BulkTable, values: unknown[]) => {
    const width = bulkColumns[table].length;
    const rows = values.length / width;
    if (rows > 0) {
      const { changes } = statement(table, rows).run(values);
      if (changes < rows && skipped !== undefined && table === "claims") {
        const batch: WrittenClaim[] = [];
        for (let r = 0; r < rows; r++)
          batch.push({
            id: values[r * width + CLAIM_ID] as string,
            ordinal: values[r * width + CLAIM_ORDINAL] as number,
          });
        skipped(batch);
      }
    }
    values.length = 0;
  };
  const buffer = (table: BulkTable) => {
    let b = buffers.get(table);
    if (b === undefined) {
      b = [];
      buffers.set(table, b);
    }
    return b;
  };
  const events = buffer("events");
  const participations = buffer("participations");
  const claims = buffer("claims");
  const eventWidth = bulkColumns.events.length;
  const participationWidth = bulkColumns.participations.length;
  const claimWidth = bulkColumns.claims.length;
  return {
    insert(table, row) {
      const b = buffer(table);
      const r = row as Record<string, unknown>;
      for (const c of bulkColumns[table]) b.push(r[c] ?? null);
      if (b.length >= SQLITE_BATCH_ROWS * bulkColumns[table].length) drain(table, b);
    },
    event(caseKey, ordinal, e) {
      const key = nextKey++;
      pushEventValues(events, key, caseKey, ordinal, e);
      if (events.length >= SQLITE_BATCH_ROWS * eventWidth) drain("events", events);
      const participants = e.participants;
      for (let i = 0; i < participants.length; i++) {
        const p = participants[i] as ParticipantRow;
        participations.push(caseKey, key, i, p.actor, p.role);
        if (participations.length >= SQLITE_BATCH_ROWS * participationWidth)
          drain("participations", participations);
      }
    },
    claim(caseKey, ordinal, recorded, c) {
      pushClaimValues(claims, caseKey, ordinal, recorded, c);
      if (claims.length >= SQLITE_BATCH_ROWS * claimWidth) drain("claims", claims);
    },
    append(table, values) {
      const b = buffer(table);
      const full = SQLITE_BATCH_ROWS * bulkColumns[table].length;
      for (let i = 0; i < values.length; i++) {
        b.push(values[i]);
        if (b.length >= full) drain(table, b);
      }
    },
    get nextKey() {
      return nextKey;
    },
    pending: false,
    async flush() {
      // Events first: a participation's event is always written before it.
      drain("events", events);
      for (const [table, values] of buffers) drain(table, values);
    },
  };
}

const BATCH_PARAMETERS = 20_000;

/**
 * A row writer that batches multi-row INSERTs through Kysely (PostgreSQL). Event keys come from
 * the database: each batch of events returns them, and its participations are written after.
 */
export function batchRowWriter(db: Kysely<Database>, options: RowWriterOptions = {}): RowWriter {
  const skipped = options.onClaimsSkipped;
  const buffers = new Map<
    Exclude<BulkTable, "events" | "participations">,
    Record<string, unknown>[]
  >();
  const events: Record<string, unknown>[] = [];
  const participants: { caseKey: number; event: string; rows: readonly ParticipantRow[] }[] = [];
  let parameters = 0;
  const full = (table: BulkTable, r: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const c of bulkColumns[table]) if (c !== "key") out[c] = r[c] ?? null;
    return out;
  };
  return {
    insert(table, row) {
      let b = buffers.get(table);
      if (b === undefined) {
        b = [];
        buffers.set(table, b);
      }
      b.push(full(table, row as Record<string, unknown>));
      parameters += bulkColumns[table].length;
    },
    event(caseKey, ordinal, e) {
      const row = { case_key: caseKey, id: e.id, ordinal, revision: 1, ...eventColumns(e) };
      const rows = e.participants;
      events.push(full("events", row));
      participants.push({ caseKey, event: e.id, rows });
      parameters += bulkColumns.events.length + rows.length * bulkColumns.participations.length;
    },
    claim(caseKey, ordinal, recorded, c) {
      const values: unknown[] = [];
      pushClaimValues(values, caseKey, ordinal, recorded, c);
      const row: Record<string, unknown> = {};
      bulkColumns.claims.forEach((name, i) => {
        row[name] = values[i];
      });
      this.insert("claims", row as Insertable<Database["claims"]>);
    },
    get pending() {
      return parameters >= BATCH_PARAMETERS;
    },
    async flush() {
      if (events.length > 0) {
        const keys = new Map<string, number>();
        for (const r of await db
          .insertInto("events")
          .values(events as never)
          .returning(["id", "key"])
          .execute())
          keys.set(r.id, Number(r.key));
        const rows = participants.flatMap((e) =>
          e.rows.map((p, ordinal) => ({
            case_key: e.caseKey,
            event_key: keys.get(e.event) as number,
            ordinal,
            actor: p.actor,
            role: p.role,
          })),
        );
        if (rows.length > 0) await db.insertInto("participations").values(rows).execute();
        events.length = 0;
        participants.length = 0;
      }
      for (const [table, rows] of buffers) {
        if (rows.length === 0) continue;
        if (table === "claims" && skipped !== undefined) {
          const [result] = await db
            .insertInto(table)
            .values(rows as never)
            .onConflict((oc) => oc.doNothing())
            .execute();
          if (Number(result?.numInsertedOrUpdatedRows ?? rows.length) < rows.length)
            skipped(rows.map((r) => ({ id: r.id as string, ordinal: r.ordinal as number })));
        } else
          await db
            .insertInto(table)
            .values(rows as never)
            .execute();
        rows.length = 0;
      }
      parameters = 0;
    },
  };
}

/**
 * A row writer that only collects each table's rows as values in `bulkColumns` order (events
 * keyed from `firstKey` up), for a reader in another thread to hand to `sqliteRowWriter.append`.
 */
export function valuesRowWriter(firstKey: number): RowWriter & {
  take(): Partial<Record<BulkTable, unknown[]>>;
} {
  let nextKey = firstKey;
  let tables: Partial<Record<BulkTable, unknown[]>> = {};
  const buffer = (table: BulkTable) => {
    let b = tables[table];
    if (b === undefined) {
      b = [];
      tables[table] = b;
    }
    return b;
  };
  return {
    insert(table, row) {
      const b = buffer(table);
      const r = row as Record<string, unknown>;
      for (const c of bulkColumns[table]) b.push(r[c] ?? null);
    },
    event(caseKey, ordinal, e) {
      const key = nextKey++;
      pushEventValues(buffer("events"), key, caseKey, ordinal, e);
      const p = buffer("participations");
      e.participants.forEach((x, i) => {
        p.push(caseKey, key, i, x.actor, x.role);
      });
    },
    claim(caseKey, ordinal, recorded, c) {
      pushClaimValues(buffer("claims"), caseKey, ordinal, recorded, c);
    },
    pending: false,
    async flush() {},
    take() {
      const t = tables;
      tables = {};
      return t;
    },
  };
}
