import { ParleyError, slugSchema } from "@parley/core";
import type { SavedView } from "@parley/store";
import { z } from "zod";
import { intQuery, pageQuery } from "../query-schemas";
import { route } from "../route";

const isoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "an ISO date: 2018, 2018-02 or 2018-02-28");

/**
 * One step of a story: what the workbench shows (its address, and the page, filters, time window
 * and layout read from it) with a title and what to say.
 */
export const viewStepSchema = z
  .object({
    title: z.string().min(1).max(200),
    note: z.string().max(4000).optional(),
    /** The workbench address, `#/<page>/<id>?…`: opening it shows the step. */
    hash: z.string().max(4000).regex(/^#\//, "a workbench address starting with #/"),
    /** The page and record shown (`network`, `actor/russia`). */
    page: z.string().min(1).max(300).optional(),
    /** The case filters (asOf, minReliability, minCredibility, hedges, sources). */
    filters: z.record(z.string(), z.string().max(1000)).optional(),
    window: z.object({ from: isoDate.optional(), to: isoDate.optional() }).strict().optional(),
    /** The page's own choices (node size, colour, sort, ...). */
    layout: z.record(z.string(), z.string().max(1000)).optional(),
  })
  .strict();

const viewSchema = z.object({
  id: z.string(),
  case: z.string(),
  title: z.string(),
  steps: z.array(viewStepSchema),
  created: z.string(),
  updated: z.string(),
  revision: z.number().int(),
});

const viewParams = z.object({ id: slugSchema });
const title = z.string().trim().min(1).max(200);
const steps = z.array(viewStepSchema).max(200);

function viewOut(v: SavedView) {
  return {
    id: v.id,
    case: v.caseId,
    title: v.title,
    // The store keeps the steps this API validated on the way in.
    steps: v.steps as z.infer<typeof viewStepSchema>[],
    created: v.created,
    updated: v.updated,
    revision: v.revision,
  };
}

/** Saved views: titled stories of steps over a case, for presenting and sharing. */
export function viewRoutes() {
  return [
    route({
      method: "get",
      path: "/api/views",
      tag: "views",
      summary: "The saved views by title, of one case (`case`) or of every case",
      query: pageQuery.extend({ case: slugSchema.optional() }),
      response: z.object({
        items: z.array(viewSchema),
        total: z.number().int(),
        limit: z.number().int(),
        offset: z.number().int(),
      }),
      async handle({ query }, { store }) {
        const all = await store.listViews(query.case === undefined ? {} : { caseId: query.case });
        return {
          items: all.slice(query.offset, query.offset + query.limit).map(viewOut),
          total: all.length,
          limit: query.limit,
          offset: query.offset,
        };
      },
    }),
    route({
      method: "post",
      path: "/api/views",
      tag: "views",
      status: 201,
      summary:
        "Saves a view of a case at revision 1; without `id` one is made from the title. An id in use gets 409 conflict, an unknown case 404",
      body: z.object({ id: slugSchema.optional(), case: slugSchema, title, steps }).strict(),
      response: viewSchema,
      async handle({ body }, { store }) {
        const v = await store.createView({
          ...(body.id !== undefined ? { id: body.id } : {}),
          caseId: body.case,
          title: body.title,
          steps: body.steps,
        });
        return new Response(JSON.stringify(viewOut(v)), {
          status: 201,
          headers: { "Content-Type": "application/json" },
        });
      },
    }),
    route({
      method: "get",
      path: "/api/views/{id}",
      tag: "views",
      summary: "One saved view",
      params: viewParams,
      response: viewSchema,
      async handle({ params }, { store }) {
        return viewOut(await store.getView(params.id));
      },
    }),
    route({
      method: "put",
      path: "/api/views/{id}",
      tag: "views",
      summary:
        "Replaces a view's title and steps if it is still at `revision`; a stale revision gets 409 `stale_revision`",
      params: viewParams,
      body: z.object({ title, steps, revision: z.number().int().positive() }).strict(),
      response: viewSchema,
      async handle({ params, body }, { store }) {
        const v = await store.updateView(
          params.id,
          { title: body.title, steps: body.steps },
          body.revision,
        );
        return viewOut(v);
      },
    }),
    route({
      method: "delete",
      path: "/api/views/{id}",
      tag: "views",
      summary: "Removes a view still at `revision` (else 409 stale_revision)",
      params: viewParams,
      query: z.object({ revision: intQuery(1, Number.MAX_SAFE_INTEGER) }),
      response: z.object({ deleted: z.string() }),
      async handle({ params, query }, { store }) {
        const held = (await store.getView(params.id)).revision;
        if (held !== query.revision) {
          throw new ParleyError(
            "stale_revision",
            `delete view "${params.id}": expected revision ${query.revision} but the store holds revision ${held}; reload and retry`,
            { location: { pointer: "revision" } },
          );
        }
        await store.deleteView(params.id, query.revision);
        return { deleted: params.id };
      },
    }),
  ];
}
