import type { CaseFilter } from "@parley/analysis";
import {
  type Credibility,
  hedgeSchema,
  isIsoPartialDate,
  reliabilitySchema,
  slugSchema,
} from "@parley/core";
import { z } from "zod";

/** An ISO partial date in a query string: `2018`, `2018-02` or `2018-02-28` (a real day). */
export const isoDateQuery = z
  .string()
  .refine(isIsoPartialDate, { message: "expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD" });

/** A whole number in a query string, within bounds. */
export function intQuery(min: number, max: number) {
  return z
    .string()
    .regex(/^\d+$/, "expected a whole number")
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}

/** A comma-separated list in a query string, each item checked by `item`. */
export function listQuery<S extends z.ZodType>(item: S) {
  // The items are checked as strings; the array's input type is widened to match the split.
  const list = z.array(item) as unknown as z.ZodType<z.output<S>[], string[]>;
  return z
    .string()
    .transform((s) => s.split(",").filter((x) => x !== ""))
    .pipe(list);
}

/** The largest page a listing returns. */
export const MAX_LIMIT = 10_000;

/** Paging of a listing: `limit` (default 50, at most 10,000) and `offset` (default 0). */
export const pageQuery = z.object({
  limit: intQuery(1, MAX_LIMIT).default(50),
  offset: intQuery(0, Number.MAX_SAFE_INTEGER).default(0),
});

/** The case filter in a query string: the same fields as `CaseFilter` of the analysis package. */
export const filterQuery = z.object({
  from: isoDateQuery.optional(),
  to: isoDateQuery.optional(),
  asOf: isoDateQuery.optional(),
  minReliability: reliabilitySchema.optional(),
  minCredibility: intQuery(1, 6).optional(),
  hedges: listQuery(hedgeSchema).optional(),
  sources: listQuery(slugSchema).optional(),
});
export type FilterQuery = z.infer<typeof filterQuery>;

/** The CaseFilter a query asks for. */
export function caseFilterOf(q: FilterQuery): CaseFilter {
  const f: CaseFilter = {};
  if (q.from !== undefined || q.to !== undefined) {
    f.window = {};
    if (q.from !== undefined) f.window.from = q.from;
    if (q.to !== undefined) f.window.to = q.to;
  }
  if (q.asOf !== undefined) f.asOf = q.asOf;
  if (q.minReliability !== undefined) f.minReliability = q.minReliability;
  if (q.minCredibility !== undefined) f.minCredibility = q.minCredibility as Credibility;
  if (q.hedges !== undefined) f.hedges = q.hedges;
  if (q.sources !== undefined) f.sources = q.sources;
  return f;
}

/** A stable text key of a filter, for caching what it selects. */
export function filterKey(f: CaseFilter): string {
  return JSON.stringify([
    f.window?.from ?? null,
    f.window?.to ?? null,
    f.asOf ?? null,
    f.minReliability ?? null,
    f.minCredibility ?? null,
    f.hedges ?? null,
    f.sources ?? null,
  ]);
}

/** The case id in a path. */
export const caseParams = z.object({ case: slugSchema });
