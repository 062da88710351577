import { type Evidence, monthNames, type Source } from "@parley/core";

/** A run of citation text; titles of standalone works are set in italics. */
export interface CitationRun {
  text: string;
  italic?: boolean;
}

/** Words that mark an institutional author, cited whole rather than by surname. */
const INSTITUTION =
  /\b(group|institute|organi[sz]ation|cent(er|re)|council|program(me)?|project|ministry|office|agency|nations|committee|foundation|university|association|service|news)\b/i;

/** Types whose titles Chicago sets in italics (standalone works) rather than in quotes. */
const STANDALONE = new Set(["book", "report", "dataset", "thesis", "motion_picture", "software"]);

/**
 * A footnote citation in the Chicago Manual of Style notes-bibliography style (17th ed., 14.21ff),
 * built from a source's CSL fields: `Author, "Title," Container, Month D, YYYY, URL.` for articles
 * and web pages; `Author, Title (Publisher, YYYY), URL.` in italics for reports, books and
 * datasets. Up to three authors are named (`A, B, and C`), more as `A et al.`; with no author the
 * note opens with the title. A paragraph locator (`para. 4`) follows when the evidence gives one.
 */
export function chicagoNote(source: Source, evidence?: Pick<Evidence, "paragraph">): CitationRun[] {
  const runs: CitationRun[] = [];
  const authors = authorList(source.authors);
  const date = source.date === undefined ? undefined : chicagoDate(source.date);
  const locator = evidence?.paragraph === undefined ? undefined : `para. ${evidence.paragraph + 1}`;
  if (authors !== "") runs.push({ text: `${authors}, ` });
  if (STANDALONE.has(source.type)) {
    runs.push({ text: source.title, italic: true });
    const facts = [source.publisher ?? source.container, date].filter((x) => x !== undefined);
    if (facts.length > 0) runs.push({ text: ` (${facts.join(", ")})` });
    const tail = [locator, source.url].filter((x) => x !== undefined);
    runs.push({ text: tail.length > 0 ? `, ${tail.join(", ")}.` : "." });
  } else {
    const rest = [
      source.container === undefined ? undefined : { text: source.container, italic: true },
      source.container === undefined && source.publisher !== undefined
        ? { text: source.publisher }
        : undefined,
      date === undefined ? undefined : { text: date },
      locator === undefined ? undefined : { text: locator },
      source.url === undefined ? undefined : { text: source.url },
    ].filter((x) => x !== undefined);
    // Chicago puts the comma inside the closing quotation mark.
    runs.push({ text: `\u201c${source.title}${rest.length > 0 ? "," : "."}\u201d` });
    rest.forEach((r, i) => {
      runs.push({ text: " " });
      runs.push(r);
      runs.push({ text: i === rest.length - 1 ? "." : "," });
    });
  }
  return merge(runs);
}

/**
 * The shortened note Chicago uses after a source's first citation (17th ed., 14.29-14.31): the
 * authors' surnames, the title cut to its first four words, and the locator:
 * `Ibrahimi, "Russia's Afghan Gambit," para. 6.`
 */
export function chicagoShortNote(
  source: Source,
  evidence?: Pick<Evidence, "paragraph">,
): CitationRun[] {
  const surnames = source.authors.map((a) =>
    INSTITUTION.test(a) ? a : (a.trim().split(/\s+/).pop() ?? a),
  );
  const authors = authorList(surnames);
  const words = source.title.split(/\s+/);
  const title = words.length > 4 ? words.slice(0, 4).join(" ") : source.title;
  const locator = evidence?.paragraph === undefined ? undefined : `para. ${evidence.paragraph + 1}`;
  const runs: CitationRun[] = [];
  if (authors !== "") runs.push({ text: `${authors}, ` });
  if (STANDALONE.has(source.type)) {
    runs.push({ text: title, italic: true });
    runs.push({ text: locator === undefined ? "." : `, ${locator}.` });
  } else {
    runs.push({
      text: locator === undefined ? `\u201c${title}.\u201d` : `\u201c${title},\u201d ${locator}.`,
    });
  }
  return merge(runs);
}

/** The citation as plain text (italics dropped). */
export function citationText(runs: readonly CitationRun[]): string {
  return runs.map((r) => r.text).join("");
}

/** `A`, `A and B`, `A, B, and C`, or `A et al.` beyond three. */
export function authorList(authors: readonly string[]): string {
  if (authors.length === 0) return "";
  if (authors.length === 1) return authors[0] ?? "";
  if (authors.length === 2) return `${authors[0]} and ${authors[1]}`;
  if (authors.length === 3) return `${authors[0]}, ${authors[1]}, and ${authors[2]}`;
  return `${authors[0]} et al.`;
}

/** An ISO partial date as Chicago writes it: `December 1, 2018`, `December 2018`, `2018`. */
export function chicagoDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  const month = m === undefined ? undefined : monthNames[Number(m) - 1];
  if (month === undefined) return y ?? iso;
  if (d === undefined) return `${month} ${y}`;
  return `${month} ${Number(d)}, ${y}`;
}

function merge(runs: CitationRun[]): CitationRun[] {
  const out: CitationRun[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    if (last !== undefined && Boolean(last.italic) === Boolean(r.italic)) last.text += r.text;
    else out.push(r.italic ? { text: r.text, italic: true } : { text: r.text });
  }
  return out;
}
