import { type CaseProblem, type Claim, ParleyError, type Source } from "@parley/core";
import type { EntityKind, ItemValues, Revisioned, Store } from "@parley/store";
import { checkRecords, fieldOf, type Records } from "./record-checks";

const token = (t: string | number) => String(t).replaceAll("~", "~0").replaceAll("/", "~1");
const rest = (p: CaseProblem) =>
  p.path
    .slice(2)
    .map((t) => `/${token(t)}`)
    .join("");

/**
 * Adds a record to a case in one transaction: an entity at revision 1 with the claims that hold
 * it, or one claim (append-only). An id in use is `conflict`; a reference to an actor, process,
 * issue, source, claim or subject the case lacks is `invalid_input` at its pointer in the input
 * (`/value/...` and `/claims/<i>/...`; a claim's own fields at `/...`).
 */
export async function createRecord<K extends EntityKind | "claim">(
  store: Store,
  caseId: string,
  kind: K,
  value: K extends EntityKind ? ItemValues[K] : Claim,
  options: { who?: string; claims?: readonly Claim[] } = {},
): Promise<Revisioned<unknown>> {
  const who = options.who ?? "api";
  const id = (value as { id: string }).id;
  const operation = `add ${kind} "${id}"`;
  return store.transaction(async (tx) => {
    if (kind === "claim") {
      if ((await tx.claims(caseId, { ids: [id] })).length > 0) {
        throw new ParleyError(
          "conflict",
          `${operation}: case "${caseId}" already has a claim with that id`,
          { location: { pointer: "/id" } },
        );
      }
      await checkRecords(tx, caseId, operation, { claims: [value as Claim] }, { pointer: rest });
      await tx.appendClaims(caseId, [value as Claim], { who });
      return { value, revision: 1 };
    }
    const claims = [...(options.claims ?? [])];
    const field = fieldOf(kind as EntityKind);
    await assertFree(tx, caseId, kind as EntityKind, id, operation);
    await checkRecords(tx, caseId, operation, { [field]: [value], claims } as Records, {
      pointer: (p) =>
        p.path[0] === "claims" ? `/claims/${p.path[1]}${rest(p)}` : `/value${rest(p)}`,
    });
    return tx.createEntity(caseId, kind as EntityKind, value as ItemValues[EntityKind], {
      who,
      claims,
    });
  });
}

async function assertFree(
  tx: Store,
  caseId: string,
  kind: EntityKind,
  id: string,
  operation: string,
): Promise<void> {
  try {
    await tx.getEntity(caseId, kind, id);
  } catch (e) {
    if (e instanceof ParleyError && e.code === "not_found") return;
    throw e;
  }
  throw new ParleyError(
    "conflict",
    `${operation}: case "${caseId}" already has a ${kind} with that id`,
    {
      location: { pointer: "/value/id" },
    },
  );
}

/** The claims about a record: for an event, also those about its participations. */
function claimsAbout(tx: Store, caseId: string, id: string): Promise<Claim[]> {
  return tx.claims(caseId, { about: id });
}

/**
 * Replaces an entity still at `revision` (else `stale_revision`), in one transaction, with
 * `claims` appended in the same transaction (those that hold what the change adds, such as a new
 * participant). Its references are checked (`invalid_input` at `/value/...` and
 * `/claims/<i>/...`), and so are the claims about it: an event that drops a participant some
 * claim is about is `conflict`. Ids cannot change.
 */
export async function updateRecord<K extends EntityKind>(
  store: Store,
  caseId: string,
  kind: K,
  id: string,
  value: ItemValues[K],
  revision: number,
  options: { who?: string; claims?: readonly Claim[] } = {},
): Promise<Revisioned<ItemValues[K]>> {
  const operation = `update ${kind} "${id}"`;
  const claims = [...(options.claims ?? [])];
  const valueId = (value as { id: string }).id;
  if (valueId !== id) {
    throw new ParleyError(
      "invalid_input",
      `${operation}: the value's id "${valueId}" differs from "${id}"; ids cannot change`,
      { location: { pointer: "/value/id" } },
    );
  }
  return store.transaction(async (tx) => {
    const stored = await tx.getEntity(caseId, kind, id);
    if (stored.revision !== revision) {
      throw new ParleyError(
        "stale_revision",
        `${operation}: expected revision ${revision} but the store holds revision ${stored.revision}; reload and retry`,
        { location: { pointer: "/revision" } },
      );
    }
    await checkRecords(tx, caseId, operation, { [fieldOf(kind)]: [value], claims } as Records, {
      replaced: [`${kind}:${id}`],
      related: { claims: await claimsAbout(tx, caseId, id) },
      before: { [fieldOf(kind)]: [stored.value] } as Records,
      pointer: (p) =>
        p.path[0] === "claims" ? `/claims/${p.path[1]}${rest(p)}` : `/value${rest(p)}`,
    });
    const who = options.who ?? "api";
    const updated = await tx.updateEntity(caseId, kind, id, value, revision, { who });
    if (claims.length > 0) await tx.appendClaims(caseId, claims, { who });
    return updated;
  });
}

/**
 * Removes an entity still at `revision` (else `stale_revision`) that nothing refers to, in one
 * transaction: a record that names it (an event's participant, a tie's end, a position's
 * actor or issue, a claim's subject, asserter or source, ...) makes it `conflict`.
 */
export async function deleteRecord(
  store: Store,
  caseId: string,
  kind: EntityKind,
  id: string,
  revision: number,
  options: { who?: string } = {},
): Promise<void> {
  const operation = `delete ${kind} "${id}"`;
  await store.transaction(async (tx) => {
    const stored = await tx.getEntity(caseId, kind, id);
    if (stored.revision !== revision) {
      throw new ParleyError(
        "stale_revision",
        `${operation}: expected revision ${revision} but the store holds revision ${stored.revision}; reload and retry`,
        { location: { pointer: "revision" } },
      );
    }
    const related: Records = {};
    for (const r of await tx.recordsNaming(caseId, id)) {
      if (r.kind === kind && r.value.id === id) continue;
      const field = fieldOf(r.kind);
      const list = (related[field] ?? []) as unknown[];
      list.push(r.value);
      related[field] = list as never;
    }
    await checkRecords(tx, caseId, operation, {}, { replaced: [`${kind}:${id}`], related });
    await tx.deleteEntity(caseId, kind, id, revision, { who: options.who ?? "api" });
  });
}

/**
 * Adds sources (from CSL-JSON) to a case in one transaction; those whose id the case has are
 * left as they are. Returns the added and the existing.
 */
export async function addSources(
  store: Store,
  caseId: string,
  sources: readonly Source[],
  options: { who?: string } = {},
): Promise<{ added: Source[]; existing: string[] }> {
  return store.transaction(async (tx) => {
    const have = new Set((await tx.entities(caseId, "source")).map((s) => s.id));
    const added: Source[] = [];
    const existing: string[] = [];
    for (const s of sources) {
      if (have.has(s.id)) {
        existing.push(s.id);
        continue;
      }
      have.add(s.id);
      await tx.createEntity(caseId, "source", s, { who: options.who ?? "api" });
      added.push(s);
    }
    return { added, existing };
  });
}
