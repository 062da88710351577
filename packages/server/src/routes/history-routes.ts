import { ParleyError, slugSchema } from "@parley/core";
import { type HistoryEntry, type ItemKind, itemKinds, type Store } from "@parley/store";
import { z } from "zod";
import type { CaseViews } from "../case-views";
import { intQuery, pageQuery } from "../query-schemas";
import { route } from "../route";

const entrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  who: z.string(),
  op: z.string().describe("insert, update, delete, replace, import or undo"),
  kind: z.string(),
  entity: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});

function entryOut(h: HistoryEntry) {
  return {
    id: h.id,
    at: h.at,
    who: h.who,
    op: h.op,
    kind: h.kind,
    entity: h.entityId,
    before: h.before,
    after: h.after,
  };
}

/** Finds a change of a case, newest first, stopping once past it (recent changes are found at once). */
async function findEntry(
  store: Store,
  caseId: string,
  id: number,
): Promise<HistoryEntry | undefined> {
  const page = 200;
  for (let offset = 0; ; offset += page) {
    const entries = await store.listHistory(caseId, { limit: page, offset });
    const hit = entries.find((e) => e.id === id);
    if (hit) return hit;
    const last = entries[entries.length - 1];
    if (entries.length < page || (last !== undefined && last.id < id)) return undefined;
  }
}

/** After an undo: the record is put in the kept case as the store now holds it. */
async function applyUndo(
  views: CaseViews,
  store: Store,
  caseId: string,
  h: HistoryEntry,
): Promise<void> {
  const kind = h.kind as ItemKind;
  if (!(itemKinds as readonly string[]).includes(h.kind)) {
    views.invalidate(caseId);
    return;
  }
  if (h.after === null) {
    await views.patch(caseId, [{ kind, id: h.entityId, change: null }]);
  } else if (kind === "claim") {
    await views.patch(caseId, [
      { kind, id: h.entityId, change: { value: h.after as { id: string }, revision: 1 } },
    ]);
  } else {
    const now = await store.getEntity(caseId, kind, h.entityId);
    await views.patch(caseId, [
      {
        kind,
        id: h.entityId,
        change: { value: now.value as { id: string }, revision: now.revision },
      },
    ]);
  }
}

/** The history of a case's changes and undoing one. */
export function historyRoutes() {
  return [
    route({
      method: "get",
      path: "/api/cases/{case}/history",
      tag: "history",
      summary: "The changes to a case, newest first: who, when, what, before and after",
      params: z.object({ case: slugSchema }),
      query: pageQuery.extend({
        kind: z.enum(["case", ...itemKinds]).optional(),
        entity: z.string().min(1).optional(),
      }),
      response: z.object({
        items: z.array(entrySchema),
        total: z.number().int(),
        limit: z.number().int(),
        offset: z.number().int(),
      }),
      async handle({ params, query }, { store }) {
        const filter = {
          ...(query.kind !== undefined ? { kind: query.kind } : {}),
          ...(query.entity !== undefined ? { id: query.entity } : {}),
        };
        const [items, total] = await Promise.all([
          store.listHistory(params.case, { ...filter, limit: query.limit, offset: query.offset }),
          store.countHistory(params.case, filter),
        ]);
        return { items: items.map(entryOut), total, limit: query.limit, offset: query.offset };
      },
    }),
    route({
      method: "post",
      path: "/api/cases/{case}/history/{id}/undo",
      tag: "history",
      summary:
        "Undoes one change if the record is still as that change left it (else 409 conflict); the undo is itself recorded",
      params: z.object({ case: slugSchema, id: intQuery(1, Number.MAX_SAFE_INTEGER) }),
      response: entrySchema,
      async handle({ params }, { store, views, who }) {
        const entry = await findEntry(store, params.case, params.id);
        if (!entry) {
          throw new ParleyError(
            "not_found",
            `undo change ${params.id}: case "${params.case}" has no change with that id`,
          );
        }
        const undone = await store.undo(params.id, { who });
        await applyUndo(views, store, params.case, undone);
        return entryOut(undone);
      },
    }),
  ];
}
