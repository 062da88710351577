import type { Case, Process } from "@parley/core";

/** An interval of days, inclusive; null is unbounded (or unknown) on that side. */
export interface DayInterval {
  start: string | null;
  end: string | null;
}

/**
 * The period a process is active: its own `period` when given, else from the earliest start to
 * the latest end of its dated events; null when neither is known.
 */
export function processPeriod(c: Case, process: Process): DayInterval | null {
  if (process.period) return { start: process.period.start, end: process.period.end };
  let start: string | null | undefined;
  let end: string | null | undefined;
  for (const e of c.events) {
    if (e.process !== process.id || !e.date) continue;
    const s = e.date.start;
    const t = e.date.end;
    if (start === undefined || s === null || (start !== null && s < start)) start = s;
    if (end === undefined || t === null || (end !== null && t > end)) end = t;
  }
  return start === undefined || end === undefined ? null : { start, end };
}
