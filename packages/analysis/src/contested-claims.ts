import type { Case, Claim } from "@parley/core";
import { type CaseFilter, filterCase } from "./case-filter";
import { caseIndex } from "./case-index";
import { type ClaimRef, claimRef } from "./claim-ref";
import { subjectActors } from "./subject-actors";

/** One claim with what speaks against it and for it. */
export interface ContestedClaim {
  claim: ClaimRef;
  /** The actors the claim is about. */
  about: string[];
  /** Claims that deny it: linked with `denies`, or about the same subject with stance `denies`. */
  denials: ClaimRef[];
  /** Claims linked to it with `contradicts`, either way. */
  contradictions: ClaimRef[];
  /** Claims linked to it with `corroborates`, either way. */
  corroborations: ClaimRef[];
  /** Whether anything denies or contradicts it. */
  contested: boolean;
}

/**
 * Every claim (after the filter) with its denials, contradictions and corroborations, in case
 * order; with `contestedOnly`, only the claims something denies or contradicts. A denial is a
 * claim linked with `denies`, or any claim with stance `denies` about the same subject (and the
 * same attribute, if any) as a claim that asserts or reports it.
 */
export function contestedClaims(
  c: Case,
  filter: CaseFilter = {},
  options: { contestedOnly?: boolean } = {},
): ContestedClaim[] {
  const k = filterCase(c, filter);
  const index = caseIndex(k);
  const out: ContestedClaim[] = [];
  for (const claim of k.claims) {
    const denials = new Map<string, Claim>();
    const contradictions = new Map<string, Claim>();
    const corroborations = new Map<string, Claim>();
    const bucket = { denies: denials, contradicts: contradictions, corroborates: corroborations };
    for (const { type, claim: other } of index.linksTo.get(claim.id) ?? []) {
      if (type !== "supersedes" && other.id !== claim.id) bucket[type].set(other.id, other);
    }
    for (const link of claim.links) {
      const other = index.claims.get(link.claim);
      if (!other || other.id === claim.id) continue;
      // Contradiction and corroboration are mutual; a denial runs from the denier only.
      if (link.type === "contradicts") contradictions.set(other.id, other);
      if (link.type === "corroborates") corroborations.set(other.id, other);
    }
    if (claim.stance !== "denies") {
      for (const other of index.claimsBySubject.get(claim.subject) ?? []) {
        // A denial of the thing is not a denial of an attribute of it, nor the other way round.
        if (
          other.stance === "denies" &&
          other.id !== claim.id &&
          other.attribute?.name === claim.attribute?.name
        )
          denials.set(other.id, other);
      }
    }
    const refs = (m: Map<string, Claim>) => [...m.values()].map((x) => claimRef(k, x));
    const entry: ContestedClaim = {
      claim: claimRef(k, claim),
      about: subjectActors(k, claim.subject),
      denials: refs(denials),
      contradictions: refs(contradictions),
      corroborations: refs(corroborations),
      contested: denials.size + contradictions.size > 0,
    };
    if (!options.contestedOnly || entry.contested) out.push(entry);
  }
  return out;
}
