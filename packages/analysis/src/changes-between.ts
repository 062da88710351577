import { type Case, endOf, overlaps, participationId, startOf } from "@parley/core";
import { type CaseFilter, filterCase } from "./case-filter";
import { type ClaimRef, claimRef } from "./claim-ref";
import { knownAt } from "./known-at";

/** What changed between two dates. */
export interface Changes {
  from: string;
  to: string;
  /** What happened in the period: events dated in it, relations that began or ended in it. */
  happened: {
    events: string[];
    relationsBegan: string[];
    relationsEnded: string[];
  };
  /** What became known after `from` and by `to`. */
  learned: {
    claims: ClaimRef[];
    events: string[];
    participations: string[];
    relations: string[];
    positions: string[];
  };
}

function added(before: Iterable<string>, after: Iterable<string>): string[] {
  const known = new Set(before);
  return [...after].filter((x) => !known.has(x));
}

function participations(c: Case): string[] {
  return c.events.flatMap((e) => e.participants.map((p) => participationId(e.id, p)));
}

/**
 * What changed between two dates (ISO partial dates, `from` from its first day, `to` through its
 * last): the events dated in the period and the relations that began or ended in it, and what
 * became known: claims first known after `from` and by `to`, and the events, participations,
 * relations and positions that the case as known at `to` has and the case as known at `from`
 * had not (see knownAt).
 */
export function changesBetween(
  c: Case,
  from: string,
  to: string,
  filter: CaseFilter = {},
): Changes {
  const base = filterCase(c, filter);
  const window = { from, to };
  const first = startOf(from);
  const last = endOf(to);
  const within = (day: string | null) => day !== null && day >= first && day <= last;
  const before = knownAt(base, from);
  const after = knownAt(base, to);
  const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
  const knownBefore = new Set(ids(before.claims));
  return {
    from,
    to,
    happened: {
      events: base.events.filter((e) => e.date && overlaps(e.date, window)).map((e) => e.id),
      relationsBegan: base.relations
        .filter((r) => within(r.period?.start ?? null))
        .map((r) => r.id),
      relationsEnded: base.relations.filter((r) => within(r.period?.end ?? null)).map((r) => r.id),
    },
    learned: {
      claims: after.claims.filter((x) => !knownBefore.has(x.id)).map((x) => claimRef(after, x)),
      events: added(ids(before.events), ids(after.events)),
      participations: added(participations(before), participations(after)),
      relations: added(ids(before.relations), ids(after.relations)),
      positions: added(ids(before.positions), ids(after.positions)),
    },
  };
}
