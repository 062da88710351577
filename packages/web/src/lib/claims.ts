import type { Case, Claim, Hedge, Source } from "@parley/core";

/**
 * Reading claims in the browser: which claims are about a record, how certain a record is, and
 * how the claims link (denials, contradictions, corroborations).
 */

/** Hedges from most to least certain. */
export const hedgeOrder: readonly Hedge[] = ["reported", "analyst", "alleged", "speculated"];

/** The claims about a subject; for an event also those about its participations. */
export function claimsAbout(c: Pick<Case, "claims">, subject: string): Claim[] {
  const [kind, id] = splitSubject(subject);
  return c.claims.filter(
    (cl) =>
      cl.subject === subject || (kind === "event" && cl.subject.startsWith(`participation:${id}/`)),
  );
}

/** `<kind>:<id>` split in two. */
export function splitSubject(subject: string): [string, string] {
  const i = subject.indexOf(":");
  return [subject.slice(0, i), subject.slice(i + 1)];
}

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

/** A claim's reliability: its own, else its source's, else F. */
export function reliabilityOf(claim: Claim, sources: readonly Source[]): string {
  if (claim.reliability) return claim.reliability;
  const s = claim.evidence ? sources.find((x) => x.id === claim.evidence?.source) : undefined;
  return s?.reliability ?? "F";
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

/** Whether a subject is disputed: some claim about it denies it, or claims about it contradict. */
export function isContested(c: Pick<Case, "claims">, claims: readonly Claim[]): boolean {
  if (claims.some((x) => x.stance === "denies")) return true;
  return claims.some((x) =>
    linkedClaims(c, x).some((l) => l.type === "denies" || l.type === "contradicts"),
  );
}
