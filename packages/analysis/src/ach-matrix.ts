import {
  type Case,
  type Claim,
  type Credibility,
  err,
  type HypothesisSet,
  ok,
  ParleyError,
  type Reliability,
  type Result,
} from "@parley/core";
import { type CaseFilter, claimCredibility, claimReliability, filterCase } from "./case-filter";
import { caseIndex } from "./case-index";
import { type ClaimRef, claimRef } from "./claim-ref";

export type AchRating = HypothesisSet["ratings"][number]["rating"];

/** Score of a rating: CC +2, C +1, N 0, I -1, II -2 (NA has none). */
export const achRatingScore: Readonly<Record<Exclude<AchRating, "NA">, number>> = {
  CC: 2,
  C: 1,
  N: 0,
  I: -1,
  II: -2,
};

/** Weight of a reliability grade: A 1 .. E 0.2 in steps of 0.2; F (cannot be judged) 0.5. */
export const reliabilityWeight: Readonly<Record<Reliability, number>> = {
  A: 1,
  B: 0.8,
  C: 0.6,
  D: 0.4,
  E: 0.2,
  F: 0.5,
};

/** Weight of a credibility grade: 1 1 .. 5 0.2 in steps of 0.2; 6 (cannot be judged) 0.5. */
export const credibilityWeight: Readonly<Record<Credibility, number>> = {
  1: 1,
  2: 0.8,
  3: 0.6,
  4: 0.4,
  5: 0.2,
  6: 0.5,
};

/** The weight of a claim as evidence: reliability weight times credibility weight. */
export function evidenceWeight(c: Case, claim: Claim): number {
  return reliabilityWeight[claimReliability(c, claim)] * credibilityWeight[claimCredibility(claim)];
}

/** One cell: the analyst's rating of one claim against one hypothesis. */
export interface AchCell {
  hypothesis: string;
  /** null when the analyst did not rate it (counted as N). */
  rating: AchRating | null;
  note?: string;
}

/** One row: a claim as evidence, its weight, its ratings and how well it discriminates. */
export interface AchEvidence {
  claim: ClaimRef;
  weight: number;
  cells: AchCell[];
  /** weight x (highest - lowest rating score across the hypotheses it applies to). */
  diagnosticity: number;
}

/** One hypothesis with its scores. */
export interface AchHypothesis {
  id: string;
  text: string;
  /** Weighted inconsistency: sum of weight x 1 for I and weight x 2 for II. Lower is likelier. */
  inconsistency: number;
  /** Weighted consistency: sum of weight x 1 for C and weight x 2 for CC. */
  consistency: number;
  /** 1 for the least inconsistent. */
  rank: number;
}

/** A claim whose removal would reorder the hypotheses. */
export interface AchSensitivity {
  claim: string;
  /** Hypothesis ids in order without that claim. */
  ranking: string[];
  /** Whether another hypothesis would lead. */
  leaderChanges: boolean;
}

/** A filled ACH matrix. */
export interface AchMatrix {
  set: string;
  question: string;
  analyst: string;
  /** Ranked, least inconsistent first. */
  hypotheses: AchHypothesis[];
  /** Most diagnostic first (ties in case order). */
  evidence: AchEvidence[];
  /** Claims with the highest diagnosticity (all of them when tied), none when nothing discriminates. */
  mostDiagnostic: string[];
  /** Inconsistency gap between the first and second hypothesis. */
  margin: number;
  /** Claims whose removal would change the ranking. */
  sensitivity: AchSensitivity[];
}

function ranking(
  set: HypothesisSet,
  rows: AchEvidence[],
  without?: string,
): { id: string; inconsistency: number; consistency: number }[] {
  const scores = set.hypotheses.map((h, order) => ({
    id: h.id,
    order,
    inconsistency: 0,
    consistency: 0,
  }));
  for (const row of rows) {
    if (row.claim.id === without) continue;
    row.cells.forEach((cell, i) => {
      const s = scores[i];
      if (!s || cell.rating === null || cell.rating === "NA") return;
      const score = achRatingScore[cell.rating];
      if (score < 0) s.inconsistency += -score * row.weight;
      else s.consistency += score * row.weight;
    });
  }
  return scores.sort(
    (a, b) =>
      a.inconsistency - b.inconsistency || b.consistency - a.consistency || a.order - b.order,
  );
}

function matrixOf(k: Case, set: HypothesisSet): AchMatrix {
  const index = caseIndex(k);
  const claimIds: string[] = [];
  for (const r of set.ratings)
    if (!claimIds.includes(r.claim) && index.claims.has(r.claim)) claimIds.push(r.claim);
  const rows: AchEvidence[] = claimIds.map((id) => {
    const claim = index.claims.get(id) as Claim;
    const weight = evidenceWeight(k, claim);
    const cells = set.hypotheses.map((h): AchCell => {
      const r = set.ratings.find((x) => x.claim === id && x.hypothesis === h.id);
      const cell: AchCell = { hypothesis: h.id, rating: r ? r.rating : null };
      if (r?.note !== undefined) cell.note = r.note;
      return cell;
    });
    const scores = cells.flatMap((cell) =>
      cell.rating === "NA" ? [] : [cell.rating === null ? 0 : achRatingScore[cell.rating]],
    );
    const spread = scores.length < 2 ? 0 : Math.max(...scores) - Math.min(...scores);
    return { claim: claimRef(k, claim), weight, cells, diagnosticity: weight * spread };
  });

  const ranked = ranking(set, rows);
  const order = ranked.map((h) => h.id);
  const hypotheses = ranked.map(
    (h, i): AchHypothesis => ({
      id: h.id,
      text: set.hypotheses.find((x) => x.id === h.id)?.text ?? h.id,
      inconsistency: h.inconsistency,
      consistency: h.consistency,
      rank: i + 1,
    }),
  );
  const sensitivity: AchSensitivity[] = [];
  for (const row of rows) {
    const without = ranking(set, rows, row.claim.id).map((h) => h.id);
    if (without.some((id, i) => id !== order[i]))
      sensitivity.push({
        claim: row.claim.id,
        ranking: without,
        leaderChanges: without[0] !== order[0],
      });
  }
  const evidence = rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => b.row.diagnosticity - a.row.diagnosticity || a.i - b.i)
    .map((x) => x.row);
  const top = evidence[0]?.diagnosticity ?? 0;
  return {
    set: set.id,
    question: set.question,
    analyst: set.analyst,
    hypotheses,
    evidence,
    mostDiagnostic:
      top > 0 ? evidence.filter((e) => e.diagnosticity === top).map((e) => e.claim.id) : [],
    margin: (hypotheses[1]?.inconsistency ?? 0) - (hypotheses[0]?.inconsistency ?? 0),
    sensitivity,
  };
}

/**
 * The ACH matrix of one hypothesis set of a case under a filter: claims as evidence against
 * competing hypotheses, each cell the analyst's rating (CC, C, N, I, II, NA), each claim weighted
 * by its reliability and credibility; hypotheses ranked by weighted inconsistency (the least
 * inconsistent is the likeliest, since evidence can refute but never prove), evidence ranked by
 * diagnosticity, and the claims whose removal would change the ranking (Heuer's sensitivity
 * step). R. J. Heuer Jr., Psychology of Intelligence Analysis, CIA, 1999, ch. 8. Fails with
 * `not_found` for an unknown set.
 */
export function achMatrix(c: Case, setId: string, filter: CaseFilter = {}): Result<AchMatrix> {
  const k = filterCase(c, filter);
  const set = k.hypotheses.find((h) => h.id === setId);
  if (!set)
    return err(
      new ParleyError(
        "not_found",
        `achMatrix: case "${c.id}" has no hypothesis set "${setId}"; it has ${
          k.hypotheses.map((h) => `"${h.id}"`).join(", ") || "none"
        }`,
      ),
    );
  return ok(matrixOf(k, set));
}

/** The ACH matrix of every hypothesis set of a case, in case order (see achMatrix). */
export function achMatrices(c: Case, filter: CaseFilter = {}): AchMatrix[] {
  const k = filterCase(c, filter);
  return k.hypotheses.map((set) => matrixOf(k, set));
}
