import type {
  Actor,
  Case,
  Claim,
  Event,
  Issue,
  Judgment,
  Position,
  Process,
  Relation,
  Source,
} from "@parley/core";

/** Lookup tables over one case, built once per case object. */
export interface CaseIndex {
  sources: ReadonlyMap<string, Source>;
  actors: ReadonlyMap<string, Actor>;
  processes: ReadonlyMap<string, Process>;
  events: ReadonlyMap<string, Event>;
  relations: ReadonlyMap<string, Relation>;
  issues: ReadonlyMap<string, Issue>;
  positions: ReadonlyMap<string, Position>;
  claims: ReadonlyMap<string, Claim>;
  judgments: ReadonlyMap<string, Judgment>;
  /** Claims by their subject (`event:moscow-2016-12`), in case order. */
  claimsBySubject: ReadonlyMap<string, Claim[]>;
  /** For each claim id, the claims that link to it, with the link type. */
  linksTo: ReadonlyMap<string, { type: Claim["links"][number]["type"]; claim: Claim }[]>;
}

// Cases are treated as immutable values, so an index per object stays valid.
const cache = new WeakMap<Case, CaseIndex>();

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((x) => [x.id, x]));
}

/** Lookup tables (by id, claims by subject, incoming claim links) for a case, cached per case object. */
export function caseIndex(c: Case): CaseIndex {
  const hit = cache.get(c);
  if (hit) return hit;
  const claimsBySubject = new Map<string, Claim[]>();
  const linksTo = new Map<string, { type: Claim["links"][number]["type"]; claim: Claim }[]>();
  for (const claim of c.claims) {
    const list = claimsBySubject.get(claim.subject);
    if (list) list.push(claim);
    else claimsBySubject.set(claim.subject, [claim]);
    for (const link of claim.links) {
      const incoming = linksTo.get(link.claim);
      if (incoming) incoming.push({ type: link.type, claim });
      else linksTo.set(link.claim, [{ type: link.type, claim }]);
    }
  }
  const index: CaseIndex = {
    sources: byId(c.sources),
    actors: byId(c.actors),
    processes: byId(c.processes),
    events: byId(c.events),
    relations: byId(c.relations),
    issues: byId(c.issues),
    positions: byId(c.positions),
    claims: byId(c.claims),
    judgments: byId(c.judgments),
    claimsBySubject,
    linksTo,
  };
  cache.set(c, index);
  return index;
}
