import type { Case } from "@parley/core";
import { actorNetwork } from "./actor-network";
import type { CaseFilter } from "./case-filter";
import { formatCsv } from "./export-csv";

/**
 * The actor network as a square CSV adjacency matrix (actor ids as the header row and first
 * column, in case order): cell (i, j) is the total weight of the tie between i and j in
 * actorNetwork (relation strengths plus one per held event both attended), 0 without a tie; the
 * matrix is symmetric with a zero diagonal. For UCINET (import as a full matrix) or R.
 */
export function adjacencyMatrix(c: Case, filter: CaseFilter = {}): string {
  const g = actorNetwork(c, filter);
  const ids = g.nodes();
  const rows: string[][] = [["", ...ids]];
  for (const a of ids) {
    rows.push([
      a,
      ...ids.map((b) => {
        if (a === b) return "0";
        const key = g.edge(a, b);
        return key === undefined ? "0" : String(g.getEdgeAttribute(key, "weight"));
      }),
    ]);
  }
  return formatCsv(rows);
}
