import type { Actor, Result } from "@parley/core";
import { actorFromFields } from "./import-columns";
import { type CaseFragment, emptyFragment, type ImportOptions } from "./import-fragment";
import { openTable } from "./import-table";

/**
 * Actors from a CSV node list: the columns csvNodes writes (only `id` is required; `label` is
 * read as the name, as Gephi writes it). Every row is checked first; a bad row imports nothing.
 */
export function importCsvNodes(text: string, options: ImportOptions = {}): Result<CaseFragment> {
  const op = "importCsvNodes";
  const opened = openTable(text, "node list", options.file, op, ["id"]);
  if (!opened.ok) return opened;
  const t = opened.value;
  const actors: Actor[] = [];
  const seen = new Set<string>();
  for (let r = 0; r < t.table.rows.length; r++) {
    const a = actorFromFields({
      get: (col) => t.get(r, col),
      problem: (col, m) => t.problem(r, col, m),
    });
    if (a === undefined) continue;
    if (seen.has(a.id)) {
      t.problem(r, "id", `"${a.id}" appears on an earlier row; expected each actor once`);
      continue;
    }
    seen.add(a.id);
    actors.push(a);
  }
  return t.finish(op, () => ({ ...emptyFragment(), actors }));
}
