import type { Case } from "@parley/core";
import { type CaseFilter, filterCase } from "./case-filter";

/**
 * The case as it was known on a date (ISO partial date, through its last day): only the claims
 * known by then, and only what they hold up (see filterCase). Claims are an append-only log, so
 * this is the view an analyst would have had that day.
 */
export function knownAt(c: Case, date: string, filter: CaseFilter = {}): Case {
  return filterCase(c, { ...filter, asOf: date });
}
