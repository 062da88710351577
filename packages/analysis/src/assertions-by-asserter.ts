import type { Case, Hedge, Stance } from "@parley/core";
import { type CaseFilter, filterCase } from "./case-filter";
import { subjectActors } from "./subject-actors";

/** What one asserter says, about whom. */
export interface AsserterClaims {
  /** `author`, `analyst:<name>` or an actor id. */
  asserter: string;
  claims: {
    id: string;
    subject: string;
    about: string[];
    stance: Stance;
    hedge: Hedge;
    note: string;
  }[];
}

/**
 * Who asserts what about whom: the claims (after the filter) grouped by asserter, asserters in
 * alphabetical order, claims in case order.
 */
export function assertionsByAsserter(c: Case, filter: CaseFilter = {}): AsserterClaims[] {
  const k = filterCase(c, filter);
  const groups = new Map<string, AsserterClaims>();
  for (const claim of k.claims) {
    let group = groups.get(claim.asserter);
    if (!group) {
      group = { asserter: claim.asserter, claims: [] };
      groups.set(claim.asserter, group);
    }
    group.claims.push({
      id: claim.id,
      subject: claim.subject,
      about: subjectActors(k, claim.subject),
      stance: claim.stance,
      hedge: claim.hedge,
      note: claim.note,
    });
  }
  return [...groups.values()].sort((a, b) => (a.asserter < b.asserter ? -1 : 1));
}
