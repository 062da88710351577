import type { Case } from "@parley/core";
import { type CaseFilter, filterCase } from "./case-filter";
import { actorColumns, actorRecord } from "./export-columns";
import { formatCsv } from "./export-csv";

/**
 * The actors of a case as a CSV node list (one row per actor, every field of the actor in its
 * own column; see export-columns.ts), for R, UCINET or a spreadsheet. Reads back losslessly with
 * importCsvNodes.
 */
export function csvNodes(c: Case, filter: CaseFilter = {}): string {
  const k = filterCase(c, filter);
  const rows = k.actors.map((a) => {
    const rec = actorRecord(a);
    return actorColumns.map((col) => rec[col] ?? "");
  });
  return formatCsv([[...actorColumns], ...rows]);
}
