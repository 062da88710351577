import { err, ok, ParleyError, type Problem, type Result } from "@parley/core";

/** A CSV file read into a header and data rows, with the line each row starts on. */
export interface CsvTable {
  header: string[];
  /** Data rows; row `i` of this array is CSV row `i + 1` (the header is row 0). */
  rows: string[][];
  /** 1-based line on which each data row starts (rows may span lines inside quotes). */
  lines: number[];
}

/**
 * Reads a CSV document after RFC 4180: fields separated by commas, records by CRLF or LF,
 * fields optionally enclosed in double quotes with `""` for a quote inside, line breaks allowed
 * inside quoted fields. A leading byte order mark is dropped and empty lines are skipped.
 * The first record is the header; every record must have as many fields as the header.
 * Never throws: malformed input is an `invalid_input` error naming the row, line and what was
 * expected (RFC 4180, https://www.rfc-editor.org/rfc/rfc4180).
 */
export function parseCsv(text: string, options: { file?: string } = {}): Result<CsvTable> {
  const where = options.file ?? "CSV";
  const records: string[][] = [];
  const starts: number[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < n) {
    // An empty line (no characters before the line break) is not a record.
    const c0 = text.charCodeAt(i);
    if (c0 === 10 || c0 === 13) {
      i += c0 === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
      line++;
      continue;
    }
    const startLine = line;
    const record: string[] = [];
    for (;;) {
      let field: string;
      if (text.charCodeAt(i) === 34) {
        // Quoted field: runs to the next quote not followed by another quote.
        const openLine = line;
        let value = "";
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) {
            return err(
              new ParleyError(
                "invalid_input",
                `parseCsv: ${where} row ${records.length} (line ${openLine}): a quoted field is never closed; expected a closing double quote`,
                { location: { row: records.length, line: openLine, ...fileOf(options) } },
              ),
            );
          }
          value += text.slice(j, q);
          line += countLineBreaks(text, j, q);
          if (text.charCodeAt(q + 1) === 34) {
            value += '"';
            j = q + 2;
            continue;
          }
          j = q + 1;
          break;
        }
        const next = text.charCodeAt(j);
        if (j < n && next !== 44 && next !== 10 && next !== 13) {
          return err(
            new ParleyError(
              "invalid_input",
              `parseCsv: ${where} row ${records.length} (line ${line}), field ${record.length + 1}: text after a closing quote; expected a comma or the end of the line`,
              {
                location: {
                  row: records.length,
                  line,
                  column: record.length + 1,
                  ...fileOf(options),
                },
              },
            ),
          );
        }
        field = value;
        i = j;
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === 44 || c === 10 || c === 13) break;
          if (c === 34) {
            return err(
              new ParleyError(
                "invalid_input",
                `parseCsv: ${where} row ${records.length} (line ${line}), field ${record.length + 1}: a double quote inside an unquoted field; expected the whole field in quotes with "" for a quote`,
                {
                  location: {
                    row: records.length,
                    line,
                    column: record.length + 1,
                    ...fileOf(options),
                  },
                },
              ),
            );
          }
          j++;
        }
        field = text.slice(i, j);
        i = j;
      }
      record.push(field);
      const c = text.charCodeAt(i);
      if (c === 44) {
        i++;
        continue;
      }
      if (c === 13) i += text.charCodeAt(i + 1) === 10 ? 2 : 1;
      else if (c === 10) i++;
      if (i <= n) line++;
      break;
    }
    records.push(record);
    starts.push(startLine);
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

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) count++;
    else if (c === 13 && text.charCodeAt(k + 1) !== 10) count++;
  }
  return count;
}

function fileOf(options: { file?: string }): { file?: string } {
  return options.file === undefined ? {} : { file: options.file };
}

function locationOf(p: Problem | undefined): { location?: Problem } {
  return p === undefined ? {} : { location: p };
}
