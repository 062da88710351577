import { type Claim, ParleyError, type Problem, parseSubject } from "@parley/core";
import { type Kysely, sql } from "kysely";
import {
  type EntityKind,
  entityKinds,
  type ItemKind,
  type ItemValues,
  itemSchemas,
} from "./case-items";
import { bumpCaseVersion } from "./case-version";
import type { Database } from "./database";
import { deleteRow, insertRow, loadRow, nextOrdinal, recordHistory } from "./entity-rows";
import { caseKeyOf } from "./export-case";
import { inTransaction } from "./in-transaction";
import { stableJson } from "./stable-json";
import type { HistoryFilter, Revisioned } from "./store";
import { notFound } from "./store-errors";

function editableKind(kind: string, operation: string): asserts kind is EntityKind {
  if (!(entityKinds as readonly string[]).includes(kind)) {
    throw new ParleyError(
      "invalid_input",
      `${operation}: "${kind}" is not an editable kind; expected one of ${entityKinds.join(", ")} (claims are append-only)`,
    );
  }
}

/** Parses a value with its kind's schema, or throws `invalid_input` with pointers under `base`. */
function parsed<K extends ItemKind>(kind: K, value: unknown, operation: string, base: string) {
  const r = itemSchemas[kind].safeParse(value);
  if (r.success) return r.data as ItemValues[K];
  const problems: Problem[] = r.error.issues.map((i) => ({
    pointer: `${base}${i.path.map((p) => `/${String(p)}`).join("")}`,
    message: i.message,
  }));
  throw new ParleyError("invalid_input", `${operation}: the ${kind} at "${base}" is invalid`, {
    problems,
    location: { pointer: problems[0]?.pointer ?? base },
  });
}

/** Whether the record a claim is about exists (a participation: its event lists that actor in that role). */
async function subjectExists(db: Kysely<Database>, caseKey: number, subject: string) {
  const { kind, id } = parseSubject(subject);
  if (kind === "participation") {
    const [event, actor, role] = id.split("/");
    if (event === undefined || actor === undefined || role === undefined) return false;
    const row = await db
      .selectFrom("participations")
      .innerJoin("events", "events.key", "participations.event_key")
      .select("participations.ordinal")
      .where("events.case_key", "=", caseKey)
      .where("events.id", "=", event)
      .where("participations.actor", "=", actor)
      .where("participations.role", "=", role)
      .executeTakeFirst();
    return row !== undefined;
  }
  if (!(entityKinds as readonly string[]).includes(kind)) return false;
  return (await loadRow(db, caseKey, kind as EntityKind, id)) !== null;
}

/**
 * Appends claims inside a transaction: a claim already stored with the same content is left as
 * it is, one stored with other content is a `conflict` (claims are append-only), and a claim
 * about a record the case lacks is `invalid_input`. Returns the ids actually added.
 */
async function appendClaimRows(
  trx: Kysely<Database>,
  caseKey: number,
  caseId: string,
  input: readonly unknown[],
  who: string,
  now: string,
  operation: string,
  base: string,
): Promise<string[]> {
  const claims = input.map((c, i) => parsed("claim", c, operation, `${base}/${i}`));
  const added: string[] = [];
  let ordinal = await nextOrdinal(trx, caseKey, "claim");
  const seen = new Set<string>();
  for (const [i, claim] of claims.entries()) {
    const pointer = `${base}/${i}`;
    if (seen.has(claim.id)) {
      throw new ParleyError("conflict", `${operation}: claim "${claim.id}" is given twice`, {
        location: { pointer: `${pointer}/id` },
      });
    }
    seen.add(claim.id);
    const current = await loadRow(trx, caseKey, "claim", claim.id);
    if (current !== null) {
      if (stableJson(current.value) === stableJson(claim)) continue;
      throw new ParleyError(
        "conflict",
        `${operation}: claim "${claim.id}" is already recorded in case "${caseId}" with different content; claims are append-only`,
        { location: { pointer: `${pointer}/id` } },
      );
    }
    if (!(await subjectExists(trx, caseKey, claim.subject))) {
      throw new ParleyError(
        "invalid_input",
        `${operation}: claim "${claim.id}" is about "${claim.subject}", which case "${caseId}" does not have`,
        { location: { pointer: `${pointer}/subject` } },
      );
    }
    await insertRow(trx, caseKey, "claim", claim, ordinal++, 1, now);
    await recordHistory(trx, {
      caseKey,
      at: now,
      who,
      op: "insert",
      kind: "claim",
      id: claim.id,
      before: null,
      after: claim,
    });
    added.push(claim.id);
  }
  return added;
}

/**
 * Adds one entity at revision 1 (after the last of its kind), with claims about it, in one
 * transaction recorded in the history. An id in use is `conflict`; nothing is written then.
 */
export async function createEntity<K extends EntityKind>(
  db: Kysely<Database>,
  caseId: string,
  kind: K,
  value: ItemValues[K],
  who: string,
  claims: readonly Claim[] = [],
): Promise<Revisioned<ItemValues[K]>> {
  const id = (value as { id?: unknown }).id;
  const op = `create ${kind} "${String(id)}"`;
  editableKind(kind, op);
  const next = parsed(kind, value, op, "/value");
  return inTransaction(db, async (trx) => {
    const key = await caseKeyOf(trx, caseId, op);
    const entityId = (next as { id: string }).id;
    if ((await loadRow(trx, key, kind, entityId)) !== null) {
      throw new ParleyError(
        "conflict",
        `${op}: case "${caseId}" already has a ${kind} with that id`,
        { location: { pointer: "/value/id" } },
      );
    }
    const now = new Date().toISOString();
    await insertRow(trx, key, kind, next, await nextOrdinal(trx, key, kind), 1, now);
    await recordHistory(trx, {
      caseKey: key,
      at: now,
      who,
      op: "insert",
      kind,
      id: entityId,
      before: null,
      after: next,
    });
    await appendClaimRows(trx, key, caseId, claims, who, now, op, "/claims");
    await bumpCaseVersion(trx, key);
    return { value: next, revision: 1 };
  });
}

/**
 * Removes one entity if it is still at `expectedRevision` (else `stale_revision`) and no claim
 * is about it or, for a source, cites it (else `conflict`: claims are never removed, so what
 * they are about or cite stays). The
 * removal is in the history, so `undo` puts the record back.
 */
export async function deleteEntity(
  db: Kysely<Database>,
  caseId: string,
  kind: EntityKind,
  id: string,
  expectedRevision: number,
  who: string,
): Promise<void> {
  const op = `delete ${kind} "${id}"`;
  editableKind(kind, op);
  await inTransaction(db, async (trx) => {
    const key = await caseKeyOf(trx, caseId, op);
    const current = await loadRow(trx, key, kind, id);
    if (current === null) throw notFound(op, `${kind} "${id}" in case "${caseId}"`);
    if (current.revision !== expectedRevision) {
      throw new ParleyError(
        "stale_revision",
        `${op}: expected revision ${expectedRevision} but the store holds revision ${current.revision}; reload and retry`,
        { location: { pointer: "revision" } },
      );
    }
    // A source is what claims cite as evidence; anything else is what claims are about.
    const claim = await trx
      .selectFrom("claims")
      .select("id")
      .where("case_key", "=", key)
      .where((eb) =>
        kind === "source"
          ? eb("source_id", "=", id)
          : eb.and([
              eb("about", "=", id),
              kind === "event"
                ? eb("subject_kind", "in", ["event", "participation"])
                : eb("subject_kind", "=", kind),
            ]),
      )
      .orderBy("ordinal")
      .executeTakeFirst();
    if (claim !== undefined) {
      throw new ParleyError(
        "conflict",
        `${op}: claim "${claim.id}" ${kind === "source" ? "cites" : "is about"} it; claims are never removed, so the ${kind} stays`,
      );
    }
    await deleteRow(trx, key, kind, id);
    await recordHistory(trx, {
      caseKey: key,
      at: new Date().toISOString(),
      who,
      op: "delete",
      kind,
      id,
      before: current.value,
      after: null,
    });
    await bumpCaseVersion(trx, key);
  });
}

/**
 * Appends claims to a case in one transaction (see `appendClaimRows`): returns the ids added;
 * claims already stored with the same content are left out.
 */
export async function appendClaims(
  db: Kysely<Database>,
  caseId: string,
  claims: readonly Claim[],
  who: string,
): Promise<string[]> {
  const op = `append claims to case "${caseId}"`;
  return inTransaction(db, async (trx) => {
    const key = await caseKeyOf(trx, caseId, op);
    const added = await appendClaimRows(
      trx,
      key,
      caseId,
      claims,
      who,
      new Date().toISOString(),
      op,
      "",
    );
    if (added.length > 0) await bumpCaseVersion(trx, key);
    return added;
  });
}

/** The revision of every entity of a case, keyed `<kind>:<id>`, read in one query. */
export async function revisions(
  db: Kysely<Database>,
  caseId: string,
): Promise<Map<string, number>> {
  const key = await caseKeyOf(db, caseId, "read revisions");
  const rows = (
    await sql<{ kind: string; id: string; revision: number }>`
      select kind, id, revision from entities where case_key = ${key}
      union all select 'event', id, revision from events where case_key = ${key}
      union all select 'relation', id, revision from relations where case_key = ${key}`.execute(db)
  ).rows;
  const out = new Map<string, number>();
  for (const r of rows) out.set(`${r.kind}:${r.id}`, Number(r.revision));
  return out;
}

/** How many history entries of a case pass the filter (paging ignored). */
export async function countHistory(
  db: Kysely<Database>,
  caseId: string,
  f: HistoryFilter,
): Promise<number> {
  const key = await caseKeyOf(db, caseId, "count history");
  let q = db
    .selectFrom("history")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("case_key", "=", key);
  if (f.kind !== undefined) q = q.where("kind", "=", f.kind);
  if (f.id !== undefined) q = q.where("entity_id", "=", f.id);
  return Number((await q.executeTakeFirstOrThrow()).n);
}
