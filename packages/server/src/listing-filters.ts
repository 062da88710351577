import { claimsAbout } from "@parley/analysis";
import {
  actorKindSchema,
  type Case,
  eventStatuses,
  ploverTypeSchema,
  relationTypeSchema,
  roleSchema,
  slugSchema,
} from "@parley/core";
import { z } from "zod";
import type { KindPath } from "./entity-kinds";
import { listQuery } from "./query-schemas";

/** Extra query parameters each listing accepts besides paging and the case filter. */
export const listingQueries = {
  events: z.object({
    process: slugSchema.optional(),
    actor: slugSchema.optional(),
    role: listQuery(roleSchema).optional(),
    type: listQuery(ploverTypeSchema).optional(),
    status: listQuery(z.enum(eventStatuses)).optional(),
  }),
  relations: z.object({
    actor: slugSchema.optional(),
    type: listQuery(relationTypeSchema).optional(),
  }),
  actors: z.object({
    kind: listQuery(actorKindSchema).optional(),
    bloc: z.string().min(1).optional(),
  }),
  positions: z.object({ actor: slugSchema.optional(), issue: slugSchema.optional() }),
  claims: z.object({
    subject: z.string().min(3).optional(),
    /** Claims about a record or its parts: `event:x` also gives the claims about its participations. */
    about: z.string().min(3).optional(),
    asserter: z.string().min(1).optional(),
  }),
} satisfies Partial<Record<KindPath, z.ZodObject>>;

/** The events of a case by actor taking part, each list in case order: one pass serves every actor's listing. */
export function eventsByActor(c: Case): Map<string, Case["events"]> {
  const out = new Map<string, Case["events"]>();
  for (const e of c.events) {
    for (const actor of new Set(e.participants.map((p) => p.actor))) {
      let list = out.get(actor);
      if (!list) {
        list = [];
        out.set(actor, list);
      }
      list.push(e);
    }
  }
  return out;
}

type ListingQuery = Partial<Record<string, string | string[]>>;

const has = (list: string[] | undefined, v: string | undefined) =>
  list === undefined || (v !== undefined && list.includes(v));

/**
 * The records of one kind that pass a listing's own parameters, in case order. Events: taking
 * part (`actor`, optionally in a `role`), `process`, PLOVER `type`, `status`. Relations: `actor` at
 * either end, `type`. Actors: `kind`, `bloc`. Positions: `actor`, `issue`. Claims: `subject`,
 * `about` (a record and its parts), `asserter`.
 */
export function listedItems(c: Case, path: KindPath, q: ListingQuery): readonly { id: string }[] {
  const one = (name: string) => q[name] as string | undefined;
  const many = (name: string) => q[name] as string[] | undefined;
  switch (path) {
    case "events":
      return c.events.filter(
        (e) =>
          (one("process") === undefined || e.process === one("process")) &&
          has(many("type"), e.type) &&
          has(many("status"), e.status) &&
          (one("actor") === undefined
            ? many("role") === undefined || e.participants.some((p) => has(many("role"), p.role))
            : e.participants.some((p) => p.actor === one("actor") && has(many("role"), p.role))),
      );
    case "relations":
      return c.relations.filter(
        (r) =>
          (one("actor") === undefined || r.source === one("actor") || r.target === one("actor")) &&
          has(many("type"), r.type),
      );
    case "actors":
      return c.actors.filter(
        (a) => has(many("kind"), a.kind) && (one("bloc") === undefined || a.bloc === one("bloc")),
      );
    case "positions":
      return c.positions.filter(
        (p) =>
          (one("actor") === undefined || p.actor === one("actor")) &&
          (one("issue") === undefined || p.issue === one("issue")),
      );
    case "claims": {
      const about = one("about");
      return (about === undefined ? c.claims : claimsAbout(c, about)).filter(
        (k) =>
          (one("subject") === undefined || k.subject === one("subject")) &&
          (one("asserter") === undefined || k.asserter === one("asserter")),
      );
    }
    default:
      return c[path];
  }
}
