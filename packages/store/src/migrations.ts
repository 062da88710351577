import {
  type ForeignKeyConstraintBuilder,
  type Kysely,
  type Migration,
  type MigrationProvider,
  sql,
} from "kysely";
import type { DialectName } from "./database";

/**
 * The store's schema migrations, defined in code (not read from files) so that a bundled CLI
 * carries them. Names sort in the order they apply.
 */
export function migrationsFor(dialect: DialectName): MigrationProvider {
  const migrations: Record<string, Migration> = {
    "0001-initial": { up: (db) => initial(db, dialect) },
    "0002-versions-and-views": { up: (db) => versionsAndViews(db) },
  };
  return { getMigrations: async () => migrations };
}

/**
 * The table layout the migrations leave, recorded in `parley_schema`. Before a release the
 * first migration may still change in place; a file made under an older layout carries another
 * format (or none) and is refused on open instead of failing later in a query.
 */
export const SCHEMA_FORMAT = 3;

const cascade = (c: ForeignKeyConstraintBuilder) => c.onDelete("cascade");

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
async function initial(db: Kysely<any>, dialect: DialectName): Promise<void> {
  const real = dialect === "postgres" ? "double precision" : "real";

  let cases = db.schema.createTable("cases");
  cases =
    dialect === "postgres"
      ? cases.addColumn("key", "serial", (c) => c.primaryKey())
      : cases.addColumn("key", "integer", (c) => c.primaryKey().autoIncrement());
  await cases
    .addColumn("id", "text", (c) => c.notNull().unique())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("created", "text", (c) => c.notNull())
    .addColumn("updated", "text", (c) => c.notNull())
    .execute();

  const caseKey = (t: ReturnType<typeof db.schema.createTable>, name: string) =>
    t
      .addColumn("case_key", "integer", (c) => c.notNull())
      .addForeignKeyConstraint(`${name}_case_fk`, ["case_key"], "cases", ["key"], cascade);

  await caseKey(db.schema.createTable("entities"), "entities")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("ordinal", "integer", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("type", "text")
    .addColumn("actor", "text")
    .addColumn("reliability", "integer")
    .addColumn("day", "integer")
    .addColumn("data", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("entities_pk", ["case_key", "kind", "id"])
    .execute();

  // Events have an integer key besides their text id, so that the participation index (five
  // or more rows an event) refers to them in a few bytes.
  let events = db.schema.createTable("events");
  events =
    dialect === "postgres"
      ? events.addColumn("key", "serial", (c) => c.primaryKey())
      : events.addColumn("key", "integer", (c) => c.primaryKey());
  await caseKey(events, "events")
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("ordinal", "integer", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("process", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("start_day", "integer")
    .addColumn("end_day", "integer")
    .addColumn("span_class", "integer", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addUniqueConstraint("events_id", ["case_key", "id"])
    .execute();
  // end_day in the window index lets an overlap query test both ends without reading the rows.
  await db.schema
    .createIndex("events_window")
    .on("events")
    .columns(["case_key", "span_class", "start_day", "end_day"])
    .execute();
  await db.schema
    .createIndex("events_process")
    .on("events")
    .columns(["case_key", "process"])
    .execute();

  // Participants are kept in their event's JSON (read with it, in one lookup); this table is
  // only the index that finds events by actor and role. Its rows are ordered by event (the
  // primary key), so on SQLite it is a WITHOUT ROWID table: one b-tree, no second index.
  let participations = caseKey(db.schema.createTable("participations"), "participations")
    .addColumn("event_key", "integer", (c) => c.notNull())
    .addColumn("ordinal", "integer", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("participations_pk", ["event_key", "ordinal"]);
  if (dialect === "sqlite") participations = participations.modifyEnd(sql`without rowid`);
  await participations.execute();
  await db.schema
    .createIndex("participations_actor")
    .on("participations")
    .columns(["case_key", "actor", "event_key"])
    .execute();

  await caseKey(db.schema.createTable("relations"), "relations")
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("ordinal", "integer", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("start_day", "integer")
    .addColumn("end_day", "integer")
    .addColumn("span_class", "integer", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("relations_pk", ["case_key", "id"])
    .execute();

  await caseKey(db.schema.createTable("claims"), "claims")
    .addColumn("id", "text", (c) => c.notNull())
    .addColumn("ordinal", "integer", (c) => c.notNull())
    .addColumn("subject_kind", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("about", "text", (c) => c.notNull())
    .addColumn("subject_actor", "text")
    .addColumn("subject_role", "text")
    .addColumn("asserter", "text", (c) => c.notNull())
    .addColumn("stance", "text", (c) => c.notNull())
    .addColumn("hedge", "text", (c) => c.notNull())
    .addColumn("source_id", "text")
    .addColumn("reliability", "integer")
    .addColumn("credibility", "integer")
    .addColumn("reported_day", "integer")
    .addColumn("start_day", "integer")
    .addColumn("end_day", "integer")
    .addColumn("span_class", "integer")
    .addColumn("recorded", "text", (c) => c.notNull())
    .addColumn("data", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("claims_pk", ["case_key", "id"])
    .execute();
  await db.schema.createIndex("claims_about").on("claims").columns(["case_key", "about"]).execute();

  let history = db.schema.createTable("history");
  history =
    dialect === "postgres"
      ? history.addColumn("id", "serial", (c) => c.primaryKey())
      : history.addColumn("id", "integer", (c) => c.primaryKey().autoIncrement());
  await history
    .addColumn("case_key", "integer", (c) =>
      c.notNull().references("cases.key").onDelete("cascade"),
    )
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("who", "text", (c) => c.notNull())
    .addColumn("op", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("before", "text")
    .addColumn("after", "text")
    .execute();
  await db.schema.createIndex("history_case").on("history").columns(["case_key", "id"]).execute();

  await caseKey(db.schema.createTable("source_texts"), "source_texts")
    .addColumn("source_id", "text", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("length", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("source_texts_pk", ["case_key", "source_id"])
    .execute();
  if (dialect === "sqlite") {
    await sql`create virtual table source_text_fts using fts5(text, case_key unindexed, source_id unindexed)`.execute(
      db,
    );
  } else {
    await sql`create index source_texts_fts on source_texts using gin (to_tsvector('simple', text))`.execute(
      db,
    );
  }

  await caseKey(db.schema.createTable("proposals"), "proposals")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("seq", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("evidence", "text")
    .addColumn("confidence", real)
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("edited", "text")
    .addColumn("created", "text", (c) => c.notNull())
    .addColumn("decided", "text")
    .execute();
  await db.schema
    .createIndex("proposals_case")
    .on("proposals")
    .columns(["case_key", "status", "seq"])
    .execute();

  await db.schema
    .createTable("parley_schema")
    .addColumn("format", "integer", (c) => c.notNull())
    .execute();
  // The layout this migration leaves; later migrations raise it as they change the layout.
  await db.insertInto("parley_schema").values({ format: 2 }).execute();
}

/**
 * Format 3: a write counter per case (`cases.version`, raised in the same transaction as every
 * write, so a reader can tell cheaply whether another process changed the case) and saved views.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then
async function versionsAndViews(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("cases")
    .addColumn("version", "bigint", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable("views")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("case_key", "integer", (c) =>
      c.notNull().references("cases.key").onDelete("cascade"),
    )
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("steps", "text", (c) => c.notNull())
    .addColumn("created", "text", (c) => c.notNull())
    .addColumn("updated", "text", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("views_case").on("views").columns(["case_key", "id"]).execute();
  // Only a store of the layout before this one is raised; any other format stays refused.
  await db.updateTable("parley_schema").set({ format: 3 }).where("format", "=", 2).execute();
}
