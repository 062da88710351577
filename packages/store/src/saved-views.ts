import { ParleyError, slugOf } from "@parley/core";
import type { Kysely } from "kysely";
import type { Database } from "./database";
import { caseKeyOf } from "./export-case";
import { inTransaction } from "./in-transaction";
import type { SavedView, SavedViewFilter, SavedViewInput } from "./store";
import { notFound, storeError } from "./store-errors";

interface ViewRow {
  id: string;
  case_id: string;
  title: string;
  steps: string;
  created: string;
  updated: string;
  revision: number;
}

function viewOf(r: ViewRow): SavedView {
  return {
    id: r.id,
    caseId: r.case_id,
    title: r.title,
    steps: JSON.parse(r.steps),
    created: r.created,
    updated: r.updated,
    revision: Number(r.revision),
  };
}

function viewQuery(db: Kysely<Database>) {
  return db
    .selectFrom("views")
    .innerJoin("cases", "cases.key", "views.case_key")
    .select([
      "views.id",
      "cases.id as case_id",
      "views.title",
      "views.steps",
      "views.created",
      "views.updated",
      "views.revision",
    ]);
}

/** A view id from a title: lower-case words joined by hyphens (`view` when none are left). */
function viewIdOf(title: string): string {
  return slugOf(title, 60) || "view";
}

/** Saved views by title (then id), of one case or of every case. */
export async function listViews(db: Kysely<Database>, f: SavedViewFilter): Promise<SavedView[]> {
  let q = viewQuery(db).orderBy("views.title").orderBy("views.id");
  if (f.caseId !== undefined) q = q.where("cases.id", "=", f.caseId);
  return (await q.execute()).map(viewOf);
}

/** One saved view, or `not_found`. */
export async function getView(db: Kysely<Database>, id: string): Promise<SavedView> {
  const row = await viewQuery(db).where("views.id", "=", id).executeTakeFirst();
  if (row === undefined) throw notFound(`get view "${id}"`, `view "${id}"`);
  return viewOf(row);
}

/**
 * Saves a new view at revision 1. Without an id it takes one from the title (`moscow-story`,
 * then `moscow-story-2`, ... when taken); a given id in use is `conflict`.
 */
export async function createView(db: Kysely<Database>, input: SavedViewInput): Promise<SavedView> {
  const op = `create view "${input.id ?? input.title}"`;
  try {
    return await inTransaction(db, async (trx) => {
      const key = await caseKeyOf(trx, input.caseId, op);
      let id = input.id;
      if (id === undefined) {
        const base = viewIdOf(input.title);
        const taken = new Set(
          (
            await trx
              .selectFrom("views")
              .select("id")
              .where((eb) => eb.or([eb("id", "=", base), eb("id", "like", `${base}-%`)]))
              .execute()
          ).map((r) => r.id),
        );
        id = base;
        for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      } else {
        const exists = await trx
          .selectFrom("views")
          .select("id")
          .where("id", "=", id)
          .executeTakeFirst();
        if (exists !== undefined) {
          throw new ParleyError("conflict", `${op}: a view with that id exists`, {
            location: { pointer: "/id" },
          });
        }
      }
      const now = new Date().toISOString();
      await trx
        .insertInto("views")
        .values({
          id,
          case_key: key,
          title: input.title,
          steps: JSON.stringify(input.steps),
          created: now,
          updated: now,
          revision: 1,
        })
        .execute();
      return {
        id,
        caseId: input.caseId,
        title: input.title,
        steps: input.steps,
        created: now,
        updated: now,
        revision: 1,
      };
    });
  } catch (e) {
    throw storeError(e, op);
  }
}

function staleView(op: string, expected: number, held: number): ParleyError {
  return new ParleyError(
    "stale_revision",
    `${op}: expected revision ${expected} but the store holds revision ${held}; reload and retry`,
    { location: { pointer: "/revision" } },
  );
}

/** Replaces a view's title and steps if it is still at `expectedRevision` (else `stale_revision`). */
export async function updateView(
  db: Kysely<Database>,
  id: string,
  change: { title: string; steps: unknown[] },
  expectedRevision: number,
): Promise<SavedView> {
  const op = `update view "${id}"`;
  return inTransaction(db, async (trx) => {
    const current = await viewQuery(trx).where("views.id", "=", id).executeTakeFirst();
    if (current === undefined) throw notFound(op, `view "${id}"`);
    if (Number(current.revision) !== expectedRevision)
      throw staleView(op, expectedRevision, Number(current.revision));
    const now = new Date().toISOString();
    const r = await trx
      .updateTable("views")
      .set({
        title: change.title,
        steps: JSON.stringify(change.steps),
        updated: now,
        revision: expectedRevision + 1,
      })
      .where("id", "=", id)
      .where("revision", "=", expectedRevision)
      .executeTakeFirst();
    if (r.numUpdatedRows === 0n) throw staleView(op, expectedRevision, expectedRevision + 1);
    return {
      ...viewOf(current),
      title: change.title,
      steps: change.steps,
      updated: now,
      revision: expectedRevision + 1,
    };
  });
}

/** Removes a view if it is still at `expectedRevision` (else `stale_revision`). */
export async function deleteView(
  db: Kysely<Database>,
  id: string,
  expectedRevision: number,
): Promise<void> {
  const op = `delete view "${id}"`;
  await inTransaction(db, async (trx) => {
    const current = await trx
      .selectFrom("views")
      .select("revision")
      .where("id", "=", id)
      .executeTakeFirst();
    if (current === undefined) throw notFound(op, `view "${id}"`);
    if (Number(current.revision) !== expectedRevision)
      throw staleView(op, expectedRevision, Number(current.revision));
    await trx.deleteFrom("views").where("id", "=", id).execute();
  });
}
