/** One cell of a CSV file with where it starts (1-based line and column). */
export interface CsvCell {
  text: string;
  line: number;
  column: number;
}

/**
 * The rows of a CSV text (RFC 4180: commas, double-quoted cells with `""` for a quote, CRLF or LF
 * line ends), each cell with its line and column so errors can point at it. Blank lines are
 * dropped; an unterminated quote is reported as `{ error }` with its position.
 */
export function csvRows(
  text: string,
): { rows: CsvCell[][] } | { error: string; line: number; column: number } {
  const rows: CsvCell[][] = [];
  let row: CsvCell[] = [];
  let cell = "";
  let cellLine = 1;
  let cellColumn = 1;
  let line = 1;
  let column = 1;
  let i = 0;
  let quoted = false;
  let started = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const endCell = () => {
    row.push({ text: cell, line: cellLine, column: cellColumn });
    cell = "";
    started = false;
  };
  const endRow = () => {
    endCell();
    if (!(row.length === 1 && (row[0] as CsvCell).text.trim() === "")) rows.push(row);
    row = [];
  };
  while (i < src.length) {
    const ch = src[i] as string;
    if (!started) {
      cellLine = line;
      cellColumn = column;
      started = true;
    }
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i += 2;
          column += 2;
          continue;
        }
        quoted = false;
        i++;
        column++;
        continue;
      }
      if (ch === "\n") {
        line++;
        column = 1;
      } else column++;
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
      i++;
      column++;
      continue;
    }
    if (ch === ",") {
      endCell();
      i++;
      column++;
      continue;
    }
    if (ch === "\r" || ch === "\n") {
      endRow();
      i += ch === "\r" && src[i + 1] === "\n" ? 2 : 1;
      line++;
      column = 1;
      continue;
    }
    cell += ch;
    i++;
    column++;
  }
  if (quoted) return { error: "unterminated quoted cell", line: cellLine, column: cellColumn };
  if (started || row.length > 0) endRow();
  return { rows };
}
