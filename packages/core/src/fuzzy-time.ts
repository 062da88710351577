import { z } from "zod";
import { err, ok, ParleyError, type Problem, type Result } from "./errors";

/** How finely a fuzzy time is known. `part` is a third of a year (early, mid, late). */
export const timePrecisions = ["day", "month", "part", "year", "decade", "unknown"] as const;
export type TimePrecision = (typeof timePrecisions)[number];

export const timeQualifiers = [
  "early",
  "mid",
  "late",
  "since",
  "until",
  "before",
  "after",
  "about",
  "more-than",
  "less-than",
] as const;
export type TimeQualifier = (typeof timeQualifiers)[number];

export const recurrences = ["annual", "monthly", "weekly", "daily"] as const;
export type Recurrence = (typeof recurrences)[number];

/**
 * A time as analysts write it ("late 2012", "since 2005", "annual since 2016"), kept as the
 * interval [start, end] of days it may cover, its precision and the original phrase.
 * `start`/`end` are ISO dates (YYYY-MM-DD), inclusive; null means unbounded on that side.
 */
export const fuzzyTimeSchema = z
  .object({
    text: z.string().min(1),
    start: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    end: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    precision: z.enum(timePrecisions),
    qualifier: z.enum(timeQualifiers).optional(),
    recurrence: z.enum(recurrences).optional(),
  })
  .strict();
export type FuzzyTime = z.infer<typeof fuzzyTimeSchema>;

/**
 * A filter window over time: ISO partial dates (YYYY, YYYY-MM, YYYY-MM-DD). `from` is taken at
 * its first day and `to` at its last (`to: "2018"` runs through 2018-12-31); null, absent or
 * empty means unbounded on that side.
 */
export interface TimeWindow {
  from?: string | null;
  to?: string | null;
}

/** The fields of a fuzzy time other than its text. */
type TimeBody = Omit<FuzzyTime, "text">;

/** A closed interval of days read from a phrase without a qualifier. */
interface Span {
  start: string;
  end: string;
  precision: TimePrecision;
  /** Set when the span is one part of a year, which becomes the qualifier. */
  part?: "early" | "mid" | "late";
}

/** What a reader makes of a phrase: a value, "not this form", or "this form, but wrong". */
type Reading<T> =
  | { kind: "ok"; value: T }
  | { kind: "nomatch" }
  | { kind: "invalid"; reason: string };

const NO_MATCH = { kind: "nomatch" } as const;
const found = <T>(value: T): Reading<T> => ({ kind: "ok", value });
const invalid = (reason: string): Reading<never> => ({ kind: "invalid", reason });

const ACCEPTED_FORMS = [
  "2015",
  "2018-02",
  "2018-02-28",
  "28 February 2018",
  "February 28, 2018",
  "February 2018",
  "early/mid/late 2012",
  "the 2010s",
  "since/until/before/after 2005",
  "about 2015",
  "2016-2018",
  "from March 2017 to June 2018",
  "annual since 2016",
  "more than 17 years (with a reference date)",
  "unknown",
].join("; ");

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on the proleptic Gregorian calendar, years 0000-9999 (ISO 8601 basic range).

/** The English names of the months, January first. */
export const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

const MONTHS_BY_WORD: ReadonlyMap<string, number> = new Map([
  ...monthNames.map((name, i): [string, number] => [name.toLowerCase(), i + 1]),
  ...monthNames.map((name, i): [string, number] => [name.slice(0, 3).toLowerCase(), i + 1]),
  ["sept", 9],
]);

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function monthName(month: number): string {
  return monthNames[month - 1] ?? String(month);
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Splits a valid YYYY-MM-DD string into numbers. */
function ymd(date: string): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function isRealIsoDay(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const [y, m, d] = ymd(date);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The next day, or null past 9999-12-31. */
function nextDay(date: string): string | null {
  const [y, m, d] = ymd(date);
  if (d < daysInMonth(y, m)) return isoDay(y, m, d + 1);
  if (m < 12) return isoDay(y, m + 1, 1);
  return y < 9999 ? isoDay(y + 1, 1, 1) : null;
}

/** The previous day, or null before 0000-01-01. */
function previousDay(date: string): string | null {
  const [y, m, d] = ymd(date);
  if (d > 1) return isoDay(y, m, d - 1);
  if (m > 1) return isoDay(y, m - 1, daysInMonth(y, m - 1));
  return y > 0 ? isoDay(y - 1, 12, 31) : null;
}

/**
 * The same day `count` years or months earlier; a day the target month lacks (29 February,
 * 31 April) falls back to that month's last day. Null before year 0000.
 */
function shiftBack(date: string, count: number, unit: "year" | "month"): string | null {
  const [y, m, d] = ymd(date);
  const months = y * 12 + (m - 1) - (unit === "year" ? count * 12 : count);
  if (months < 0) return null;
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  return isoDay(year, month, Math.min(d, daysInMonth(year, month)));
}

/** Reads an ISO partial date (YYYY, YYYY-MM, YYYY-MM-DD) into the days it covers. */
function readIsoPartial(text: string): Reading<Span> {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return NO_MATCH;
  const year = Number(m[1]);
  if (m[2] === undefined) return found(yearSpan(year));
  const month = Number(m[2]);
  if (month < 1 || month > 12) {
    // "2016-18" is a range written short; say how to write it in full.
    const fullEnd = `${m[1]?.slice(0, 2)}${m[2]}`;
    const hint =
      m[3] === undefined && Number(fullEnd) > year
        ? `; write a range of years in full, as ${m[1]}-${fullEnd}`
        : "";
    return invalid(`has month ${m[2]}, which is not between 01 and 12${hint}`);
  }
  if (m[3] === undefined) return found(monthSpan(year, month));
  return daySpan(year, month, Number(m[3]));
}

function yearSpan(year: number): Span {
  return { start: isoDay(year, 1, 1), end: isoDay(year, 12, 31), precision: "year" };
}

function monthSpan(year: number, month: number): Span {
  return {
    start: isoDay(year, month, 1),
    end: isoDay(year, month, daysInMonth(year, month)),
    precision: "month",
  };
}

function daySpan(year: number, month: number, day: number): Reading<Span> {
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return invalid(
      `is not a date: ${monthName(month)} ${String(year).padStart(4, "0")} has ${last} days`,
    );
  }
  const date = isoDay(year, month, day);
  return found({ start: date, end: date, precision: "day" });
}

function requireIsoPartial(operation: string, date: string): Span {
  const r = readIsoPartial(date);
  if (r.kind === "ok") return r.value;
  const why = r.kind === "invalid" ? r.reason : "is not an ISO date";
  throw new ParleyError(
    "invalid_time",
    `${operation}: "${date}" ${why}; expected YYYY, YYYY-MM or YYYY-MM-DD`,
  );
}

/** Whether a string is a real ISO partial date: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (no 2018-02-30). */
export function isIsoPartialDate(date: string): boolean {
  return readIsoPartial(date).kind === "ok";
}

/**
 * The first day (YYYY-MM-DD) of an ISO partial date: `2018` gives `2018-01-01`.
 * Throws a ParleyError (`invalid_time`) on a malformed date: callers validate input first.
 */
export function startOf(isoPartialDate: string): string {
  return requireIsoPartial("startOf", isoPartialDate).start;
}

/**
 * The last day (YYYY-MM-DD) of an ISO partial date: `2016-02` gives `2016-02-29` (leap year).
 * Throws a ParleyError (`invalid_time`) on a malformed date: callers validate input first.
 */
export function endOf(isoPartialDate: string): string {
  return requireIsoPartial("endOf", isoPartialDate).end;
}

// ---------------------------------------------------------------------------------------------
// Phrase readers. They work on the normalised phrase: lower case, single spaces, dashes as "-".

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** One calendar unit: an ISO partial date, a part of a year, a decade, a month or a day in words. */
function readPoint(phrase: string): Reading<Span> {
  const s = phrase.replace(/^(?:in|on|during) /, "");

  const iso = readIsoPartial(s);
  if (iso.kind !== "nomatch") return iso;

  const part = /^(early|mid|late)(?:-| )(\d{4})$/.exec(s) as
    | (RegExpExecArray & { 1: "early" | "mid" | "late"; 2: string })
    | null;
  if (part) {
    const year = Number(part[2]);
    const first = part[1] === "early" ? 1 : part[1] === "mid" ? 5 : 9;
    return found({
      start: isoDay(year, first, 1),
      end: isoDay(year, first + 3, daysInMonth(year, first + 3)),
      precision: "part",
      part: part[1],
    });
  }

  const decade = /^(?:the )?(\d{4})'?s$/.exec(s);
  if (decade?.[1]) {
    const year = Number(decade[1]);
    if (year % 10 !== 0)
      return invalid(
        `is not a decade: a decade starts at a year ending in 0, such as ${year - (year % 10)}s`,
      );
    return found({ start: isoDay(year, 1, 1), end: isoDay(year + 9, 12, 31), precision: "decade" });
  }

  const monthYear = /^([a-z]+)\.? (\d{4})$/.exec(s);
  if (monthYear?.[1] && monthYear[2]) {
    const month = MONTHS_BY_WORD.get(monthYear[1]);
    if (month === undefined) return NO_MATCH;
    return found(monthSpan(Number(monthYear[2]), month));
  }

  const monthDayYear = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/.exec(s);
  if (monthDayYear?.[1] && monthDayYear[2] && monthDayYear[3]) {
    const month = MONTHS_BY_WORD.get(monthDayYear[1]);
    if (month === undefined) return NO_MATCH;
    return daySpan(Number(monthDayYear[3]), month, Number(monthDayYear[2]));
  }

  const dayMonthYear = /^(\d{1,2})(?:st|nd|rd|th)? (?:of )?([a-z]+)\.?,? (\d{4})$/.exec(s);
  if (dayMonthYear?.[1] && dayMonthYear[2] && dayMonthYear[3]) {
    const month = MONTHS_BY_WORD.get(dayMonthYear[2]);
    if (month === undefined) return NO_MATCH;
    return daySpan(Number(dayMonthYear[3]), month, Number(dayMonthYear[1]));
  }

  return NO_MATCH;
}

const PRECISION_RANK: Readonly<Record<TimePrecision, number>> = {
  day: 0,
  month: 1,
  part: 2,
  year: 3,
  decade: 4,
  unknown: 5,
};

function coarser(a: TimePrecision, b: TimePrecision): TimePrecision {
  return PRECISION_RANK[a] >= PRECISION_RANK[b] ? a : b;
}

/**
 * Tries every split of `body` at a separator and keeps the first split whose two sides are
 * both points. Needed because "-" both joins a range (2016-2018) and sits inside dates.
 */
function readRangeAt(body: string, separator: RegExp): Reading<Span> {
  let problem: Reading<Span> = NO_MATCH;
  for (const m of body.matchAll(separator)) {
    const left = readPoint(body.slice(0, m.index));
    const right = readPoint(body.slice(m.index + m[0].length));
    if (left.kind === "ok" && right.kind === "ok") {
      const { start } = left.value;
      const { end } = right.value;
      if (start > end) return invalid(`ends (${end}) before it starts (${start})`);
      return found({ start, end, precision: coarser(left.value.precision, right.value.precision) });
    }
    if (problem.kind === "nomatch" && left.kind !== "nomatch" && right.kind !== "nomatch") {
      problem = left.kind === "invalid" ? left : right;
    }
  }
  return problem;
}

/** A point or a range of two points ("2016-2018", "from March 2017 to June 2018"). */
function readSpan(phrase: string): Reading<Span> {
  const point = readPoint(phrase);
  if (point.kind !== "nomatch") return point;
  const between = /^between (.+)$/.exec(phrase);
  if (between?.[1]) return readRangeAt(between[1], / and /g);
  return readRangeAt(phrase.replace(/^from /, ""), / ?- ?| to | until | till | through /g);
}

function withBody(span: Reading<Span>, build: (s: Span) => TimeBody | string): Reading<TimeBody> {
  if (span.kind !== "ok") return span;
  const body = build(span.value);
  return typeof body === "string" ? invalid(body) : found(body);
}

function spanBody(span: Span, qualifier: TimeQualifier | undefined): TimeBody {
  const body: TimeBody = { start: span.start, end: span.end, precision: span.precision };
  if (qualifier !== undefined) body.qualifier = qualifier;
  return body;
}

/** "more than 17 years", "less than 6 months": an interval ending at the reference date. */
function readRelative(phrase: string, reference: string | undefined): Reading<TimeBody> {
  const m = /^(?:for )?(more than|over|less than|under) (\d{1,4}) (year|month)s?$/.exec(phrase);
  if (!m?.[1] || !m[2] || !m[3]) return NO_MATCH;
  if (reference === undefined) {
    return invalid(
      "is relative: a reference date is needed (the date the source was written, as YYYY, YYYY-MM or YYYY-MM-DD)",
    );
  }
  const ref = readIsoPartial(reference.trim());
  if (ref.kind !== "ok")
    return invalid(
      `is relative, and its reference date "${reference}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`,
    );
  const count = Number(m[2]);
  const unit = m[3] === "year" ? "year" : "month";
  const moreThan = m[1] === "more than" || m[1] === "over";
  // "More than N" began on or before the reference's last day minus N: the latest start it may
  // have had. "Less than N" began after its first day minus N: the earliest start.
  const start = shiftBack(moreThan ? ref.value.end : ref.value.start, count, unit);
  if (start === null) return invalid("reaches back before the year 0000");
  return found({
    start,
    end: ref.value.end,
    precision: unit,
    qualifier: moreThan ? "more-than" : "less-than",
  });
}

/** A span with an optional qualifier in front (since, until, before, after, about). */
function readQualified(phrase: string, reference: string | undefined): Reading<TimeBody> {
  const relative = readRelative(phrase, reference);
  if (relative.kind !== "nomatch") return relative;

  const span = readSpan(phrase);
  if (span.kind !== "nomatch") return withBody(span, (s) => spanBody(s, s.part));

  const since = /^(?:since|from) (.+)$/.exec(phrase);
  if (since?.[1]) {
    return withBody(readPoint(since[1]), (s) => ({
      start: s.start,
      end: null,
      precision: s.precision,
      qualifier: "since",
    }));
  }
  const until = /^(?:until|till|til|up to|up until) (.+)$/.exec(phrase);
  if (until?.[1]) {
    return withBody(readPoint(until[1]), (s) => ({
      start: null,
      end: s.end,
      precision: s.precision,
      qualifier: "until",
    }));
  }
  const before = /^before (.+)$/.exec(phrase);
  if (before?.[1]) {
    return withBody(readPoint(before[1]), (s) => {
      const end = previousDay(s.start);
      return end === null
        ? "has nothing before it in the years 0000-9999"
        : { start: null, end, precision: s.precision, qualifier: "before" };
    });
  }
  const after = /^after (.+)$/.exec(phrase);
  if (after?.[1]) {
    return withBody(readPoint(after[1]), (s) => {
      const start = nextDay(s.end);
      return start === null
        ? "has nothing after it in the years 0000-9999"
        : { start, end: null, precision: s.precision, qualifier: "after" };
    });
  }
  const about = /^(?:(?:about|around|approximately|roughly|circa) |(?:c|ca|approx)\. ?)(.+)$/.exec(
    phrase,
  );
  if (about?.[1]) {
    return withBody(readSpan(about[1]), (s) => spanBody(s, "about"));
  }
  return NO_MATCH;
}

const RECURRENCE_WORDS: ReadonlyMap<string, Recurrence> = new Map([
  ["annual", "annual"],
  ["annually", "annual"],
  ["yearly", "annual"],
  ["every year", "annual"],
  ["monthly", "monthly"],
  ["every month", "monthly"],
  ["weekly", "weekly"],
  ["every week", "weekly"],
  ["daily", "daily"],
  ["every day", "daily"],
]);

function readPhrase(phrase: string, reference: string | undefined): Reading<TimeBody> {
  if (phrase === "unknown") return found({ start: null, end: null, precision: "unknown" });
  const m =
    /^(annual|annually|yearly|every year|monthly|every month|weekly|every week|daily|every day) (.+)$/.exec(
      phrase,
    );
  const recurrence = m?.[1] ? RECURRENCE_WORDS.get(m[1]) : undefined;
  if (recurrence === undefined || !m?.[2]) return readQualified(phrase, reference);
  const inner = readQualified(m[2], reference);
  return inner.kind === "ok" ? found({ ...inner.value, recurrence }) : inner;
}

/**
 * Reads a time as analysts write it into the interval of days it may cover.
 *
 * Accepts ISO partial dates (`2015`, `2018-02`, `2018-02-28`), dates in words (`28 February 2018`,
 * `February 28, 2018`, `in February 2018`), parts of a year (`early`/`mid`/`late 2012`: January-April,
 * May-August, September-December), decades (`the 2010s`), ranges (`2016-2018`, `2016 to 2018`,
 * `from March 2017 to June 2018`, `between 2016 and 2018`), open intervals (`since`, `until`,
 * `before`, `after`), `about`/`circa` (same interval, qualifier `about`), a recurrence in front
 * (`annual since 2016`) and `unknown`. Quarters are not read.
 *
 * `more than 17 years` / `for more than 17 years` (and `less than`) need `options.reference`, an
 * ISO partial date (when the source was written): the interval is [reference minus 17 years,
 * reference], taken from the reference's last day. For `more-than` the start is the LATEST day the
 * thing may have started (reading "more than" as "at least"; it may have started any time
 * earlier), so overlap filters keep it from then on; for `less-than` the start is the earliest
 * day, counted from the reference's first day. Precision is `year` (`month` for months).
 *
 * Case-insensitive; `text` keeps the phrase as given, trimmed. Never throws: a phrase it cannot
 * read, an impossible date (2018-02-30, month 13) or a relative phrase without a reference is an
 * `invalid_time` error.
 */
export function parseFuzzyTime(
  text: string,
  options: { reference?: string } = {},
): Result<FuzzyTime> {
  const trimmed = text.trim();
  if (trimmed === "") {
    return err(
      new ParleyError(
        "invalid_time",
        `parseFuzzyTime: the time is empty; expected one of: ${ACCEPTED_FORMS}`,
      ),
    );
  }
  const reading = readPhrase(normalise(trimmed), options.reference);
  if (reading.kind === "ok") return ok({ text: trimmed, ...reading.value });
  const message =
    reading.kind === "invalid"
      ? `parseFuzzyTime: "${trimmed}" ${reading.reason}`
      : `parseFuzzyTime: cannot read "${trimmed}" as a time; expected one of: ${ACCEPTED_FORMS}`;
  return err(new ParleyError("invalid_time", message));
}

// ---------------------------------------------------------------------------------------------
// Labels.

type LabelUnit = "day" | "month" | "part" | "year" | "decade";
const LABEL_UNITS_COARSEST_FIRST: readonly LabelUnit[] = ["decade", "year", "part", "month", "day"];

function unitFirstDay(date: string, unit: LabelUnit): string {
  const [y, m] = ymd(date);
  switch (unit) {
    case "day":
      return date;
    case "month":
      return isoDay(y, m, 1);
    case "part":
      return isoDay(y, m <= 4 ? 1 : m <= 8 ? 5 : 9, 1);
    case "year":
      return isoDay(y, 1, 1);
    case "decade":
      return isoDay(y - (y % 10), 1, 1);
  }
}

function unitLastDay(date: string, unit: LabelUnit): string {
  const [y, m] = ymd(date);
  switch (unit) {
    case "day":
      return date;
    case "month":
      return isoDay(y, m, daysInMonth(y, m));
    case "part": {
      const last = m <= 4 ? 4 : m <= 8 ? 8 : 12;
      return isoDay(y, last, daysInMonth(y, last));
    }
    case "year":
      return isoDay(y, 12, 31);
    case "decade":
      return isoDay(y - (y % 10) + 9, 12, 31);
  }
}

function unitLabel(date: string, unit: LabelUnit): string {
  const [y, m, d] = ymd(date);
  const year = date.slice(0, 4);
  switch (unit) {
    case "day":
      return `${d} ${monthName(m).slice(0, 3)} ${year}`;
    case "month":
      return `${monthName(m).slice(0, 3)} ${year}`;
    case "part":
      return `${m <= 4 ? "early" : m <= 8 ? "mid" : "late"} ${year}`;
    case "year":
      return year;
    case "decade":
      return `the ${String(y - (y % 10)).padStart(4, "0")}s`;
  }
}

/** Units no coarser than the precision, coarsest first; an unknown precision allows all. */
function unitsFor(precision: TimePrecision): LabelUnit[] {
  return LABEL_UNITS_COARSEST_FIRST.filter((u) => PRECISION_RANK[u] <= PRECISION_RANK[precision]);
}

function startLabel(date: string, precision: TimePrecision): string {
  const unit = unitsFor(precision).find((u) => unitFirstDay(date, u) === date) ?? "day";
  return unitLabel(date, unit);
}

function endLabel(date: string, precision: TimePrecision): string {
  const unit = unitsFor(precision).find((u) => unitLastDay(date, u) === date) ?? "day";
  return unitLabel(date, unit);
}

function spanLabel(start: string, end: string, precision: TimePrecision): string {
  const unit = unitsFor(precision).find(
    (u) => unitFirstDay(start, u) === start && unitLastDay(start, u) === end,
  );
  if (unit !== undefined) return unitLabel(start, unit);
  return `${startLabel(start, precision)} to ${endLabel(end, precision)}`;
}

function bodyLabel(t: FuzzyTime): string {
  const { start, end, precision, qualifier } = t;
  if (start === null && end === null) return "unknown";
  if (start === null && end !== null) {
    const after = qualifier === "before" ? nextDay(end) : null;
    return after === null
      ? `until ${endLabel(end, precision)}`
      : `before ${startLabel(after, precision)}`;
  }
  if (start !== null && end === null) {
    const before = qualifier === "after" ? previousDay(start) : null;
    return before === null
      ? `since ${startLabel(start, precision)}`
      : `after ${endLabel(before, precision)}`;
  }
  if (start === null || end === null) return "unknown";
  if (qualifier === "more-than" || qualifier === "less-than") {
    const unit = LABEL_UNITS_COARSEST_FIRST.find((u) => u === precision) ?? "day";
    return `since ${unitLabel(start, unit)} or ${qualifier === "more-than" ? "earlier" : "later"}`;
  }
  const span = spanLabel(start, end, precision);
  return qualifier === "about" ? `about ${span}` : span;
}

/**
 * A short human label built from the interval, not the original text: `late 2012`, `since 2005`,
 * `28 Feb 2018`, `Mar 2017 to Jun 2018`, `annual since 2016`, `since 2001 or earlier` (more than
 * N years). Every label except the relative ones reads back with parseFuzzyTime.
 */
export function formatFuzzyTime(t: FuzzyTime): string {
  const label = bodyLabel(t);
  return t.recurrence === undefined ? label : `${t.recurrence} ${label}`;
}

// ---------------------------------------------------------------------------------------------
// Comparisons and filters.

function isFuzzyTime(x: FuzzyTime | TimeWindow): x is FuzzyTime {
  return "precision" in x && "text" in x;
}

function boundsOf(x: FuzzyTime | TimeWindow): [string | null, string | null] {
  if (isFuzzyTime(x)) return [x.start, x.end];
  const from = x.from ? requireIsoPartial("overlaps", x.from).start : null;
  const to = x.to ? requireIsoPartial("overlaps", x.to).end : null;
  return [from, to];
}

/**
 * Whether two intervals share at least one day (inclusive ends; touching days overlap). A fuzzy
 * time is its [start, end]; a window is [first day of `from`, last day of `to`]; null is unbounded.
 * Throws a ParleyError (`invalid_time`) on a malformed window date: validate windows first.
 */
export function overlaps(a: FuzzyTime | TimeWindow, b: FuzzyTime | TimeWindow): boolean {
  const [aStart, aEnd] = boundsOf(a);
  const [bStart, bEnd] = boundsOf(b);
  // ISO dates with four-digit years sort as strings.
  if (aStart !== null && bEnd !== null && aStart > bEnd) return false;
  if (bStart !== null && aEnd !== null && bStart > aEnd) return false;
  return true;
}

function compareOptional(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

/**
 * A total order for sorting: by start (unbounded first), then end (unbounded last), then
 * precision (finer first), then text, then qualifier and recurrence (absent first).
 */
export function compareFuzzyTime(a: FuzzyTime, b: FuzzyTime): number {
  if (a.start !== b.start) {
    if (a.start === null) return -1;
    if (b.start === null) return 1;
    return a.start < b.start ? -1 : 1;
  }
  if (a.end !== b.end) {
    if (a.end === null) return 1;
    if (b.end === null) return -1;
    return a.end < b.end ? -1 : 1;
  }
  const byPrecision = PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
  if (byPrecision !== 0) return byPrecision;
  return (
    compareOptional(a.text, b.text) ||
    compareOptional(a.qualifier, b.qualifier) ||
    compareOptional(a.recurrence, b.recurrence)
  );
}

/**
 * Whether every day of an ISO partial date lies inside the time's interval (`2018` is inside
 * `the 2010s`, not inside `late 2018`). Throws a ParleyError (`invalid_time`) on a malformed date.
 */
export function containsDate(t: FuzzyTime, isoPartialDate: string): boolean {
  const { start, end } = requireIsoPartial("containsDate", isoPartialDate);
  return (t.start === null || t.start <= start) && (t.end === null || end <= t.end);
}

/**
 * Whether the time's earliest possible start is on or before the last day of an ISO partial
 * date: what "as known on date D" filters keep. An unbounded start always qualifies.
 * Throws a ParleyError (`invalid_time`) on a malformed date.
 */
export function startsOnOrBefore(t: FuzzyTime, isoPartialDate: string): boolean {
  const { end } = requireIsoPartial("startsOnOrBefore", isoPartialDate);
  return t.start === null || t.start <= end;
}

// ---------------------------------------------------------------------------------------------
// YAML.

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${JSON.stringify(value) ?? String(value)}`;
}

function pointerOf(path: readonly PropertyKey[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

function readTimeObject(value: object): Result<FuzzyTime> {
  const parsed = fuzzyTimeSchema.safeParse(value);
  if (!parsed.success) {
    const problems: Problem[] = parsed.error.issues.map((i) => ({
      message: i.message,
      pointer: pointerOf(i.path),
    }));
    return err(
      new ParleyError(
        "invalid_time",
        "fuzzyTimeFromYaml: the time mapping does not match {text, start, end, precision, qualifier?, recurrence?}",
        {
          problems,
        },
      ),
    );
  }
  const t = parsed.data;
  const problems: Problem[] = [];
  for (const key of ["start", "end"] as const) {
    const day = t[key];
    if (day !== null && !isRealIsoDay(day))
      problems.push({ message: `"${day}" is not a real date`, pointer: `/${key}` });
  }
  if (problems.length === 0 && t.start !== null && t.end !== null && t.start > t.end) {
    problems.push({ message: `end "${t.end}" is before start "${t.start}"`, pointer: "/end" });
  }
  if (problems.length > 0) {
    return err(
      new ParleyError(
        "invalid_time",
        `fuzzyTimeFromYaml: the time "${t.text}" has an impossible interval`,
        { problems },
      ),
    );
  }
  return ok(canonical(t));
}

/** A copy without keys whose value is undefined, so equal times are deeply equal. */
function canonical(t: FuzzyTime): FuzzyTime {
  const copy: FuzzyTime = { text: t.text, start: t.start, end: t.end, precision: t.precision };
  if (t.qualifier !== undefined) copy.qualifier = t.qualifier;
  if (t.recurrence !== undefined) copy.recurrence = t.recurrence;
  return copy;
}

/**
 * Reads a time from a YAML case file: a phrase (parsed with parseFuzzyTime and the reference),
 * a whole-number year (YAML reads `2015` as a number), a date (YAML 1.1 readers turn `2018-02-28`
 * into a Date at UTC midnight) or a mapping matching fuzzyTimeSchema with a real, ordered interval.
 */
export function fuzzyTimeFromYaml(value: unknown, reference?: string): Result<FuzzyTime> {
  const options = reference === undefined ? {} : { reference };
  if (typeof value === "string") return parseFuzzyTime(value, options);
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 0 && value <= 9999)
      return parseFuzzyTime(String(value).padStart(4, "0"), options);
    return err(
      new ParleyError(
        "invalid_time",
        `fuzzyTimeFromYaml: the number ${value} is not a year; expected a whole year from 0 to 9999`,
      ),
    );
  }
  if (value instanceof Date) {
    const time = value.getTime();
    if (!Number.isNaN(time) && time % 86_400_000 === 0)
      return parseFuzzyTime(value.toISOString().slice(0, 10), options);
    return err(
      new ParleyError(
        "invalid_time",
        "fuzzyTimeFromYaml: the timestamp is not a calendar day at UTC midnight; write the date as text",
      ),
    );
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value))
    return readTimeObject(value);
  return err(
    new ParleyError(
      "invalid_time",
      `fuzzyTimeFromYaml: expected a time phrase, a year or a {text, start, end, precision} mapping, got ${describeValue(value)}`,
    ),
  );
}

function sameTime(a: FuzzyTime, b: FuzzyTime): boolean {
  return (
    a.text === b.text &&
    a.start === b.start &&
    a.end === b.end &&
    a.precision === b.precision &&
    a.qualifier === b.qualifier &&
    a.recurrence === b.recurrence
  );
}

/**
 * The YAML form of a time: the bare phrase when parsing it (without a reference) gives back the
 * identical time, otherwise the full mapping (relative phrases, hand-edited intervals).
 */
export function fuzzyTimeToYaml(t: FuzzyTime): string | FuzzyTime {
  const reparsed = parseFuzzyTime(t.text);
  return reparsed.ok && sameTime(reparsed.value, t) ? t.text : canonical(t);
}
