import { ParleyError } from "@parley/core";

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, so that time windows compare as integers.
 * Formula: Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil.
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoPartial = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** The day number of an ISO day `YYYY-MM-DD`, or null for null (an unbounded side of an interval). */
export function dayOf(iso: string | null | undefined): number | null {
  if (iso === null || iso === undefined) return null;
  const m = isoDay.exec(iso);
  if (m === null) return null;
  return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

function daysInMonth(year: number, month: number): number {
  return (
    dayNumber(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) -
    dayNumber(year, month, 1)
  );
}

/**
 * The first or last day number of a partial ISO date (`2018`, `2018-02`, `2018-02-28`), as a
 * query bound: `from` takes the first day it covers, `to` the last.
 */
export function boundDay(iso: string, side: "first" | "last", operation: string): number {
  const m = isoPartial.exec(iso);
  if (m === null) {
    throw new ParleyError(
      "invalid_input",
      `${operation}: "${iso}" is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  }
  const year = Number(m[1]);
  if (m[2] === undefined) return side === "first" ? dayNumber(year, 1, 1) : dayNumber(year, 12, 31);
  const month = Number(m[2]);
  if (m[3] !== undefined) return dayNumber(year, month, Number(m[3]));
  return side === "first"
    ? dayNumber(year, month, 1)
    : dayNumber(year, month, daysInMonth(year, month));
}

/** Span classes above this are folded into {@link UNBOUNDED_CLASS}; 2^23 days exceed 20,000 years. */
export const MAX_SPAN_CLASS = 23;
/** The span class of an interval open on either side (or with no time at all). */
export const UNBOUNDED_CLASS = 99;

/**
 * The span class of a closed interval: the bit length of its length in days (0 for one day).
 * Intervals of class k are at most 2^k - 1 days long, so an overlap query can bound the start
 * of each class from below and use an index range instead of a scan.
 */
export function spanClass(start: number | null, end: number | null): number {
  if (start === null || end === null) return UNBOUNDED_CLASS;
  const len = Math.max(0, end - start);
  const k = len === 0 ? 0 : 32 - Math.clz32(len);
  return k > MAX_SPAN_CLASS ? UNBOUNDED_CLASS : k;
}
