import type { FuzzyTime } from "@parley/core";

/**
 * Time helpers for the browser: months as integers (for the time slider), ISO partial dates and
 * the fuzzy times the API sends. Kept apart from @parley/core so the bundle stays free of node code.
 */

/** Months since year 0 of an ISO date (`2018-02-28` → 2018*12+1). */
export function monthIndex(isoDate: string): number {
  const y = Number(isoDate.slice(0, 4));
  const m = isoDate.length >= 7 ? Number(isoDate.slice(5, 7)) : 1;
  return y * 12 + (m - 1);
}

/** The `YYYY-MM` of a month index. */
export function monthLabel(index: number): string {
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}`;
}

/** The first day of an ISO partial date. */
export function firstDay(iso: string): string {
  if (iso.length === 4) return `${iso}-01-01`;
  if (iso.length === 7) return `${iso}-01`;
  return iso;
}

/** The last day of an ISO partial date. */
export function lastDay(iso: string): string {
  if (iso.length === 4) return `${iso}-12-31`;
  if (iso.length === 7) {
    const y = Number(iso.slice(0, 4));
    const m = Number(iso.slice(5, 7));
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${iso}-${String(days).padStart(2, "0")}`;
  }
  return iso;
}

/** Whether a string is an ISO partial date (YYYY, YYYY-MM, YYYY-MM-DD). */
export function isIsoPartial(s: string): boolean {
  return /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/.test(s);
}

/** A fuzzy time for an ISO partial date typed by the analyst. */
export function fuzzyFromIso(iso: string): FuzzyTime {
  const precision = iso.length === 4 ? "year" : iso.length === 7 ? "month" : "day";
  return { text: iso, start: firstDay(iso), end: lastDay(iso), precision };
}

/** How a fuzzy time reads ("2018-02", "since 2005"); a dash when there is none. */
export function timeText(t: FuzzyTime | undefined | null): string {
  return t ? t.text : "—";
}

/** A sortable key for a fuzzy time: its start, else its end, else the far future. */
export function timeKey(t: FuzzyTime | undefined | null): string {
  return t?.start ?? t?.end ?? "9999-12-31";
}

/** Whether a fuzzy time overlaps the window [from, to] of ISO partial dates (open sides allowed). */
export function inWindow(
  t: FuzzyTime | undefined | null,
  from: string | undefined,
  to: string | undefined,
): boolean {
  if (!from && !to) return true;
  if (!t) return false;
  if (from && t.end !== null && t.end < firstDay(from)) return false;
  if (to && t.start !== null && t.start > lastDay(to)) return false;
  return true;
}
