import { ParleyError, proposalSchema, proposalStatuses, slugSchema } from "@parley/core";
import { acceptedRecords } from "@parley/extract";
import { z } from "zod";
import { changeCase } from "../case-writes";
import { listQuery, pageQuery } from "../query-schemas";
import { route } from "../route";

const decisions = { accept: "accepted", reject: "rejected", edit: "edited" } as const;

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
        const found = (await store.listProposals({ caseId: params.case })).find(
          (p) => p.id === params.id,
        );
        if (!found) {
          throw new ParleyError(
            "not_found",
            `decide proposal "${params.id}": case "${params.case}" has no such proposal`,
          );
        }
        if (found.status !== "pending") {
          throw new ParleyError(
            "conflict",
            `decide proposal "${params.id}": it was already ${found.status} at ${found.decided}`,
          );
        }
        const added = {
          actors: [] as string[],
          events: [] as string[],
          relations: [] as string[],
          claims: [] as string[],
        };
        let corroborated: string[] = [];
        // The records go in first: a proposal whose records the case refuses stays pending.
        if (body.decision !== "reject") {
          const payload = body.decision === "edit" ? body.payload : found.payload;
          await changeCase(
            store,
            views,
            params.case,
            `accept proposal "${params.id}"`,
            who,
            (c) => {
              const r = acceptedRecords({ kind: found.kind, payload, evidence: found.evidence }, c);
              added.actors = r.actors.map((x) => x.id);
              added.events = r.events.map((x) => x.id);
              added.relations = r.relations.map((x) => x.id);
              added.claims = r.claims.map((x) => x.id);
              corroborated = r.corroborated;
              return {
                ...c,
                actors: [...c.actors, ...r.actors],
                events: [...c.events, ...r.events],
                relations: [...c.relations, ...r.relations],
                claims: [...c.claims, ...r.claims],
              };
            },
            () => undefined,
          );
        }
        const decided = await store.decideProposal(
          params.id,
          decisions[body.decision],
          body.decision === "edit" ? body.payload : undefined,
        );
        return { proposal: decided, added, corroborated };
      },
    }),
  ];
}
