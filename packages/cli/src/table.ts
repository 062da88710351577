/**
 * Renders rows as a plain-text table with a header and aligned columns, for terminals.
 * Cells are flattened to one line so that untrusted text cannot break the layout.
 */
export function table(headers: string[], rows: (string | number | undefined | null)[][]): string {
  const clean = (v: string | number | undefined | null) =>
    v === undefined || v === null ? "" : String(v).replace(/\s+/g, " ");
  const body = rows.map((r) => headers.map((_, i) => clean(r[i])));
  const widths = headers.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}
