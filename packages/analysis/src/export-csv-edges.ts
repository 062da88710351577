import type { Case } from "@parley/core";
import { type CaseFilter, filterCase } from "./case-filter";
import { relationColumns, relationRecord } from "./export-columns";
import { formatCsv } from "./export-csv";

/**
 * The relations of a case as a CSV edge list (one row per relation with its type, sign, strength,
 * period and recurrence; `directed` and `weight` added for tools that want them). Reads back
 * losslessly with importCsvEdges.
 */
export function csvEdges(c: Case, filter: CaseFilter = {}): string {
  const k = filterCase(c, filter);
  const rows = k.relations.map((r) => {
    const rec = relationRecord(r);
    return relationColumns.map((col) => rec[col] ?? "");
  });
  return formatCsv([[...relationColumns], ...rows]);
}
