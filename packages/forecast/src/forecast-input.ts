/**
 * The plain inputs every forecasting model reads: issues with their scales and actors with a
 * capability and, per issue, a position and a salience. Kept free of the case model so the
 * models run on a KTAB scenario or a one-issue table as well as on a case.
 */

/** An issue under negotiation: a one-dimensional scale from `min` to `max`. */
export interface ForecastIssue {
  id: string;
  name: string;
  scale: { min: number; max: number };
}

/** Where an input comes from: a source's claim, or the analyst's own judgment. */
export type InputProvenance =
  | { kind: "source"; claim: string; note?: string }
  | { kind: "analyst"; note?: string };

/** Uncertainty about one actor's inputs: closed intervals the Monte Carlo runner samples from. */
export interface ActorRanges {
  capability?: [number, number];
  /** One entry per issue; `undefined` where the position is taken as known. */
  positions?: ([number, number] | undefined)[];
  saliences?: ([number, number] | undefined)[];
}

/**
 * One party to the negotiation. `positions[k]` and `saliences[k]` belong to issue k; saliences
 * lie in 0..1, capability is any non-negative number (only ratios matter).
 */
export interface BargainingActor {
  id: string;
  name: string;
  capability: number;
  positions: number[];
  saliences: number[];
  /** Per-issue capability, where it differs from `capability` (absent or `undefined`: use it). */
  issueCapabilities?: (number | undefined)[];
  ranges?: ActorRanges;
  provenance?: {
    capability?: InputProvenance;
    positions?: (InputProvenance | undefined)[];
  };
}

/** A negotiating forum (a process) and the actors who take part in it. */
export interface Forum {
  id: string;
  name: string;
  participants: string[];
}

/**
 * What a salience measures. `per-issue` (the default, as in a case): each issue's salience is on
 * 0..1 by itself, so an actor may care fully about every issue. `shares` (KTAB's scenarios): the
 * saliences are shares of the actor's attention and add up to at most 1 across the issues.
 */
export type SalienceBasis = "per-issue" | "shares";

/** Everything a forecast reads. */
export interface ForecastInput {
  issues: ForecastIssue[];
  actors: BargainingActor[];
  forums?: Forum[];
  /** Absent: `per-issue`. Only the joint multi-issue (spatial) model reads it. */
  salienceBasis?: SalienceBasis;
}

/** One actor's inputs on one issue, as the one-dimensional models read them. */
export interface IssueActor {
  id: string;
  name: string;
  position: number;
  salience: number;
  capability: number;
}

/** The actors' inputs on issue `k`, in actor order. */
export function issueActors(input: ForecastInput, k: number): IssueActor[] {
  return input.actors.map((a) => ({
    id: a.id,
    name: a.name,
    position: a.positions[k] ?? Number.NaN,
    salience: a.saliences[k] ?? 0,
    capability: a.issueCapabilities?.[k] ?? a.capability,
  }));
}
