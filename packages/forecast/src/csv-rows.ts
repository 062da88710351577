import { CsvError, parse } from "csv-parse/sync";

/** One cell of a CSV file with where it starts (1-based line and column). */
export interface CsvCell {
  text: string;
  line: number;
  column: number;
}

/**
 * The rows of a CSV text (RFC 4180: commas, double-quoted cells with `""` for a quote, CRLF, LF
 * or CR line ends; a quote inside an unquoted cell is kept as text), read by csv-parse, each cell
 * with its line and column so errors can point at it. Blank lines are dropped; malformed quoting
 * is reported as `{ error }` with the position of the cell.
 */
export function csvRows(
  text: string,
): { rows: CsvCell[][] } | { error: string; line: number; column: number } {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let records: string[][];
  try {
    records = parse(src, {
      skip_empty_lines: true,
      relax_column_count: true,
      relax_quotes: true,
      record_delimiter: ["\r\n", "\n", "\r"],
    }) as string[][];
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    const at = cellStarts(src, Number.POSITIVE_INFINITY);
    const record = (e as CsvError & { records?: number }).records ?? 0;
    const field = (e as CsvError & { index?: number }).index ?? 0;
    const cell = at[record]?.[field] ?? at[record]?.[0] ?? { line: 1, column: 1 };
    const error =
      e.code === "CSV_QUOTE_NOT_CLOSED" ? "unterminated quoted cell" : `${e.message} (${e.code})`;
    return { error, line: cell.line, column: cell.column };
  }
  const at = cellStarts(src, records.length);
  const rows: CsvCell[][] = [];
  records.forEach((record, r) => {
    if (record.length === 1 && (record[0] as string).trim() === "") return;
    rows.push(
      record.map((cell, c) => ({
        text: cell,
        line: at[r]?.[c]?.line ?? 1,
        column: at[r]?.[c]?.column ?? 1,
      })),
    );
  });
  return { rows };
}

// Where each cell of the first `limit` records starts, walking the text as csv-parse read it:
// empty lines skipped, a quoted cell running to its closing quote (`""` inside), an unquoted one
// to the next comma or line end. A record left open at the end (an unclosed quote) is included.
function cellStarts(src: string, limit: number): { line: number; column: number }[][] {
  const out: { line: number; column: number }[][] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const n = src.length;
  const newline = () => {
    i += src[i] === "\r" && src[i + 1] === "\n" ? 2 : 1;
    line++;
    lineStart = i;
  };
  while (i < n && out.length < limit) {
    if (src[i] === "\n" || src[i] === "\r") {
      newline();
      continue;
    }
    const record: { line: number; column: number }[] = [];
    out.push(record);
    for (;;) {
      record.push({ line, column: i - lineStart + 1 });
      if (src[i] === '"') {
        i++;
        while (i < n) {
          if (src[i] === '"') {
            if (src[i + 1] === '"') i += 2;
            else {
              i++;
              break;
            }
          } else if (src[i] === "\n" || src[i] === "\r") newline();
          else i++;
        }
      }
      while (i < n && src[i] !== "," && src[i] !== "\n" && src[i] !== "\r") i++;
      if (src[i] === ",") {
        i++;
        continue;
      }
      if (i < n) newline();
      break;
    }
  }
  return out;
}
