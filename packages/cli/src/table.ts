/** How listings are laid out; set once per run from `--wide` and `--ids` (see `program.ts`). */
export const display: { width: number | undefined; ids: boolean } = { width: 100, ids: false };

/** Width used when stdout is not a terminal and `--wide` is not given. */
export const DEFAULT_WIDTH = 100;

/**
 * The width tables are fitted to: none with `--wide`, else the terminal's columns, else 100 (a
 * pipe or a file).
 */
export function terminalWidth(wide: boolean): number | undefined {
  if (wide) return undefined;
  const columns = process.stdout.isTTY ? process.stdout.columns : undefined;
  return columns !== undefined && columns > 0 ? columns : DEFAULT_WIDTH;
}

/** `text` cut to `width` characters, the last one an ellipsis when cut. */
export function truncate(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  if (width <= 0) return "";
  return `${chars.slice(0, width - 1).join("")}…`;
}

const GAP = 2;

/**
 * Column widths that fit `total` characters with two spaces between columns: columns narrower
 * than an equal share keep their width, the wider ones share what is left equally (water
 * filling). Each column keeps at least 3 characters (or its natural width when smaller).
 */
export function fitWidths(natural: number[], total: number): number[] {
  const n = natural.length;
  let room = total - GAP * (n - 1);
  const sum = natural.reduce((a, b) => a + b, 0);
  if (sum <= room) return natural;
  const out = [...natural];
  const open = natural.map((_, i) => i).sort((a, b) => (natural[a] ?? 0) - (natural[b] ?? 0));
  while (open.length > 0) {
    const share = Math.floor(room / open.length);
    const i = open[0] as number;
    if ((natural[i] ?? 0) <= share) {
      out[i] = natural[i] ?? 0;
      room -= out[i] ?? 0;
      open.shift();
      continue;
    }
    let extra = room - share * open.length;
    for (const j of [...open].sort((a, b) => a - b)) {
      out[j] = Math.max(Math.min(3, natural[j] ?? 0), share + (extra > 0 ? 1 : 0));
      extra--;
    }
    break;
  }
  return out;
}

/**
 * Renders rows as a plain-text table with a header and aligned columns, for terminals, fitted to
 * `width` characters (default `display.width`; undefined for no limit) by truncating long cells
 * with an ellipsis. Cells are flattened to one line so that untrusted text cannot break the layout.
 */
export function table(
  headers: string[],
  rows: (string | number | undefined | null)[][],
  width: number | undefined = display.width,
): string {
  const clean = (v: string | number | undefined | null) =>
    v === undefined || v === null ? "" : String(v).replace(/\s+/g, " ").trim();
  const body = rows.map((r) => headers.map((_, i) => clean(r[i])));
  const natural = headers.map((h, i) =>
    Math.max(h.length, ...body.map((r) => [...(r[i] ?? "")].length)),
  );
  const widths = width === undefined ? natural : fitWidths(natural, width);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => {
        const w = widths[i] ?? 0;
        const cut = truncate(c, w);
        return i === cells.length - 1 ? cut : cut.padEnd(w);
      })
      .join(" ".repeat(GAP))
      .trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}
