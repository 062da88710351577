import { err, ok, ParleyError, type Result } from "@parley/core";
import { type CsvCell, csvRows } from "./csv-rows";
import type { BargainingActor, ForecastInput } from "./forecast-input";

/** A KTAB scenario as read from its CSV form, ready for the models (positions 0..100, saliences 0..1). */
export interface KtabScenario extends ForecastInput {
  name: string;
  description: string;
}

/**
 * Reads a KTAB SMP scenario CSV: line 1 `name, description, nActors, nDims`; line 2 the header
 * `Actor, Description, Power, Pstn1, Sal1, ...`; then one row per actor with positions and
 * saliences on 0..100 (KTAB `SMPModel::readCSV`). Saliences are divided by 100; an actor's
 * saliences may not add up to more than 100. Every error names file:line:column and what was
 * expected there.
 */
export function parseKtabCsv(text: string, file = "<ktab csv>"): Result<KtabScenario> {
  const parsed = csvRows(text);
  const fail = (message: string, line: number, column: number, row?: number) =>
    err(
      new ParleyError(
        "invalid_input",
        `reading KTAB scenario ${file}:${line}:${column}: ${message}`,
        {
          location: row === undefined ? { file, line, column } : { file, line, column, row },
        },
      ),
    );
  if ("error" in parsed) return fail(parsed.error, parsed.line, parsed.column);
  const rows = parsed.rows;
  const head = rows[0];
  if (head === undefined)
    return fail("the file is empty; expected `name, description, nActors, nDims`", 1, 1);
  const intAt = (cells: CsvCell[], c: number, what: string, min: number): number | string => {
    const cell = cells[c];
    if (cell === undefined)
      return `missing ${what}; expected an integer ≥ ${min} in column ${c + 1}`;
    const t = cell.text.trim();
    if (!/^\d+$/.test(t) || Number(t) < min)
      return `${what} is ${JSON.stringify(t)}; expected an integer ≥ ${min}`;
    return Number(t);
  };
  const nActors = intAt(head, 2, "the number of actors", 2);
  if (typeof nActors === "string")
    return fail(nActors, head[2]?.line ?? head[0]?.line ?? 1, head[2]?.column ?? 1);
  const nDims = intAt(head, 3, "the number of dimensions", 1);
  if (typeof nDims === "string")
    return fail(nDims, head[3]?.line ?? head[0]?.line ?? 1, head[3]?.column ?? 1);
  const header = rows[1];
  if (header === undefined)
    return fail("missing the header line `Actor,Description,Power,Pstn1,Sal1,...`", 2, 1);
  const needCols = 3 + 2 * nDims;
  const headerUsed = header.slice(0, needCols);
  if (headerUsed.length < needCols) {
    const last = header[header.length - 1] as CsvCell;
    return fail(
      `the header has ${header.length} columns; expected ${needCols} (3 + 2 per dimension)`,
      last.line,
      last.column,
    );
  }
  const issues = Array.from({ length: nDims }, (_, k) => {
    const name = header[3 + 2 * k]?.text.trim() || `Dim${k + 1}`;
    return { id: `dim-${k + 1}`, name, scale: { min: 0, max: 100 } };
  });
  const actors: BargainingActor[] = [];
  for (let r = 0; r < nActors; r++) {
    const cells = rows[2 + r];
    if (cells === undefined) {
      const lastRow = rows[rows.length - 1] as CsvCell[];
      return fail(
        `expected ${nActors} actor rows, found ${r}`,
        ((lastRow[0] as CsvCell).line ?? 0) + 1,
        1,
        r + 1,
      );
    }
    const line = (cells[0] as CsvCell).line;
    if (cells.length < needCols) {
      const last = cells[cells.length - 1] as CsvCell;
      return fail(
        `actor row has ${cells.length} cells; expected ${needCols}`,
        last.line,
        last.column + last.text.length,
        r + 1,
      );
    }
    const name = (cells[0] as CsvCell).text.trim();
    if (name === "") return fail("the actor name is empty; expected a short name", line, 1, r + 1);
    const num = (
      c: number,
      what: string,
      lo: number,
      hi: number,
    ): number | ReturnType<typeof fail> => {
      const cell = cells[c] as CsvCell;
      const t = cell.text.trim();
      const v = t === "" ? Number.NaN : Number(t);
      if (!Number.isFinite(v) || v < lo || v > hi)
        return fail(
          `${what} of ${name} is ${JSON.stringify(t)}; expected a number from ${lo} to ${hi}`,
          cell.line,
          cell.column,
          r + 1,
        );
      return v;
    };
    const power = num(2, "the power", 0, 1e8);
    if (typeof power !== "number") return power;
    const positions: number[] = [];
    const saliences: number[] = [];
    let total = 0;
    for (let k = 0; k < nDims; k++) {
      const p = num(3 + 2 * k, `the position on ${issues[k]?.name}`, 0, 100);
      if (typeof p !== "number") return p;
      const s = num(4 + 2 * k, `the salience on ${issues[k]?.name}`, 0, 100);
      if (typeof s !== "number") return s;
      total += s;
      if (total > 100 + 1e-9) {
        const cell = cells[4 + 2 * k] as CsvCell;
        return fail(
          `the saliences of ${name} add up to ${total}; expected at most 100`,
          cell.line,
          cell.column,
          r + 1,
        );
      }
      positions.push(p);
      saliences.push(s / 100);
    }
    actors.push({ id: name, name, capability: power, positions, saliences });
  }
  return ok({
    name: (head[0] as CsvCell).text.trim(),
    description: head[1]?.text.trim() ?? "",
    issues,
    actors,
    salienceBasis: "shares",
  });
}
