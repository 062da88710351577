import type { Case, Hedge } from "@parley/core";
import { type CaseFilter, filterCase } from "./case-filter";
import { caseIndex } from "./case-index";
import { type ClaimRef, claimRef } from "./claim-ref";

/** What holds a subject up, and what denies it. */
export interface SubjectSupport {
  subject: string;
  supporting: ClaimRef[];
  denying: ClaimRef[];
  /** Attribute claims about it ("settled: false"): they describe it without holding it up. */
  describing: ClaimRef[];
  /**
   * The firmest hedge among the supporting claims, in the order reported, analyst, alleged,
   * speculated; `none` when nothing supports it.
   */
  basis: Hedge | "none";
}

const FIRMNESS: readonly Hedge[] = ["reported", "analyst", "alleged", "speculated"];

/**
 * The claims that assert or report a subject (`relation:russia-arms-taliban`), those that deny
 * it and the attribute claims that describe it, and the firmest hedge it rests on: a subject whose basis is `speculated` rests on
 * speculation alone.
 */
export function subjectSupport(c: Case, subject: string, filter: CaseFilter = {}): SubjectSupport {
  const k = filterCase(c, filter);
  const claims = caseIndex(k).claimsBySubject.get(subject) ?? [];
  const holding = claims.filter((x) => !x.attribute);
  const supporting = holding.filter((x) => x.stance !== "denies").map((x) => claimRef(k, x));
  const denying = holding.filter((x) => x.stance === "denies").map((x) => claimRef(k, x));
  const describing = claims.filter((x) => x.attribute).map((x) => claimRef(k, x));
  const basis = FIRMNESS.find((h) => supporting.some((s) => s.hedge === h)) ?? "none";
  return { subject, supporting, denying, describing, basis };
}
