import { claimsAbout, eventsByActor } from "@parley/analysis";
import { createRecord, deleteRecord, updateRecord } from "@parley/app";
import { type Claim, claimSchema, ParleyError, slugSchema } from "@parley/core";
import { type EntityKind, type ItemValues, itemSchemas } from "@parley/store";
import { z } from "zod";
import { type KindPath, kindPathNames, kindPaths } from "../entity-kinds";
import { listedItems, listingQueries } from "../listing-filters";
import { caseFilterOf, filterKey, filterQuery, intQuery, pageQuery } from "../query-schemas";
import { route } from "../route";

const itemParams = z.object({
  case: slugSchema,
  id: z.string().regex(/^[a-z0-9_/-]+$/, "a record id"),
});
const caseOnly = z.object({ case: slugSchema });

function listRoute(path: KindPath) {
  const kind = kindPaths[path];
  const extra = (listingQueries as Partial<Record<KindPath, z.ZodObject>>)[path];
  const query = pageQuery.extend(filterQuery.shape).extend(extra?.shape ?? {});
  return route({
    method: "get",
    path: `/api/cases/{case}/${path}`,
    tag: path,
    summary: `The ${path} of a case as the filter sees it, a page at a time`,
    params: caseOnly,
    query,
    response: z.object({
      items: z.array(itemSchemas[kind]),
      total: z.number().int(),
      limit: z.number().int(),
      offset: z.number().int(),
    }),
    async handle({ params, query }, { views }) {
      const q = query as Record<string, unknown> & { limit: number; offset: number };
      const filter = caseFilterOf(q as z.infer<typeof filterQuery>);
      const listing: Record<string, unknown> = {};
      for (const name of Object.keys(extra?.shape ?? {}))
        if (q[name] !== undefined) listing[name] = q[name];
      const key = `list:${path}:${filterKey(filter)}:${JSON.stringify(listing)}`;
      const items = await views.derived(params.case, key, async () => {
        const filtered = await views.filtered(params.case, filter);
        const actor = listing.actor as string | undefined;
        if (path !== "events" || actor === undefined) {
          return listedItems(filtered, path, listing as Record<string, string>);
        }
        // Each actor's first listing would otherwise scan every event of a large case.
        const byActor = await views.derived(
          params.case,
          `events-by-actor:${filterKey(filter)}`,
          () => eventsByActor(filtered),
        );
        return listedItems(
          { ...filtered, events: byActor.get(actor) ?? [] },
          path,
          listing as Record<string, string>,
        );
      });
      return {
        items: items.slice(q.offset, q.offset + q.limit),
        total: items.length,
        limit: q.limit,
        offset: q.offset,
      };
    },
  });
}

function getRoute(path: KindPath) {
  const kind = kindPaths[path];
  return route({
    method: "get",
    path: `/api/cases/{case}/${path}/{id}`,
    tag: path,
    summary: `One ${kind} with its revision and the claims about it (for an event, also about its participations; for a claim, the claims that link to it)`,
    params: itemParams,
    response: z.object({
      value: itemSchemas[kind],
      revision: z.number().int(),
      claims: z.array(claimSchema),
    }),
    async handle({ params }, { store, views }) {
      const c = await views.case(params.case);
      if (kind === "claim") {
        const claim = c.claims.find((k) => k.id === params.id);
        if (!claim) {
          throw new ParleyError(
            "not_found",
            `get claim "${params.id}": no such claim in case "${params.case}"`,
          );
        }
        const linked = c.claims.filter((k) => k.links.some((l) => l.claim === params.id));
        return { value: claim, revision: 1, claims: linked };
      }
      const found = await store.getEntity(params.case, kind as EntityKind, params.id);
      const claims = claimsAbout(c, `${kind}:${params.id}`);
      return { value: found.value, revision: found.revision, claims };
    },
  });
}

function putRoute(path: KindPath) {
  const kind = kindPaths[path] as EntityKind;
  return route({
    method: "put",
    path: `/api/cases/{case}/${path}/{id}`,
    tag: path,
    summary: `Replaces one ${kind} if it is still at \`revision\`, appending \`claims\` (those that hold what it adds) in the same transaction; a stale revision gets 409 \`stale_revision\` and changes nothing`,
    params: itemParams,
    body: z
      .object({
        value: itemSchemas[kind],
        revision: z.number().int().positive(),
        claims: z.array(claimSchema).default([]),
      })
      .strict(),
    response: z.object({ value: itemSchemas[kind], revision: z.number().int() }),
    async handle({ params, body }, { store, views, who }) {
      const r = await updateRecord(
        store,
        params.case,
        kind,
        params.id,
        body.value as ItemValues[EntityKind],
        body.revision,
        { who, claims: body.claims },
      );
      await views.patch(params.case, [
        { kind, id: params.id, change: { value: r.value as { id: string }, revision: r.revision } },
        ...body.claims.map((k) => ({
          kind: "claim" as const,
          id: k.id,
          change: { value: k, revision: 1 },
        })),
      ]);
      return r;
    },
  });
}

function createRoute(path: KindPath) {
  const kind = kindPaths[path];
  const isClaim = kind === "claim";
  const body = isClaim
    ? claimSchema
    : z.object({ value: itemSchemas[kind], claims: z.array(claimSchema).default([]) }).strict();
  return route({
    method: "post",
    path: `/api/cases/{case}/${path}`,
    tag: path,
    status: 201,
    summary: isClaim
      ? "Appends a claim (claims are never changed or removed); an id in use gets 409 conflict"
      : `Adds a ${kind}, with claims about it; an id in use gets 409 conflict, a reference to nothing 400`,
    params: caseOnly,
    body: body as z.ZodType<{ value: { id: string }; claims: Claim[] } | Claim>,
    response: z.object({ value: itemSchemas[kind], revision: z.number().int() }),
    async handle({ params, body }, { store, views, who }) {
      const value = (isClaim ? body : (body as { value: { id: string } }).value) as { id: string };
      const claims = isClaim ? [] : (body as { claims: Claim[] }).claims;
      const r = await createRecord(
        store,
        params.case,
        kind,
        value as ItemValues[EntityKind] | Claim,
        { who, claims },
      );
      await views.patch(params.case, [
        { kind, id: value.id, change: { value: r.value as { id: string }, revision: r.revision } },
        ...claims.map((k) => ({
          kind: "claim" as const,
          id: k.id,
          change: { value: k, revision: 1 },
        })),
      ]);
      const stored = r;
      return new Response(JSON.stringify(stored), jsonCreated);
    },
  });
}

const jsonCreated = { status: 201, headers: { "Content-Type": "application/json" } };

function deleteRoute(path: KindPath) {
  const kind = kindPaths[path] as EntityKind;
  return route({
    method: "delete",
    path: `/api/cases/{case}/${path}/{id}`,
    tag: path,
    summary: `Removes a ${kind} if it is still at \`revision\` (else 409 stale_revision) and nothing refers to it (else 409 conflict)`,
    params: itemParams,
    query: z.object({ revision: intQuery(1, Number.MAX_SAFE_INTEGER) }),
    response: z.object({ deleted: z.string() }),
    async handle({ params, query }, { store, views, who }) {
      await deleteRecord(store, params.case, kind, params.id, query.revision, { who });
      await views.patch(params.case, [{ kind, id: params.id, change: null }]);
      return { deleted: params.id };
    },
  });
}

/** Listing, reading and editing the records of every kind. */
export function entityRoutes() {
  const out: ReturnType<
    typeof listRoute | typeof getRoute | typeof createRoute | typeof putRoute | typeof deleteRoute
  >[] = [];
  for (const path of kindPathNames) {
    out.push(listRoute(path), getRoute(path), createRoute(path));
    if (path !== "claims") out.push(putRoute(path), deleteRoute(path));
  }
  return out;
}
