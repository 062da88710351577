import { type RecordQuery, recordsMatching } from "@parley/analysis";
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

type ListingQuery = Partial<Record<string, string | string[]>>;

/**
 * The records of one kind that pass a listing's own parameters, in case order: the analysis
 * package's `recordsMatching`, the same filter the CLI's listings apply.
 */
export function listedItems(c: Case, path: KindPath, q: ListingQuery): readonly { id: string }[] {
  return recordsMatching(c, path, q as RecordQuery);
}
