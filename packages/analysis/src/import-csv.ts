import { err, ok, ParleyError, type Problem, type Result } from "@parley/core";
import { CsvError, parse } from "csv-parse/sync";

/** A CSV file read into a header and data rows, with the line each row starts on. */
export interface CsvTable {
  header: string[];
  /** Data rows; row `i` of this array is CSV row `i + 1` (the header is row 0). */
  rows: string[][];
  /** 1-based line on which each data row starts (rows may span lines inside quotes). */
  lines: number[];
}

/**
 * Reads a CSV document after RFC 4180 with csv-parse: fields separated by commas, records by
 * CRLF, LF or CR, fields optionally enclosed in double quotes with `""` for a quote inside, line
 * breaks allowed inside quoted fields. A leading byte order mark is dropped and empty lines are
 * skipped. The first record is the header; every record must have as many fields as the header.
 * Never throws: malformed input is an `invalid_input` error naming the row, line and what was
 * expected (RFC 4180, https://www.rfc-editor.org/rfc/rfc4180).
 */
export function parseCsv(text: string, options: { file?: string } = {}): Result<CsvTable> {
  const where = options.file ?? "CSV";
  const bytes = Buffer.from(text, "utf8");
  const lines = lineStarts(bytes);
  // A record starts where the previous one ended (csv-parse counts UTF-8 bytes), after any empty
  // lines; the byte order mark is not part of the first.
  const startOf = (end: number) => {
    let start = end === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : end;
    while (start < bytes.length && (bytes[start] === 10 || bytes[start] === 13)) start++;
    return start;
  };
  let end = 0;
  let parsed: { record: string[]; info: { bytes: number } }[];
  try {
    parsed = parse(bytes, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      record_delimiter: ["\r\n", "\n", "\r"],
      on_record: (record, context) => {
        end = context.bytes;
        return record;
      },
    }) as unknown as { record: string[]; info: { bytes: number } }[];
  } catch (e) {
    return err(csvError(e, where, lineAt(lines, startOf(end)), options));
  }
  const records: string[][] = [];
  const starts: number[] = [];
  end = 0;
  for (const { record, info } of parsed) {
    records.push(record);
    starts.push(lineAt(lines, startOf(end)));
    end = info.bytes;
  }
  const header = records[0];
  if (header === undefined) {
    return err(
      new ParleyError("invalid_input", `parseCsv: ${where} is empty; expected a header row`, {
        location: { row: 0, ...fileOf(options) },
      }),
    );
  }
  const problems: Problem[] = [];
  for (let r = 1; r < records.length; r++) {
    const fields = records[r]?.length ?? 0;
    if (fields !== header.length) {
      problems.push({
        row: r,
        line: starts[r] ?? 0,
        ...fileOf(options),
        message: `row ${r} (line ${starts[r]}) has ${fields} field${fields === 1 ? "" : "s"}; expected ${header.length} as in the header`,
      });
    }
  }
  if (problems.length > 0) {
    return err(
      new ParleyError(
        "invalid_input",
        `parseCsv: ${where} has ${problems.length} row${problems.length === 1 ? "" : "s"} with the wrong number of fields`,
        { problems: problems.slice(0, 100), ...locationOf(problems[0]) },
      ),
    );
  }
  return ok({ header, rows: records.slice(1), lines: starts.slice(1) });
}

// Byte offsets at which each line starts (a line ends at LF, CRLF or a lone CR).
function lineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 10) starts.push(i + 1);
    else if (b === 13 && bytes[i + 1] !== 10) starts.push(i + 1);
  }
  return starts;
}

// The 1-based line holding byte `offset`.
function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

// csv-parse's error as ours: the row (records before it), the line the row starts on, the field,
// and what was expected.
function csvError(
  e: unknown,
  where: string,
  line: number,
  options: { file?: string },
): ParleyError {
  if (!(e instanceof CsvError)) throw e;
  const context = e as CsvError & { records?: number; index?: number };
  const row = context.records ?? 0;
  const field = (context.index ?? 0) + 1;
  const expected: Record<string, string> = {
    CSV_QUOTE_NOT_CLOSED: "a quoted field is never closed; expected a closing double quote",
    CSV_INVALID_CLOSING_QUOTE: `field ${field}: text after a closing quote; expected a comma or the end of the line`,
    INVALID_OPENING_QUOTE: `field ${field}: a double quote inside an unquoted field; expected the whole field in quotes with "" for a quote`,
  };
  const what = expected[e.code] ?? `${e.message}; expected RFC 4180 CSV`;
  const column = e.code === "CSV_QUOTE_NOT_CLOSED" ? {} : { column: field };
  return new ParleyError("invalid_input", `parseCsv: ${where} row ${row} (line ${line}): ${what}`, {
    location: { row, line, ...column, ...fileOf(options) },
    cause: e,
  });
}

function fileOf(options: { file?: string }): { file?: string } {
  return options.file === undefined ? {} : { file: options.file };
}

function locationOf(p: Problem | undefined): { location?: Problem } {
  return p === undefined ? {} : { location: p };
}
