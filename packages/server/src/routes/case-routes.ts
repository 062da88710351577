import { caseSchema } from "@parley/core";
import { z } from "zod";
import { caseFilterOf, caseParams, filterQuery, pageQuery } from "../query-schemas";
import { route } from "../route";

const caseSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string().optional(),
  revision: z.number().int(),
  updated: z.string(),
  counts: z.object({
    actors: z.number().int(),
    processes: z.number().int(),
    events: z.number().int(),
    relations: z.number().int(),
    claims: z.number().int(),
    judgments: z.number().int(),
    sources: z.number().int(),
  }),
});

/** The case routes: the list of cases and one case whole. */
export function caseRoutes() {
  return [
    route({
      method: "get",
      path: "/api/cases",
      tag: "cases",
      summary: "The cases in the store with their sizes",
      query: pageQuery,
      response: z.object({
        items: z.array(caseSummarySchema),
        total: z.number().int(),
        limit: z.number().int(),
        offset: z.number().int(),
      }),
      async handle({ query }, { store, views }) {
        const all = await store.listCases();
        const page = all.slice(query.offset, query.offset + query.limit);
        const items = await Promise.all(
          page.map(async (s) => {
            const c = await views.case(s.id);
            return {
              id: s.id,
              title: s.title,
              ...(c.summary !== undefined ? { summary: c.summary } : {}),
              revision: s.revision,
              updated: s.updated,
              counts: {
                actors: c.actors.length,
                processes: c.processes.length,
                events: c.events.length,
                relations: c.relations.length,
                claims: c.claims.length,
                judgments: c.judgments.length,
                sources: c.sources.length,
              },
            };
          }),
        );
        return { items, total: all.length, limit: query.limit, offset: query.offset };
      },
    }),
    route({
      method: "get",
      path: "/api/cases/{case}",
      tag: "cases",
      summary:
        "The whole case as the filter sees it, with the revision of every entity (`<kind>:<id>`) for editing",
      params: caseParams,
      query: filterQuery,
      response: caseSchema.extend({ revisions: z.record(z.string(), z.number().int()) }),
      async handle({ params, query }, { views }) {
        const c = await views.filtered(params.case, caseFilterOf(query));
        const revisions = await views.revisions(params.case);
        return { ...c, revisions: Object.fromEntries(revisions) };
      },
    }),
  ];
}
