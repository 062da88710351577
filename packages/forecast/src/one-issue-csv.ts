import { err, ok, ParleyError, type Result } from "@parley/core";
import { type CsvCell, csvRows } from "./csv-rows";
import type { ForecastInput } from "./forecast-input";

/** How to read the salience column: `percent` (0..100), `unit` (0..1) or `auto` (percent if any exceeds 1). */
export type SalienceScale = "auto" | "percent" | "unit";

/** Options for reading a one-issue table. */
export interface OneIssueCsvOptions {
  file?: string;
  salienceScale?: SalienceScale;
  /** The issue's scale; by default the range of the positions. */
  scale?: { min: number; max: number };
  issueName?: string;
}

const columns = ["actor", "capability", "position", "salience"] as const;

/**
 * Reads a one-issue table with the header `actor,capability,position,salience` (any column order,
 * case-insensitive), one row per actor, as in `ec-car-emissions-1994.csv`. Capabilities must be
 * non-negative, saliences within their scale, positions finite. Errors name file:line:column and
 * what was expected there.
 */
export function parseOneIssueCsv(
  text: string,
  options: OneIssueCsvOptions = {},
): Result<ForecastInput> {
  const file = options.file ?? "<csv>";
  const fail = (message: string, line: number, column: number, row?: number) =>
    err(
      new ParleyError(
        "invalid_input",
        `reading one-issue table ${file}:${line}:${column}: ${message}`,
        {
          location: row === undefined ? { file, line, column } : { file, line, column, row },
        },
      ),
    );
  const parsed = csvRows(text);
  if ("error" in parsed) return fail(parsed.error, parsed.line, parsed.column);
  const [header, ...body] = parsed.rows;
  if (header === undefined)
    return fail(
      "the file is empty; expected the header `actor,capability,position,salience`",
      1,
      1,
    );
  const at = new Map<string, number>();
  header.forEach((c, i) => {
    at.set(c.text.trim().toLowerCase(), i);
  });
  for (const name of columns) {
    if (!at.has(name)) {
      const h = header[0] as CsvCell;
      return fail(
        `the header lacks the column "${name}"; expected actor,capability,position,salience`,
        h.line,
        h.column,
      );
    }
  }
  if (body.length === 0)
    return fail(
      "no actor rows; expected at least one after the header",
      (header[0] as CsvCell).line + 1,
      1,
    );
  const rows: {
    name: string;
    capability: number;
    position: number;
    salience: number;
    salCell: CsvCell;
    row: number;
  }[] = [];
  const seen = new Set<string>();
  for (const [r, cells] of body.entries()) {
    const cell = (name: (typeof columns)[number]): CsvCell | undefined =>
      cells[at.get(name) as number];
    const first = cells[0] as CsvCell;
    const nameCell = cell("actor");
    const name = nameCell?.text.trim() ?? "";
    if (name === "")
      return fail(
        "the actor name is empty; expected a name",
        first.line,
        nameCell?.column ?? 1,
        r + 1,
      );
    if (seen.has(name))
      return fail(
        `actor "${name}" appears twice; expected one row per actor`,
        first.line,
        nameCell?.column ?? 1,
        r + 1,
      );
    seen.add(name);
    const num = (
      col: (typeof columns)[number],
      what: string,
      min: number,
    ): number | ReturnType<typeof fail> => {
      const c = cell(col);
      if (c === undefined) {
        const last = cells[cells.length - 1] as CsvCell;
        return fail(
          `the ${what} of ${name} is missing; expected a number in column ${(at.get(col) as number) + 1}`,
          last.line,
          last.column + last.text.length,
          r + 1,
        );
      }
      const t = c.text.trim();
      const v = t === "" ? Number.NaN : Number(t);
      if (!Number.isFinite(v) || v < min)
        return fail(
          `the ${what} of ${name} is ${JSON.stringify(t)}; expected a number${min > Number.NEGATIVE_INFINITY ? ` ≥ ${min}` : ""}`,
          c.line,
          c.column,
          r + 1,
        );
      return v;
    };
    const capability = num("capability", "capability", 0);
    if (typeof capability !== "number") return capability;
    const position = num("position", "position", Number.NEGATIVE_INFINITY);
    if (typeof position !== "number") return position;
    const salience = num("salience", "salience", 0);
    if (typeof salience !== "number") return salience;
    rows.push({
      name,
      capability,
      position,
      salience,
      salCell: cell("salience") as CsvCell,
      row: r + 1,
    });
  }
  const mode = options.salienceScale ?? "auto";
  const percent = mode === "percent" || (mode === "auto" && rows.some((r) => r.salience > 1));
  const maxSal = percent ? 100 : 1;
  for (const r of rows) {
    if (r.salience > maxSal)
      return fail(
        `the salience of ${r.name} is ${r.salience}; expected 0..${maxSal}`,
        r.salCell.line,
        r.salCell.column,
        r.row,
      );
  }
  const xs = rows.map((r) => r.position);
  const scale = options.scale ?? { min: Math.min(...xs), max: Math.max(...xs) };
  if (!(scale.max > scale.min)) {
    const h = header[0] as CsvCell;
    return fail(
      `the scale runs from ${scale.min} to ${scale.max}; expected max > min (give a scale when all positions agree)`,
      h.line,
      h.column,
    );
  }
  return ok({
    issues: [{ id: "issue", name: options.issueName ?? "issue", scale }],
    actors: rows.map((r) => ({
      id: r.name,
      name: r.name,
      capability: r.capability,
      positions: [r.position],
      saliences: [percent ? r.salience / 100 : r.salience],
    })),
  });
}
