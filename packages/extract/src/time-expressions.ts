import type { FuzzyTime } from "@parley/core";
import * as chrono from "chrono-node";

/** A time phrase found in a text, with its span and Parley's fuzzy reading of it. */
export interface TimeMention {
  start: number;
  end: number;
  time: FuzzyTime;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, "0")}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The thirds of a year that "early", "mid" and "late" name: Jan-Apr, May-Aug, Sep-Dec. */
const parts = { early: [1, 4], mid: [5, 8], late: [9, 12] } as const;

const yearRe = "((?:19|20)\\d{2})(?![\\d,.]\\d)";
const patterns: { re: RegExp; read: (m: RegExpExecArray, recurring: boolean) => FuzzyTime }[] = [
  {
    re: new RegExp(
      `\\b(since|from|until|till|before|after) (?:(early|mid|late)[- ])?${yearRe}\\b`,
      "gi",
    ),
    read: (m, recurring) => {
      const word = (m[1] ?? "").toLowerCase();
      const part = (m[2]?.toLowerCase() ?? null) as keyof typeof parts | null;
      const y = Number(m[3]);
      const [a, b] = part === null ? [1, 12] : parts[part];
      const from = iso(y, a, 1);
      const to = iso(y, b, lastDay(y, b));
      const opens = word === "since" || word === "from" || word === "after";
      const qualifier =
        word === "since" || word === "from" ? "since" : word === "till" ? "until" : word;
      return {
        text: m[0],
        start: opens ? (word === "after" ? to : from) : null,
        end: opens ? null : word === "before" ? from : to,
        precision: part === null ? "year" : "part",
        qualifier: qualifier as FuzzyTime["qualifier"] & string,
        ...(recurring ? { recurrence: "annual" as const } : {}),
      };
    },
  },
  {
    re: new RegExp(`\\b(early|mid|late)[- ]${yearRe}\\b`, "gi"),
    read: (m) => {
      const part = (m[1] ?? "").toLowerCase() as keyof typeof parts;
      const y = Number(m[2]);
      const [a, b] = parts[part];
      return {
        text: m[0],
        start: iso(y, a, 1),
        end: iso(y, b, lastDay(y, b)),
        precision: "part",
        qualifier: part,
      };
    },
  },
  {
    re: /\b((?:19|20)\d)0s\b/g,
    read: (m) => {
      const y = Number(`${m[1]}0`);
      return { text: m[0], start: iso(y, 1, 1), end: iso(y + 9, 12, 31), precision: "decade" };
    },
  },
  {
    re: new RegExp(`\\b${yearRe}\\b`, "g"),
    read: (m) => {
      const y = Number(m[1]);
      return { text: m[0], start: iso(y, 1, 1), end: iso(y, 12, 31), precision: "year" };
    },
  },
];

// Month and weekday names count only capitalised: lower-case "may" and "march" are verbs, and
// chrono is the slowest step of the pipeline.
const needsChrono =
  /\b(Jan(uary)?|Feb(ruary)?|Mar(ch)?|Apr(il)?|May|June?|July?|Aug(ust)?|Sep(t(ember)?)?|Oct(ober)?|Nov(ember)?|Dec(ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Ll]ast (week|month|year)|[Nn]ext (week|month|year)|[Tt]his (week|month|year)|ago)\b/;

function fromChrono(r: chrono.ParsedResult, reference: Date | null): FuzzyTime | null {
  const c = r.start;
  const relative = /\b(yesterday|today|tomorrow|ago|last|next|this)\b/i.test(r.text);
  if ((relative || !c.isCertain("year")) && reference === null) return null;
  let date = c.date();
  // News speaks of the past: "on Wednesday" is the Wednesday before the document, not after.
  if (reference !== null && c.isCertain("weekday") && !c.isCertain("day") && date > reference) {
    date = new Date(date.getTime() - 7 * 86_400_000);
  }
  const y = date.getFullYear();
  const m = date.getMonth() + 1;
  const d = date.getDate();
  if (
    c.isCertain("day") ||
    c.isCertain("weekday") ||
    /\b(yesterday|today|tomorrow|ago)\b/i.test(r.text)
  ) {
    return { text: r.text, start: iso(y, m, d), end: iso(y, m, d), precision: "day" };
  }
  if (c.isCertain("month")) {
    return { text: r.text, start: iso(y, m, 1), end: iso(y, m, lastDay(y, m)), precision: "month" };
  }
  return { text: r.text, start: iso(y, 1, 1), end: iso(y, 12, 31), precision: "year" };
}

/**
 * Time phrases of a sentence, read as fuzzy times: years, parts of years ("late 2012"),
 * decades, open intervals ("since 2005", recurring when the sentence says "annual"), and
 * calendar dates and relative days (chrono-node, resolved against the document's date).
 * `offset` is where `text` starts in the document. Overlaps keep the longer phrase.
 */
export function sentenceTimes(
  text: string,
  offset: number,
  documentDate: Date | null,
): TimeMention[] {
  const found: TimeMention[] = [];
  const recurring = /\b(annual|annually|yearly|every year)\b/i.test(text);
  const taken = (s: number, e: number): boolean => found.some((f) => s < f.end && e > f.start);
  if (needsChrono.test(text)) {
    for (const r of chrono.parse(text, documentDate ?? undefined)) {
      const t = fromChrono(r, documentDate);
      const s = offset + r.index;
      const e = s + r.text.length;
      if (t !== null && !taken(s, e)) found.push({ start: s, end: e, time: t });
    }
  }
  for (const p of patterns) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m !== null; m = p.re.exec(text)) {
      const s = offset + m.index;
      const e = s + m[0].length;
      if (!taken(s, e)) found.push({ start: s, end: e, time: p.read(m, recurring) });
    }
  }
  // chrono's "on 3 March" keeps the preposition; Parley's phrase starts at the date itself.
  for (const f of found) {
    const lead = /^(on|in|at|during|by) /i.exec(f.time.text);
    if (lead !== null && f.time.qualifier === undefined) {
      f.start += lead[0].length;
      f.time = { ...f.time, text: f.time.text.slice(lead[0].length) };
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
