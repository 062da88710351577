import { ParleyError } from "@parley/core";
import type { Kysely, Selectable } from "kysely";
import {
  type EntityKind,
  entityKinds,
  type ItemKind,
  type ItemValues,
  itemKinds,
  itemSchemas,
} from "./case-items";
import { bumpCaseVersion } from "./case-version";
import type { Database, HistoryTable } from "./database";
import {
  deleteRow,
  insertRow,
  loadRow,
  nextOrdinal,
  recordHistory,
  updateRow,
} from "./entity-rows";
import { caseKeyOf } from "./export-case";
import { inTransaction } from "./in-transaction";
import { stableJson } from "./stable-json";
import type { HistoryEntry, HistoryFilter, Revisioned } from "./store";
import { notFound } from "./store-errors";

function checkEntityKind(kind: string, operation: string): asserts kind is EntityKind {
  if (!(entityKinds as readonly string[]).includes(kind)) {
    throw new ParleyError(
      "invalid_input",
      `${operation}: "${kind}" is not an editable kind; expected one of ${entityKinds.join(", ")} (claims are append-only)`,
    );
  }
}

/** One entity with its revision, or `not_found`. */
export async function getEntity<K extends EntityKind>(
  db: Kysely<Database>,
  caseId: string,
  kind: K,
  id: string,
): Promise<Revisioned<ItemValues[K]>> {
  const op = `get ${kind} "${id}"`;
  checkEntityKind(kind, op);
  const key = await caseKeyOf(db, caseId, op);
  const row = await loadRow(db, key, kind, id);
  if (row === null) throw notFound(op, `${kind} "${id}" in case "${caseId}"`);
  return { value: row.value, revision: row.revision };
}

/**
 * Replaces an entity when the caller's revision is still current (optimistic concurrency):
 * a stale revision is refused with `stale_revision`, so two writers cannot overwrite each other.
 */
export async function updateEntity<K extends EntityKind>(
  db: Kysely<Database>,
  caseId: string,
  kind: K,
  id: string,
  value: ItemValues[K],
  expectedRevision: number,
  who: string,
): Promise<Revisioned<ItemValues[K]>> {
  const op = `update ${kind} "${id}"`;
  checkEntityKind(kind, op);
  const parsed = itemSchemas[kind].safeParse(value);
  if (!parsed.success) {
    throw new ParleyError("invalid_input", `${op}: the new value is invalid`, {
      problems: parsed.error.issues.map((i) => ({
        pointer: i.path.map((p) => `/${String(p)}`).join(""),
        message: i.message,
      })),
    });
  }
  const next = parsed.data as ItemValues[K];
  if ((next as { id: string }).id !== id) {
    throw new ParleyError(
      "invalid_input",
      `${op}: the value's id "${(next as { id: string }).id}" differs from "${id}"; ids cannot change`,
    );
  }
  return inTransaction(db, async (trx) => {
    const key = await caseKeyOf(trx, caseId, op);
    const current = await loadRow(trx, key, kind, id);
    if (current === null) throw notFound(op, `${kind} "${id}" in case "${caseId}"`);
    const stale = () =>
      new ParleyError(
        "stale_revision",
        `${op}: expected revision ${expectedRevision} but the store holds revision ${current.revision}; reload and retry`,
      );
    if (current.revision !== expectedRevision) throw stale();
    const written = await updateRow(
      trx,
      key,
      kind,
      next,
      current.ordinal,
      current.revision + 1,
      expectedRevision,
    );
    if (!written) throw stale();
    await bumpCaseVersion(trx, key);
    await recordHistory(trx, {
      caseKey: key,
      at: new Date().toISOString(),
      who,
      op: "update",
      kind,
      id,
      before: current.value,
      after: next,
    });
    return { value: next, revision: current.revision + 1 };
  });
}

/** A row of the history as read back, without its case. */
type HistoryRow = Omit<Selectable<HistoryTable>, "case_key">;

function entry(caseId: string, r: HistoryRow): HistoryEntry {
  return {
    id: Number(r.id),
    caseId,
    at: r.at,
    who: r.who,
    op: r.op,
    kind: r.kind,
    entityId: r.entity_id,
    before: r.before === null ? null : JSON.parse(r.before),
    after: r.after === null ? null : JSON.parse(r.after),
  };
}

/** A case's history, newest first. */
export async function listHistory(
  db: Kysely<Database>,
  caseId: string,
  f: HistoryFilter,
): Promise<HistoryEntry[]> {
  const key = await caseKeyOf(db, caseId, "list history");
  let q = db
    .selectFrom("history")
    .select(["id", "at", "who", "op", "kind", "entity_id", "before", "after"])
    .where("case_key", "=", key)
    .orderBy("id", "desc");
  if (f.kind !== undefined) q = q.where("kind", "=", f.kind);
  if (f.id !== undefined) q = q.where("entity_id", "=", f.id);
  if (f.limit !== undefined) q = q.limit(f.limit);
  if (f.offset !== undefined)
    q = q.offset(f.offset).$if(f.limit === undefined, (x) => x.limit(2 ** 31 - 1));
  return (await q.execute()).map((r) => entry(caseId, r));
}

/**
 * Reverts one change: the record is put back as it was before (deleted if it did not exist),
 * provided it is still as the change left it (else `conflict`). The undo is itself recorded.
 */
export async function undo(
  db: Kysely<Database>,
  historyId: number,
  who: string,
): Promise<HistoryEntry> {
  const op = `undo change ${historyId}`;
  return inTransaction(db, async (trx) => {
    const h = await trx
      .selectFrom("history")
      .innerJoin("cases", "cases.key", "history.case_key")
      .select([
        "history.id",
        "history.case_key",
        "cases.id as case_id",
        "history.at",
        "history.who",
        "history.op",
        "history.kind",
        "history.entity_id",
        "history.before",
        "history.after",
      ])
      .where("history.id", "=", historyId)
      .executeTakeFirst();
    if (h === undefined) throw notFound(op, `change ${historyId}`);
    const key = Number(h.case_key);
    const before = h.before === null ? null : JSON.parse(h.before);
    const after = h.after === null ? null : JSON.parse(h.after);
    const now = new Date().toISOString();
    if (h.kind === "case") {
      if (h.op === "import") {
        throw new ParleyError(
          "unsupported",
          `${op}: an import of a whole case cannot be undone; delete the case instead`,
        );
      }
      const current = await trx
        .selectFrom("cases")
        .select(["data", "revision"])
        .where("key", "=", key)
        .executeTakeFirstOrThrow();
      if (stableJson(JSON.parse(current.data)) !== stableJson(after)) {
        throw new ParleyError(
          "conflict",
          `${op}: case "${h.case_id}" has changed since; nothing was undone`,
        );
      }
      await trx
        .updateTable("cases")
        .set({
          data: JSON.stringify(before),
          title: before.title,
          revision: current.revision + 1,
          updated: now,
        })
        .where("key", "=", key)
        .execute();
    } else {
      if (!(itemKinds as readonly string[]).includes(h.kind))
        throw new ParleyError("unsupported", `${op}: unknown kind "${h.kind}"`);
      const kind = h.kind as ItemKind;
      const current = await loadRow(trx, key, kind, h.entity_id);
      const now_ = current === null ? null : stableJson(current.value);
      if (now_ !== (after === null ? null : stableJson(after))) {
        throw new ParleyError(
          "conflict",
          `${op}: ${kind} "${h.entity_id}" has changed since; nothing was undone`,
        );
      }
      if (before === null) await deleteRow(trx, key, kind, h.entity_id);
      else if (current === null)
        await insertRow(trx, key, kind, before, await nextOrdinal(trx, key, kind), 1, now);
      else await updateRow(trx, key, kind, before, current.ordinal, current.revision + 1);
    }
    await bumpCaseVersion(trx, key);
    const id = await recordHistory(trx, {
      caseKey: key,
      at: now,
      who,
      op: "undo",
      kind: h.kind,
      id: h.entity_id,
      before: after,
      after: before,
    });
    return entry(h.case_id, {
      id,
      at: now,
      who,
      op: "undo",
      kind: h.kind,
      entity_id: h.entity_id,
      before: after === null ? null : JSON.stringify(after),
      after: before === null ? null : JSON.stringify(before),
    });
  });
}
