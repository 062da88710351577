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
 * Column widths that fit `total` characters with two spaces between columns (water filling):
 * each column gets its natural width up to a common level times its weight (default 1), the
 * highest level that fits; what is left goes one character at a time to the cut columns, left
 * first. Each column keeps at least 3 characters (or its natural width when smaller).
 */
export function fitWidths(natural: number[], total: number, weights: number[] = []): number[] {
  const room = total - GAP * (natural.length - 1);
  const sum = natural.reduce((a, b) => a + b, 0);
  if (sum <= room) return natural;
  const weight = (i: number) => weights[i] ?? 1;
  const at = (level: number) =>
    natural.map((w, i) => Math.max(Math.min(3, w), Math.min(w, Math.floor(level * weight(i)))));
  const used = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
  let lo = 0;
  let hi = Math.max(...natural);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (used(at(mid)) <= room) lo = mid;
    else hi = mid - 1;
  }
  const out = at(lo);
  let extra = room - used(out);
  let grew = true;
  while (extra > 0 && grew) {
    grew = false;
    for (let i = 0; i < out.length && extra > 0; i++) {
      if ((out[i] ?? 0) < (natural[i] ?? 0)) {
        out[i] = (out[i] ?? 0) + 1;
        extra--;
        grew = true;
      }
    }
  }
  return out;
}

/**
 * Renders rows as a plain-text table with a header and aligned columns, for terminals, fitted to
 * `width` characters (default `display.width`; undefined for no limit) by truncating long cells
 * with an ellipsis; `weights` give some columns a larger share of a narrow width. Cells are flattened to one line so that untrusted text cannot break the layout.
 */
export function table(
  headers: string[],
  rows: (string | number | undefined | null)[][],
  width: number | undefined = display.width,
  weights: number[] = [],
): string {
  const clean = (v: string | number | undefined | null) =>
    v === undefined || v === null ? "" : String(v).replace(/\s+/g, " ").trim();
  const body = rows.map((r) => headers.map((_, i) => clean(r[i])));
  const natural = headers.map((h, i) =>
    Math.max(h.length, ...body.map((r) => [...(r[i] ?? "")].length)),
  );
  const widths = width === undefined ? natural : fitWidths(natural, width, weights);
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
