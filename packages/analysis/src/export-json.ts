import { type Case, caseSchema } from "@parley/core";
import { type CaseFilter, filterCase } from "./case-filter";

/**
 * The case as Parley's own JSON: the model exactly (caseSchema), two-space indented, checked
 * against the schema so that what is written always reads back.
 */
export function caseJson(c: Case, filter: CaseFilter = {}): string {
  const k = filterCase(c, filter);
  return `${JSON.stringify(caseSchema.parse(k), null, 2)}\n`;
}
