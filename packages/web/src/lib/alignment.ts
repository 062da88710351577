import type { Case } from "@parley/core";

/** Two actors' agreement over the issues both hold positions on. */
export interface AlignmentPair {
  a: string;
  b: string;
  aName: string;
  bName: string;
  /** 0..1: one minus the salience-weighted mean distance of their positions, over the scale. */
  agreement: number;
  /** How many issues both hold positions on. */
  shared: number;
}

/**
 * Agreement between every pair of actors with positions on a shared issue: for each issue,
 * 1 - |x_a - x_b| / (max - min), weighted by the product of the two saliences; pairs sorted
 * from most to least aligned. The latest position of an actor on an issue counts.
 */
export function alignmentPairs(c: Case): AlignmentPair[] {
  const latest = new Map<string, Case["positions"][number]>();
  for (const p of c.positions) {
    const key = `${p.actor}|${p.issue}`;
    const prev = latest.get(key);
    if (!prev || (p.date?.start ?? "") >= (prev.date?.start ?? "")) latest.set(key, p);
  }
  const byActor = new Map<string, Map<string, Case["positions"][number]>>();
  for (const p of latest.values()) {
    const m = byActor.get(p.actor) ?? new Map<string, Case["positions"][number]>();
    byActor.set(p.actor, m);
    m.set(p.issue, p);
  }
  const issues = new Map(c.issues.map((i) => [i.id, i]));
  const name = (id: string) => c.actors.find((x) => x.id === id)?.name ?? id;
  const actors = [...byActor.keys()].sort();
  const out: AlignmentPair[] = [];
  for (let i = 0; i < actors.length; i++) {
    for (let j = i + 1; j < actors.length; j++) {
      const a = actors[i] as string;
      const b = actors[j] as string;
      let num = 0;
      let den = 0;
      let shared = 0;
      for (const [issue, pa] of byActor.get(a) ?? []) {
        const pb = byActor.get(b)?.get(issue);
        const scale = issues.get(issue)?.scale;
        if (!pb || !scale) continue;
        const w = pa.salience * pb.salience;
        const range = scale.max - scale.min;
        num += w * (1 - Math.abs(pa.value - pb.value) / range);
        den += w;
        shared++;
      }
      if (shared > 0) {
        out.push({
          a,
          b,
          aName: name(a),
          bName: name(b),
          agreement: den > 0 ? num / den : 0,
          shared,
        });
      }
    }
  }
  return out.sort((x, y) => y.agreement - x.agreement || x.a.localeCompare(y.a));
}
