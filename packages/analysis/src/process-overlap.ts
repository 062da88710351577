import type { Case } from "@parley/core";
import { type CaseFilter, filterCase } from "./case-filter";
import { roleClass } from "./role-classes";

/** Shared and separate primary parties of two processes. */
export interface ProcessOverlap {
  a: string;
  b: string;
  shared: string[];
  onlyA: string[];
  onlyB: string[];
  /** |shared| / |union|, 0 when both have no parties (Jaccard's coefficient). */
  jaccard: number;
}

/**
 * The primary parties of each process: its convenors and every actor present as a party (host,
 * convenor, attendee, signatory; not observers, mediators or witnesses) at its held events.
 */
export function primaryParties(c: Case): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>(c.processes.map((p) => [p.id, new Set(p.convenors)]));
  for (const e of c.events) {
    if (e.process === undefined || e.status !== "held") continue;
    const set = out.get(e.process);
    if (!set) continue;
    for (const p of e.participants) if (roleClass(p.role) === "party") set.add(p.actor);
  }
  return out;
}

/** Jaccard's coefficient of two sets. P. Jaccard, Bull. Soc. Vaud. Sci. Nat. 37, 1901. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * The overlap of primary parties (see primaryParties) between every pair of processes, in case
 * order of the pair, measured by Jaccard's coefficient.
 */
export function processOverlap(c: Case, filter: CaseFilter = {}): ProcessOverlap[] {
  const k = filterCase(c, filter);
  const parties = primaryParties(k);
  const out: ProcessOverlap[] = [];
  for (let i = 0; i < k.processes.length; i++) {
    for (let j = i + 1; j < k.processes.length; j++) {
      const a = k.processes[i]?.id as string;
      const b = k.processes[j]?.id as string;
      const pa = parties.get(a) ?? new Set<string>();
      const pb = parties.get(b) ?? new Set<string>();
      out.push({
        a,
        b,
        shared: [...pa].filter((x) => pb.has(x)).sort(),
        onlyA: [...pa].filter((x) => !pb.has(x)).sort(),
        onlyB: [...pb].filter((x) => !pa.has(x)).sort(),
        jaccard: jaccard(pa, pb),
      });
    }
  }
  return out;
}
