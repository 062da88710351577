import type { Claim, Event, Relation } from "@parley/core";
import { type Kysely, sql } from "kysely";
import type { EntityKind, ItemKind, ItemValues } from "./case-items";
import type { Database } from "./database";
import { claimColumns, entityColumns, eventColumns, relationColumns } from "./rows";

/** A stored record of any kind with its bookkeeping. */
export interface StoredRow<T> {
  value: T;
  revision: number;
  ordinal: number;
}

/** Loads one record by kind and id, or null. */
export async function loadRow<K extends ItemKind>(
  db: Kysely<Database>,
  caseKey: number,
  kind: K,
  id: string,
): Promise<StoredRow<ItemValues[K]> | null> {
  if (kind === "event" || kind === "relation") {
    const row = await db
      .selectFrom(kind === "event" ? "events" : "relations")
      .select(["data", "revision", "ordinal"])
      .where("case_key", "=", caseKey)
      .where("id", "=", id)
      .executeTakeFirst();
    return row === undefined
      ? null
      : { value: JSON.parse(row.data), revision: row.revision, ordinal: row.ordinal };
  }
  if (kind === "claim") {
    const row = await db
      .selectFrom("claims")
      .select(["data", "ordinal"])
      .where("case_key", "=", caseKey)
      .where("id", "=", id)
      .executeTakeFirst();
    return row === undefined
      ? null
      : { value: JSON.parse(row.data), revision: 1, ordinal: row.ordinal };
  }
  const row = await db
    .selectFrom("entities")
    .select(["data", "revision", "ordinal"])
    .where("case_key", "=", caseKey)
    .where("kind", "=", kind)
    .where("id", "=", id)
    .executeTakeFirst();
  return row === undefined
    ? null
    : { value: JSON.parse(row.data), revision: row.revision, ordinal: row.ordinal };
}

/**
 * The table that holds records of a kind: events, relations and claims have their own; every
 * other kind is a row of `entities`, told apart by its `kind` column.
 */
function tableOf(kind: ItemKind): "events" | "relations" | "claims" | "entities" {
  return kind === "event"
    ? "events"
    : kind === "relation"
      ? "relations"
      : kind === "claim"
        ? "claims"
        : "entities";
}

async function insertParticipants(
  db: Kysely<Database>,
  caseKey: number,
  eventKey: number,
  e: Event,
): Promise<void> {
  if (e.participants.length === 0) return;
  await db
    .insertInto("participations")
    .values(
      e.participants.map((p, i) => ({
        case_key: caseKey,
        event_key: eventKey,
        ordinal: i,
        actor: p.actor,
        role: p.role,
      })),
    )
    .execute();
}

/** The integer key of an event, or null. */
async function eventKey(db: Kysely<Database>, caseKey: number, id: string): Promise<number | null> {
  const row = await db
    .selectFrom("events")
    .select("key")
    .where("case_key", "=", caseKey)
    .where("id", "=", id)
    .executeTakeFirst();
  return row === undefined ? null : Number(row.key);
}

/** Inserts one record (used outside the bulk path: merges, updates, undo). */
export async function insertRow<K extends ItemKind>(
  db: Kysely<Database>,
  caseKey: number,
  kind: K,
  value: ItemValues[K],
  ordinal: number,
  revision: number,
  recorded: string,
): Promise<void> {
  if (kind === "event") {
    const e = value as Event;
    const row = await db
      .insertInto("events")
      .values({ case_key: caseKey, id: e.id, ordinal, revision, ...eventColumns(e) })
      .returning("key")
      .executeTakeFirstOrThrow();
    await insertParticipants(db, caseKey, Number(row.key), e);
  } else if (kind === "relation") {
    const r = value as Relation;
    await db
      .insertInto("relations")
      .values({ case_key: caseKey, id: r.id, ordinal, revision, ...relationColumns(r) })
      .execute();
  } else if (kind === "claim") {
    const c = value as Claim;
    await db
      .insertInto("claims")
      .values({ case_key: caseKey, id: c.id, ordinal, recorded, ...claimColumns(c) })
      .execute();
  } else {
    const v = value as ItemValues[EntityKind];
    await db
      .insertInto("entities")
      .values({
        case_key: caseKey,
        kind,
        id: v.id,
        ordinal,
        revision,
        ...entityColumns(kind as EntityKind, v),
        data: JSON.stringify(v),
      })
      .execute();
  }
}

/**
 * Rewrites one record in place at a new revision and ordinal. With `expectedRevision`, only a
 * row still at that revision is touched; returns whether a row was written.
 */
export async function updateRow<K extends ItemKind>(
  db: Kysely<Database>,
  caseKey: number,
  kind: K,
  value: ItemValues[K],
  ordinal: number,
  revision: number,
  expectedRevision?: number,
): Promise<boolean> {
  const id = (value as { id: string }).id;
  let n: bigint;
  if (kind === "event") {
    const e = value as Event;
    let q = db
      .updateTable("events")
      .set({ ordinal, revision, ...eventColumns(e) })
      .where("case_key", "=", caseKey)
      .where("id", "=", id);
    if (expectedRevision !== undefined) q = q.where("revision", "=", expectedRevision);
    n = (await q.executeTakeFirst()).numUpdatedRows;
    const key = n > 0n ? await eventKey(db, caseKey, id) : null;
    if (key !== null) {
      await db.deleteFrom("participations").where("event_key", "=", key).execute();
      await insertParticipants(db, caseKey, key, e);
    }
  } else if (kind === "relation") {
    let q = db
      .updateTable("relations")
      .set({ ordinal, revision, ...relationColumns(value as Relation) })
      .where("case_key", "=", caseKey)
      .where("id", "=", id);
    if (expectedRevision !== undefined) q = q.where("revision", "=", expectedRevision);
    n = (await q.executeTakeFirst()).numUpdatedRows;
  } else if (kind === "claim") {
    n = (
      await db
        .updateTable("claims")
        .set({ ordinal, ...claimColumns(value as Claim) })
        .where("case_key", "=", caseKey)
        .where("id", "=", id)
        .executeTakeFirst()
    ).numUpdatedRows;
  } else {
    const v = value as ItemValues[EntityKind];
    let q = db
      .updateTable("entities")
      .set({ ordinal, revision, ...entityColumns(kind as EntityKind, v), data: JSON.stringify(v) })
      .where("case_key", "=", caseKey)
      .where("kind", "=", kind)
      .where("id", "=", id);
    if (expectedRevision !== undefined) q = q.where("revision", "=", expectedRevision);
    n = (await q.executeTakeFirst()).numUpdatedRows;
  }
  return n > 0n;
}

/** Changes only a record's place in its list. */
export async function moveRow(
  db: Kysely<Database>,
  caseKey: number,
  kind: ItemKind,
  id: string,
  ordinal: number,
): Promise<void> {
  const table = tableOf(kind);
  await db
    .updateTable(table)
    .set({ ordinal })
    .where("case_key", "=", caseKey)
    .$if(table === "entities", (q) => q.where(sql.ref("kind"), "=", kind))
    .where("id", "=", id)
    .execute();
}

/** Deletes one record (an event with its participations). */
export async function deleteRow(
  db: Kysely<Database>,
  caseKey: number,
  kind: ItemKind,
  id: string,
): Promise<void> {
  if (kind === "event") {
    const key = await eventKey(db, caseKey, id);
    if (key !== null) await db.deleteFrom("participations").where("event_key", "=", key).execute();
  }
  const table = tableOf(kind);
  await db
    .deleteFrom(table)
    .where("case_key", "=", caseKey)
    .$if(table === "entities", (q) => q.where(sql.ref("kind"), "=", kind))
    .where("id", "=", id)
    .execute();
}

/** The ids of every record of one kind in a case. */
export async function rowIds(
  db: Kysely<Database>,
  caseKey: number,
  kind: ItemKind,
): Promise<string[]> {
  const table = tableOf(kind);
  const rows = await db
    .selectFrom(table)
    .select("id")
    .where("case_key", "=", caseKey)
    .$if(table === "entities", (q) => q.where(sql.ref("kind"), "=", kind))
    .execute();
  return rows.map((r) => r.id);
}

/** One past the highest ordinal of a kind in a case (0 when empty). */
export async function nextOrdinal(
  db: Kysely<Database>,
  caseKey: number,
  kind: ItemKind,
): Promise<number> {
  const table = tableOf(kind);
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.max<number | null>("ordinal").as("m"))
    .where("case_key", "=", caseKey)
    .$if(table === "entities", (q) => q.where(sql.ref("kind"), "=", kind))
    .executeTakeFirst();
  return row?.m === null || row?.m === undefined ? 0 : Number(row.m) + 1;
}

/** Appends one change to the history. */
export async function recordHistory(
  db: Kysely<Database>,
  entry: {
    caseKey: number;
    at: string;
    who: string;
    op: string;
    kind: string;
    id: string;
    before: unknown;
    after: unknown;
  },
): Promise<number> {
  const row = await db
    .insertInto("history")
    .values({
      case_key: entry.caseKey,
      at: entry.at,
      who: entry.who,
      op: entry.op,
      kind: entry.kind,
      entity_id: entry.id,
      before: entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === null ? null : JSON.stringify(entry.after),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return Number(row.id);
}
