import { err, ok, ParleyError, type Problem, type Result } from "@parley/core";
import { type CsvTable, parseCsv } from "./import-csv";

/** At most this many row problems are listed in one error; the count names the rest. */
const MAX_PROBLEMS = 50;

/**
 * Reads the rows of a parsed CSV table by column name and collects row-level problems, each
 * naming the row, the line, the column, the value and what was expected. An import runs every
 * row through it first and builds nothing unless no row had a problem.
 */
export class TableReader {
  readonly problems: Problem[] = [];
  private problemCount = 0;
  private readonly index = new Map<string, number>();
  /** Column names as callers spell them, resolved once (imports call `get` millions of times). */
  private readonly exact = new Map<string, number | undefined>();

  constructor(
    readonly table: CsvTable,
    readonly dataset: string,
    readonly file: string | undefined,
  ) {
    table.header.forEach((name, i) => {
      const key = name.trim().toLowerCase();
      if (!this.index.has(key)) this.index.set(key, i);
    });
  }

  /** Names of required columns the header lacks. */
  missing(columns: readonly string[]): string[] {
    return columns.filter((c) => !this.index.has(c.toLowerCase()));
  }

  has(column: string): boolean {
    return this.index.has(column.toLowerCase());
  }

  /** The trimmed value of a column in data row `r` (0-based in `table.rows`); "" when absent. */
  get(r: number, column: string): string {
    let i = this.exact.get(column);
    if (i === undefined && !this.exact.has(column)) {
      i = this.index.get(column.toLowerCase());
      this.exact.set(column, i);
    }
    if (i === undefined) return "";
    return (this.table.rows[r]?.[i] ?? "").trim();
  }

  /** The CSV row number of data row `r` (the header is row 0). */
  rowNumber(r: number): number {
    return r + 1;
  }

  /** Records a problem with a column of data row `r`. */
  problem(r: number, column: string, message: string): void {
    this.problemCount++;
    if (this.problems.length >= MAX_PROBLEMS) return;
    const row = r + 1;
    const line = this.table.lines[r];
    this.problems.push({
      row,
      ...(line === undefined ? {} : { line }),
      ...(this.file === undefined ? {} : { file: this.file }),
      message: `row ${row}${line === undefined ? "" : ` (line ${line})`}, column ${column}: ${message}`,
    });
  }

  /** A non-empty value, or a problem. */
  required(r: number, column: string, expected: string): string | undefined {
    const v = this.get(r, column);
    if (v === "") {
      this.problem(r, column, `empty; expected ${expected}`);
      return undefined;
    }
    return v;
  }

  /**
   * An error for a header that lacks required columns (naming them, the file, and the columns
   * found) or a table with a header and no data rows, or undefined.
   */
  headerError(operation: string, required: readonly string[]): ParleyError | undefined {
    const where = this.file ?? this.dataset;
    const location = { row: 0, line: 1, ...(this.file === undefined ? {} : { file: this.file }) };
    const missing = this.missing(required);
    if (missing.length > 0) {
      const found = this.table.header.map((h) => `"${h}"`).join(", ");
      return new ParleyError(
        "invalid_input",
        `${operation}: ${where} lacks the column${missing.length === 1 ? "" : "s"} ${missing.map((m) => `"${m}"`).join(", ")}; expected a header with the columns ${required.join(", ")}; found ${found}`,
        { location },
      );
    }
    if (this.table.rows.length === 0) {
      return new ParleyError(
        "invalid_input",
        `${operation}: ${where} has a header and no data rows; expected at least one ${this.dataset} row`,
        { location },
      );
    }
    return undefined;
  }

  /** The value if no row had a problem, else one error listing them (nothing is imported). */
  finish<T>(operation: string, value: () => T): Result<T> {
    if (this.problemCount === 0) return ok(value());
    const more =
      this.problemCount > this.problems.length
        ? ` (the first ${this.problems.length} are listed)`
        : "";
    const first = this.problems[0];
    return err(
      new ParleyError(
        "invalid_input",
        `${operation}: ${this.file ?? this.dataset} has ${this.problemCount} problem${this.problemCount === 1 ? "" : "s"}${more}; nothing was imported`,
        { problems: this.problems, ...(first === undefined ? {} : { location: first }) },
      ),
    );
  }
}

/**
 * The rows of CSV `text` from `dataset`, or why they cannot be read: the text does not parse, or
 * its header lacks one of the `required` columns (reported as an error of `operation`).
 */
export function openTable(
  text: string,
  dataset: string,
  file: string | undefined,
  operation: string,
  required: readonly string[],
): Result<TableReader> {
  const parsed = parseCsv(text, file === undefined ? {} : { file });
  if (!parsed.ok) return parsed;
  const t = new TableReader(parsed.value, dataset, file);
  const headerError = t.headerError(operation, required);
  return headerError ? err(headerError) : ok(t);
}
