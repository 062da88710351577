import { decideProposal } from "@parley/app";
import { proposalSchema, proposalStatuses, slugSchema } from "@parley/core";
import { z } from "zod";
import { listQuery, pageQuery } from "../query-schemas";
import { route } from "../route";

/** The review queue of proposals from extraction. */
export function proposalRoutes() {
  return [
    route({
      method: "get",
      path: "/api/cases/{case}/proposals",
      tag: "extraction",
      summary: "The review queue of a case, oldest first",
      params: z.object({ case: slugSchema }),
      query: pageQuery.extend({
        status: listQuery(z.enum(proposalStatuses)).optional(),
        kind: z.string().min(1).optional(),
      }),
      response: z.object({
        items: z.array(proposalSchema),
        total: z.number().int(),
        limit: z.number().int(),
        offset: z.number().int(),
      }),
      async handle({ params, query }, { store, views }) {
        await views.case(params.case);
        const all = await store.listProposals({
          caseId: params.case,
          ...(query.status !== undefined ? { status: query.status } : {}),
          ...(query.kind !== undefined ? { kind: query.kind } : {}),
        });
        return {
          items: all.slice(query.offset, query.offset + query.limit),
          total: all.length,
          limit: query.limit,
          offset: query.offset,
        };
      },
    }),
    route({
      method: "post",
      path: "/api/cases/{case}/proposals/{id}",
      tag: "extraction",
      summary:
        "Decides a pending proposal: accept, reject, or edit (with the corrected payload). Accepted and edited proposals add their records and claims to the case (a repeat only corroborates). A decided one gets 409 conflict",
      params: z.object({ case: slugSchema, id: z.string().uuid() }),
      body: z.discriminatedUnion("decision", [
        z.object({ decision: z.literal("accept") }).strict(),
        z.object({ decision: z.literal("reject") }).strict(),
        z
          .object({
            decision: z.literal("edit"),
            payload: z.unknown().refine((v) => v !== undefined, "required"),
          })
          .strict(),
      ]),
      response: z.object({
        proposal: proposalSchema,
        added: z.object({
          actors: z.array(z.string()),
          events: z.array(z.string()),
          relations: z.array(z.string()),
          claims: z.array(z.string()),
        }),
        corroborated: z.array(z.string()),
      }),
      async handle({ params, body }, { store, views, who }) {
        // One transaction: the records go in and the proposal is decided, or neither happens.
        const report = await decideProposal(store, params.case, params.id, body, { who });
        views.invalidate(params.case);
        return report;
      },
    }),
  ];
}
