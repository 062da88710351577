/**
 * Writes rows as RFC 4180 CSV: CRLF line ends, a field quoted when it holds a comma, a double
 * quote, a line break or surrounding spaces (quotes doubled inside), and a record made of one
 * empty field written `""` so that it is not read back as an empty line.
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  let out = "";
  for (const row of rows) {
    if (row.length === 1 && row[0] === "") {
      out += '""\r\n';
      continue;
    }
    out += row.map(csvField).join(",");
    out += "\r\n";
  }
  return out;
}

/** One CSV field, quoted when it must be. */
export function csvField(value: string): string {
  if (/[",\r\n]/.test(value) || value !== value.trim() || value.charCodeAt(0) === 0xfeff) {
    return `"${value.replaceAll('"', '""')}"`;
  }
  return value;
}
