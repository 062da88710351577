import type { Claim, Relation, Result } from "@parley/core";
import { relationFromFields } from "./import-columns";
import { type CaseFragment, emptyFragment, type ImportOptions } from "./import-fragment";
import { slugOf } from "./import-ids";
import { baseName, datasetSource } from "./import-source";
import { openTable } from "./import-table";

/**
 * Relations from a CSV edge list: the columns csvEdges writes (`source` and `target` required,
 * `type` defaulting to `contacts`), each held by a claim citing the file and row. Actors named in
 * the edges must be in the case the fragment is merged into. A bad row imports nothing.
 */
export function importCsvEdges(text: string, options: ImportOptions = {}): Result<CaseFragment> {
  const op = "importCsvEdges";
  const opened = openTable(text, "edge list", options.file, op, ["source", "target"]);
  if (!opened.ok) return opened;
  const t = opened.value;
  const sourceId =
    options.sourceId ?? `edges-${slugOf(baseName(options.file ?? "edges")) || "edges"}`;
  const relations: Relation[] = [];
  const claims: Claim[] = [];
  const seen = new Set<string>();
  for (let r = 0; r < t.table.rows.length; r++) {
    const rel = relationFromFields({
      get: (col) => t.get(r, col),
      problem: (col, m) => t.problem(r, col, m),
    });
    if (rel === undefined) continue;
    if (seen.has(rel.id)) {
      t.problem(r, "id", `"${rel.id}" appears on an earlier row; expected each relation once`);
      continue;
    }
    seen.add(rel.id);
    relations.push(rel);
    claims.push({
      id: `${rel.id}-${sourceId}`,
      subject: `relation:${rel.id}`,
      note: `${rel.source} ${rel.type.replaceAll("_", " ")} ${rel.target}.`,
      evidence: {
        source: sourceId,
        note: `${options.file === undefined ? "edge list" : baseName(options.file)} row ${t.rowNumber(r)}`,
      },
      asserter: "author",
      stance: "reports",
      hedge: "reported",
      links: [],
    });
  }
  return t.finish(op, () => ({
    ...emptyFragment(),
    sources: [
      datasetSource(sourceId, "Edge list", options.file, {
        authors: [],
        publisher: "imported file",
      }),
    ],
    relations,
    claims,
  }));
}
