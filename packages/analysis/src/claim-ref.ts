import type { Case, Claim, Credibility, Hedge, Reliability, Stance } from "@parley/core";
import { claimReliability } from "./case-filter";

/** A claim as the analyses show it: what, who says it, how, from where, how reliable. */
export interface ClaimRef {
  id: string;
  subject: string;
  note: string;
  asserter: string;
  stance: Stance;
  hedge: Hedge;
  /** Source id; absent for the analyst's own judgment. */
  source?: string;
  reliability: Reliability;
  /** Absent when the claim gives none (6, cannot be judged). */
  credibility?: Credibility;
}

/** The ClaimRef of a claim, with reliability resolved from its source. */
export function claimRef(c: Case, claim: Claim): ClaimRef {
  const ref: ClaimRef = {
    id: claim.id,
    subject: claim.subject,
    note: claim.note,
    asserter: claim.asserter,
    stance: claim.stance,
    hedge: claim.hedge,
    reliability: claimReliability(c, claim),
  };
  if (claim.evidence) ref.source = claim.evidence.source;
  if (claim.credibility !== undefined) ref.credibility = claim.credibility;
  return ref;
}
