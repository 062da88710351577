/**
 * A search query in the web-search style PostgreSQL's `websearch_to_tsquery` accepts: words
 * (all required), "quoted phrases", `OR` between alternatives, `-word` to exclude.
 * Each term is kept as its list of lower-case words.
 */
export interface TextQuery {
  /** Alternatives (joined by OR); each is a list of required terms and excluded terms. */
  groups: { include: string[][]; exclude: string[][] }[];
}

const wordPattern = /[\p{L}\p{N}]+/gu;

function words(s: string): string[] {
  return s.toLowerCase().match(wordPattern) ?? [];
}

/** Parses a query; terms with no letters or digits are dropped. */
export function textQuery(query: string): TextQuery {
  const groups: TextQuery["groups"] = [{ include: [], exclude: [] }];
  const token = /(-?)"([^"]*)"?|(\S+)/g;
  for (const m of query.matchAll(token)) {
    const raw = m[3];
    if (raw === "OR") {
      groups.push({ include: [], exclude: [] });
      continue;
    }
    const negative = m[1] === "-" || (raw?.startsWith("-") ?? false);
    const text = m[2] ?? (negative ? raw?.slice(1) : raw) ?? "";
    const ws = words(text);
    if (ws.length === 0) continue;
    const g = groups[groups.length - 1] as TextQuery["groups"][number];
    (negative ? g.exclude : g.include).push(ws);
  }
  return { groups: groups.filter((g) => g.include.length > 0) };
}

/** The query in SQLite FTS5 syntax: each term a quoted string, so nothing in it is an operator. */
export function fts5Query(q: TextQuery): string {
  return q.groups
    .map((g) => {
      const inc = g.include.map((t) => `"${t.join(" ")}"`).join(" ");
      const exc = g.exclude.map((t) => ` NOT "${t.join(" ")}"`).join("");
      return `(${inc}${exc})`;
    })
    .join(" OR ");
}

/**
 * Whether a text matches the query as a document does: some alternative has all its required terms
 * and none of its excluded ones, each term as whole words in order.
 */
export function matchesQuery(text: string, q: TextQuery): boolean {
  const has = (term: string[]) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])${term.map(escapeRegExp).join("[^\\p{L}\\p{N}]+")}(?![\\p{L}\\p{N}])`,
      "iu",
    ).test(text);
  return q.groups.some((g) => g.include.every(has) && !g.exclude.some(has));
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Character ranges [start, end) where the query's included terms occur in a text, in order. */
export function matchRanges(text: string, q: TextQuery): [number, number][] {
  const out: [number, number][] = [];
  const terms = new Set(q.groups.flatMap((g) => g.include.map((t) => t.join(" "))));
  for (const term of terms) {
    const body = term.split(" ").join("[^\\p{L}\\p{N}]+");
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "giu");
    for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** The match with about `context` characters either side, on one line, cut marks as `…`. */
export function snippetOf(text: string, start: number, end: number, context = 40): string {
  let from = Math.max(0, start - context);
  let to = Math.min(text.length, end + context);
  // Cut at whitespace so that no word is shown in part.
  while (from > 0 && from < start && !/\s/.test(text[from - 1] ?? "")) from++;
  while (to < text.length && to > end && !/\s/.test(text[to] ?? "")) to--;
  const body = text.slice(from, to).replace(/\s+/g, " ").trim();
  return `${from > 0 ? "…" : ""}${body}${to < text.length ? "…" : ""}`;
}
