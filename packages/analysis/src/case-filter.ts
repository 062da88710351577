import {
  type Case,
  type Claim,
  type Credibility,
  endOf,
  type FuzzyTime,
  type Hedge,
  overlaps,
  type Reliability,
  reliabilities,
  startOf,
  type TimeWindow,
} from "@parley/core";
import { caseIndex } from "./case-index";

/**
 * The filters every analysis takes: a time window, an as-of date, the weakest reliability and
 * credibility that still count, which hedges count, and which sources.
 */
export interface CaseFilter {
  /** Keep events and relations whose time overlaps this window (ISO partial dates, inclusive). */
  window?: TimeWindow;
  /** Keep only what was known on this date (ISO partial date, through its last day). */
  asOf?: string;
  /** The weakest source reliability kept (A best .. F cannot be judged); "C" keeps A, B and C. */
  minReliability?: Reliability;
  /** The weakest information credibility kept (1 confirmed .. 6 cannot be judged); 3 keeps 1-3. */
  minCredibility?: Credibility;
  /** Hedges that count; default all four. */
  hedges?: Hedge[];
  /** Source ids whose claims count; default all. */
  sources?: string[];
}

/** The reliability a claim carries: its own, else its source's, else F (cannot be judged). */
export function claimReliability(c: Case, claim: Claim): Reliability {
  if (claim.reliability !== undefined) return claim.reliability;
  const source = claim.evidence ? caseIndex(c).sources.get(claim.evidence.source) : undefined;
  return source?.reliability ?? "F";
}

/** The credibility a claim carries: its own, else 6 (cannot be judged). */
export function claimCredibility(claim: Claim): Credibility {
  return claim.credibility ?? 6;
}

/**
 * The first day on which a claim could have been known: the start of its `reported` time, else
 * its source's date; null when neither is known (then it counts as always known).
 */
export function claimKnownFrom(c: Case, claim: Claim): string | null {
  if (claim.reported) return claim.reported.start;
  const source = claim.evidence ? caseIndex(c).sources.get(claim.evidence.source) : undefined;
  return source?.date ? startOf(source.date) : null;
}

/** Whether a claim passes the claim-level parts of a filter (as-of, reliability, credibility, hedges, sources). */
export function claimPasses(c: Case, claim: Claim, f: CaseFilter): boolean {
  if (f.hedges && !f.hedges.includes(claim.hedge)) return false;
  if (f.asOf !== undefined) {
    const known = claimKnownFrom(c, claim);
    if (known !== null && known > endOf(f.asOf)) return false;
  }
  // A claim without evidence is the analyst's own judgment: no source to weigh or select.
  if (!claim.evidence) return true;
  if (f.sources && !f.sources.includes(claim.evidence.source)) return false;
  if (
    f.minReliability !== undefined &&
    reliabilities.indexOf(claimReliability(c, claim)) > reliabilities.indexOf(f.minReliability)
  )
    return false;
  if (f.minCredibility !== undefined && claimCredibility(claim) > f.minCredibility) return false;
  return true;
}

function inWindow(time: FuzzyTime | undefined, window: TimeWindow | undefined): boolean {
  if (!window || time === undefined) return true;
  return overlaps(time, window);
}

function isEmptyFilter(f: CaseFilter): boolean {
  return (
    f.asOf === undefined &&
    f.minReliability === undefined &&
    f.minCredibility === undefined &&
    f.hedges === undefined &&
    f.sources === undefined &&
    (f.window === undefined || (!f.window.from && !f.window.to))
  );
}

/**
 * The case as the filter sees it. Claims are kept when they pass the claim filters; an event,
 * participation, relation or position is kept when at least one remaining claim about it asserts
 * or reports it (things no claim mentions at all are kept; attribute claims describe a thing
 * without holding it up, so they do not count either way); events and relations must also
 * overlap the window. Claims about dropped things, judgment and ACH references to dropped claims
 * go too. A participation's claims count for its event. Throws ParleyError `invalid_time` on a
 * malformed date in the filter: validate filters at the edge.
 */
export function filterCase(c: Case, f: CaseFilter): Case {
  if (isEmptyFilter(f)) return c;
  const index = caseIndex(c);
  const passing = new Set(c.claims.filter((claim) => claimPasses(c, claim, f)).map((k) => k.id));

  // A subject is held when a passing claim supports it, or when nothing claims it at all.
  // Attribute claims describe a subject ("the allegation is unsettled") without holding it up.
  const held = (subjects: string[]): boolean => {
    let claimed = false;
    for (const subject of subjects) {
      for (const claim of index.claimsBySubject.get(subject) ?? []) {
        if (claim.attribute) continue;
        claimed = true;
        if (passing.has(claim.id) && claim.stance !== "denies") return true;
      }
    }
    return !claimed;
  };

  const events = c.events
    .filter((e) => inWindow(e.date, f.window))
    .filter((e) =>
      held([
        `event:${e.id}`,
        ...e.participants.map((p) => `participation:${e.id}/${p.actor}/${p.role}`),
      ]),
    )
    .map((e) => ({
      ...e,
      participants: e.participants.filter((p) =>
        held([`participation:${e.id}/${p.actor}/${p.role}`]),
      ),
    }));
  const relations = c.relations
    .filter((r) => inWindow(r.period, f.window))
    .filter((r) => held([`relation:${r.id}`]));
  const positions = c.positions.filter((p) => held([`position:${p.id}`]));

  const live = new Set<string>();
  for (const e of events) {
    live.add(`event:${e.id}`);
    for (const p of e.participants) live.add(`participation:${e.id}/${p.actor}/${p.role}`);
  }
  for (const r of relations) live.add(`relation:${r.id}`);
  for (const p of positions) live.add(`position:${p.id}`);
  const filtered = new Set(["event", "participation", "relation", "position"]);
  const claims = c.claims.filter((claim) => {
    if (!passing.has(claim.id)) return false;
    const kind = claim.subject.slice(0, claim.subject.indexOf(":"));
    return !filtered.has(kind) || live.has(claim.subject);
  });
  const kept = new Set(claims.map((k) => k.id));

  return {
    ...c,
    events,
    relations,
    positions,
    claims,
    judgments: c.judgments.map((j) => ({
      ...j,
      supports: j.supports.filter((id) => kept.has(id)),
      undermines: j.undermines.filter((id) => kept.has(id)),
    })),
    hypotheses: c.hypotheses.map((h) => ({
      ...h,
      ratings: h.ratings.filter((r) => kept.has(r.claim)),
    })),
  };
}
