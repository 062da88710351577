import { type Case, compareFuzzyTime, type Position } from "@parley/core";
import { type CaseFilter, filterCase } from "./case-filter";
import { caseIndex } from "./case-index";

/** How far apart two actors stand on one issue. */
export interface IssueDistance {
  issue: string;
  /** |value a - value b| / (scale max - scale min): 0 same place, 1 opposite poles. */
  distance: number;
  /** Salience weight: the mean of the two actors' saliences. */
  weight: number;
  /** Whether either position rests only on the analyst's judgment. */
  analyst: boolean;
}

/** The alignment of two actors over the issues both have positions on. */
export interface PairAlignment {
  a: string;
  b: string;
  /** By distance, closest first (ties by issue id). */
  issues: IssueDistance[];
  /** Salience-weighted mean distance over the shared issues. */
  distance: number;
  /** 1 - distance. */
  alignment: number;
  /** Issues where they stand within `agree` of each other. */
  agree: string[];
  /** Issues where they stand at least `part` apart. */
  part: string[];
  /** Share of the salience weight on issues where a position is the analyst's. */
  analystShare: number;
  /** Alignment over the issues without analyst positions; null when none is left. */
  withoutAnalyst: number | null;
  /** |alignment - withoutAnalyst|; null when the pairing rests on analyst positions alone. */
  sensitivity: number | null;
}

/** Pairwise alignment and camps. */
export interface Alignment {
  /** Actors with at least one position, sorted. */
  actors: string[];
  /** Every pair with a shared issue, in actor order. */
  pairs: PairAlignment[];
  /** Groups by average-linkage clustering, largest first. */
  camps: string[][];
}

/** Thresholds for alignment: agree / part distances and the camp cut. */
export interface AlignmentOptions {
  /** Largest issue distance counted as agreement (default 0.2). */
  agree?: number;
  /** Smallest issue distance counted as parting (default 0.25: a quarter of the scale). */
  part?: number;
  /** Largest average distance at which camps merge (default 0.25). */
  campDistance?: number;
}

function weightedDistance(issues: IssueDistance[]): number | null {
  if (issues.length === 0) return null;
  const total = issues.reduce((s, x) => s + x.weight, 0);
  // With no salience on any shared issue, every issue counts the same.
  if (total === 0) return issues.reduce((s, x) => s + x.distance, 0) / issues.length;
  return issues.reduce((s, x) => s + x.weight * x.distance, 0) / total;
}

/** The latest position of each actor on each issue (undated count as earliest; ties: last given). */
export function latestPositions(c: Case): Map<string, Map<string, Position>> {
  const out = new Map<string, Map<string, Position>>();
  for (const p of c.positions) {
    const byIssue = out.get(p.actor) ?? new Map<string, Position>();
    out.set(p.actor, byIssue);
    const prior = byIssue.get(p.issue);
    const newer =
      !prior?.date || (p.date !== undefined && compareFuzzyTime(p.date, prior.date) >= 0);
    if (newer) byIssue.set(p.issue, p);
  }
  return out;
}

function camps(actors: string[], distance: Map<string, number>, cut: number): string[][] {
  let groups = actors.map((a) => [a]);
  const avg = (x: string[], y: string[]): number | null => {
    let sum = 0;
    let n = 0;
    for (const a of x)
      for (const b of y) {
        const d = distance.get(a < b ? `${a} ${b}` : `${b} ${a}`);
        if (d !== undefined) {
          sum += d;
          n++;
        }
      }
    return n === 0 ? null : sum / n;
  };
  for (;;) {
    let best: [number, number, number] | null = null;
    for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++) {
        const d = avg(groups[i] as string[], groups[j] as string[]);
        if (d !== null && d <= cut && (best === null || d < best[0])) best = [d, i, j];
      }
    if (!best) break;
    const [, i, j] = best;
    const merged = [...(groups[i] as string[]), ...(groups[j] as string[])].sort();
    groups = groups.filter((_, k) => k !== i && k !== j);
    groups.push(merged);
    groups.sort((x, y) => ((x[0] as string) < (y[0] as string) ? -1 : 1));
  }
  return groups.sort(
    (x, y) => y.length - x.length || ((x[0] as string) < (y[0] as string) ? -1 : 1),
  );
}

/**
 * Pairwise alignment of actors over the case's issues: for each pair, the salience-weighted mean
 * of their normalised distances on the issues both hold positions on (weight: the mean of their
 * saliences), 1 minus that as alignment; where they agree and where they part; how much of it
 * rests on positions held only by the analyst's claims (hedge `analyst`) and how it moves without
 * them; camps by average-linkage clustering of the distances (UPGMA; R. R. Sokal and
 * C. D. Michener, 1958), merged while the average distance stays within `campDistance`.
 * Distances after the spatial model of B. Bueno de Mesquita, "The predictioneer's game", 2009.
 */
export function alignment(
  c: Case,
  filter: CaseFilter = {},
  options: AlignmentOptions = {},
): Alignment {
  const k = filterCase(c, filter);
  const index = caseIndex(k);
  const agree = options.agree ?? 0.2;
  const part = options.part ?? 0.25;
  const positions = latestPositions(k);
  const analystOnly = (p: Position): boolean => {
    const claims = (index.claimsBySubject.get(`position:${p.id}`) ?? []).filter(
      (x) => x.stance !== "denies",
    );
    return claims.length > 0 && claims.every((x) => x.hedge === "analyst");
  };
  const actors = [...positions.keys()].sort();
  const pairs: PairAlignment[] = [];
  const distances = new Map<string, number>();
  for (let i = 0; i < actors.length; i++) {
    for (let j = i + 1; j < actors.length; j++) {
      const a = actors[i] as string;
      const b = actors[j] as string;
      const pa = positions.get(a) as Map<string, Position>;
      const pb = positions.get(b) as Map<string, Position>;
      const issues: IssueDistance[] = [];
      for (const [issueId, x] of pa) {
        const y = pb.get(issueId);
        const issue = index.issues.get(issueId);
        if (!y || !issue) continue;
        issues.push({
          issue: issueId,
          distance: Math.abs(x.value - y.value) / (issue.scale.max - issue.scale.min),
          weight: (x.salience + y.salience) / 2,
          analyst: analystOnly(x) || analystOnly(y),
        });
      }
      const distance = weightedDistance(issues);
      if (distance === null) continue;
      issues.sort((x, y) => x.distance - y.distance || (x.issue < y.issue ? -1 : 1));
      const firm = issues.filter((x) => !x.analyst);
      const firmDistance = weightedDistance(firm);
      const total = issues.reduce((s, x) => s + x.weight, 0);
      const analystWeight = issues.filter((x) => x.analyst).reduce((s, x) => s + x.weight, 0);
      const withoutAnalyst = firmDistance === null ? null : 1 - firmDistance;
      pairs.push({
        a,
        b,
        issues,
        distance,
        alignment: 1 - distance,
        agree: issues.filter((x) => x.distance <= agree).map((x) => x.issue),
        part: issues.filter((x) => x.distance >= part).map((x) => x.issue),
        analystShare: total === 0 ? 0 : analystWeight / total,
        withoutAnalyst,
        sensitivity: withoutAnalyst === null ? null : Math.abs(1 - distance - withoutAnalyst),
      });
      distances.set(`${a} ${b}`, distance);
    }
  }
  return { actors, pairs, camps: camps(actors, distances, options.campDistance ?? 0.25) };
}
