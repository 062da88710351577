import type { Case } from "@parley/core";
import { type CaseFilter, filterCase } from "./case-filter";
import { jaccard, primaryParties } from "./process-overlap";
import { type DayInterval, processPeriod } from "./process-period";

/** Two processes active in the same period. */
export interface ParallelProcesses {
  a: string;
  b: string;
  /** The days both were active (null: unbounded). */
  during: DayInterval;
  /** Jaccard overlap of their primary parties. */
  partyOverlap: number;
  /** How the case relates them (`parallel`, `rival`...), either way; null when it does not. */
  link: string | null;
  /** Their stated aims, as the case gives them. */
  aims: [string | null, string | null];
}

// Null is unbounded: the later of "since forever" and a day is that day.
const later = (x: string | null, y: string | null) =>
  x === null ? y : y === null ? x : x > y ? x : y;
const earlier = (x: string | null, y: string | null) =>
  x === null ? y : y === null ? x : x < y ? x : y;

/**
 * Pairs of processes whose active periods (see processPeriod) overlap: the essay's "parallel
 * processes that seek different outcomes", with the shared period, the overlap of their primary
 * parties, the link the case declares between them and their aims.
 */
export function parallelProcesses(c: Case, filter: CaseFilter = {}): ParallelProcesses[] {
  const k = filterCase(c, filter);
  const parties = primaryParties(k);
  const out: ParallelProcesses[] = [];
  for (let i = 0; i < k.processes.length; i++) {
    for (let j = i + 1; j < k.processes.length; j++) {
      const a = k.processes[i];
      const b = k.processes[j];
      if (!a || !b) continue;
      const pa = processPeriod(k, a);
      const pb = processPeriod(k, b);
      if (!pa || !pb) continue;
      const start = later(pa.start, pb.start);
      const end = earlier(pa.end, pb.end);
      if (start !== null && end !== null && start > end) continue;
      const link =
        a.related.find((r) => r.process === b.id)?.type ??
        b.related.find((r) => r.process === a.id)?.type ??
        null;
      out.push({
        a: a.id,
        b: b.id,
        during: { start, end },
        partyOverlap: jaccard(parties.get(a.id) ?? new Set(), parties.get(b.id) ?? new Set()),
        link,
        aims: [a.aims ?? null, b.aims ?? null],
      });
    }
  }
  return out;
}
