import type { Case, Claim, Hedge } from "@parley/core";

/**
 * Reading claims in the browser: how certain a record is drawn, and how the claims link
 * (denials, contradictions, corroborations). Which claims are about a record is `claimsAbout` of
 * @parley/analysis, the one the CLI and the server use.
 */

/** Hedges from most to least certain. */
export const hedgeOrder: readonly Hedge[] = ["reported", "analyst", "alleged", "speculated"];

/**
 * The certainty a record is drawn with: the most certain hedge among the claims that hold it up
 * (`reported` beats `alleged` beats `speculated`); undefined when nothing asserts it. Denials and
 * attribute claims ("whether this is true is unsettled") describe a record without holding it up.
 */
export function certaintyOf(claims: readonly Claim[]): Hedge | undefined {
  let best: Hedge | undefined;
  for (const cl of claims) {
    if (cl.stance === "denies" || cl.attribute !== undefined) continue;
    if (best === undefined || hedgeOrder.indexOf(cl.hedge) < hedgeOrder.indexOf(best))
      best = cl.hedge;
  }
  return best;
}

/** How one claim relates to another. */
export interface ClaimLink {
  type: string;
  /** True when the other claim names this one (it denies or contradicts us), false when we name it. */
  incoming: boolean;
  claim: Claim;
}

/** The claims that deny, contradict, corroborate or supersede a claim, in either direction. */
export function linkedClaims(c: Pick<Case, "claims">, claim: Claim): ClaimLink[] {
  const out: ClaimLink[] = [];
  const byId = new Map(c.claims.map((x) => [x.id, x]));
  for (const l of claim.links) {
    const other = byId.get(l.claim);
    if (other) out.push({ type: l.type, incoming: false, claim: other });
  }
  for (const other of c.claims) {
    for (const l of other.links) {
      if (l.claim === claim.id) out.push({ type: l.type, incoming: true, claim: other });
    }
  }
  return out;
}
