import { type FuzzyTime, parseFuzzyTime } from "@parley/core";

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * A calendar day or partial date as event datasets write it, as an ISO partial date:
 * `2021-08-15`, `2021-08-15 00:00:00.000` (UCDP), `15 August 2021` (older ACLED),
 * `15/08/2021` (day first, PA-X), `2021-08`, `2021`. Undefined when it is none of these or not a
 * real day.
 */
export function isoDateOf(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T][\d:.]+Z?)?$/.exec(t);
  if (m) return realDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2}) ([A-Za-z]+)\.? (\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[(m[2] ?? "").slice(0, 3).toLowerCase()];
    return month === undefined ? undefined : realDay(Number(m[3]), month, Number(m[1]));
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m) return realDay(Number(m[3]), Number(m[2]), Number(m[1]));
  if (/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/.test(t)) return t;
  return undefined;
}

function realDay(y: number, mo: number, d: number): string | undefined {
  if (mo < 1 || mo > 12 || d < 1) return undefined;
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > last) return undefined;
  return `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/**
 * Fuzzy times for ISO partial dates, memoised: an import of 100,000 rows sees a few thousand
 * distinct dates.
 */
export class DateTimes {
  private readonly cache = new Map<string, FuzzyTime>();

  /** The fuzzy time of an ISO partial date (which isoDateOf has already checked). */
  of(iso: string): FuzzyTime {
    let t = this.cache.get(iso);
    if (t === undefined) {
      const r = parseFuzzyTime(iso);
      if (!r.ok) throw r.error;
      t = r.value;
      this.cache.set(iso, t);
    }
    return t;
  }

  /** The interval from one day to another (inclusive), at day precision. */
  between(startIso: string, endIso: string): FuzzyTime {
    if (startIso === endIso) return this.of(startIso);
    return { text: `${startIso}/${endIso}`, start: startIso, end: endIso, precision: "day" };
  }
}
