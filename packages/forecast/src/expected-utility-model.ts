import type { IssueActor } from "./forecast-input";
import { weightedMean } from "./weighted-mean";

/**
 * The choices the published equations leave open (Scholz, Calbert and Smith 2011, "Unravelling
 * Bueno de Mesquita's group decision model", J. Theoretical Politics 23(4)); each is documented in
 * docs/forecast.md and logged in the result.
 */
export interface ExpectedUtilityOptions {
  /** Probability that the status quo holds if i does not challenge (eq. 5); Scholz uses 1 for the EC case. */
  q: number;
  /** `scholz`: risk exponents from eqs. 32–34; `neutral`: every r_i = 1. */
  risk: "scholz" | "neutral";
  /**
   * Which offer an actor takes when several arrive: `proposer-eu` (the one backed by the largest
   * expected utility of its proposer: the most enforceable) or `smallest-move`. Ties go to the
   * smallest move, then to the lower actor index.
   */
  offerSelection: "proposer-eu" | "smallest-move";
  /** When |a| = |b| with opposite signs: `capitulation` (full move) or `compromise` (move |b/a| = all). */
  equalMagnitude: "capitulation" | "compromise";
  /** Stop after this many rounds at most. */
  maxRounds: number;
  /** `stable`: stop early once no position moves by more than `tolerance`; `fixed`: run all rounds. */
  stop: "stable" | "fixed";
  tolerance: number;
}

/** Q = 1 as in Scholz et al.'s EC replication; risk per eqs. 32–34; most enforceable offer first. */
export const expectedUtilityDefaults: ExpectedUtilityOptions = {
  q: 1,
  risk: "scholz",
  offerSelection: "proposer-eu",
  equalMagnitude: "capitulation",
  maxRounds: 10,
  stop: "stable",
  tolerance: 1e-9,
};

/** How one actor came to move in a round. */
export interface ExpectedUtilityMove {
  actor: number;
  from: number;
  to: number;
  /** The actor whose offer was taken. */
  by: number;
  kind: "conflict" | "compromise" | "capitulation";
  /** The proposer's expected utility of the challenge, E^i(U_ij). */
  proposerEU: number;
  /** The mover's expected utility of challenging back, E^j(U_ji). */
  moverEU: number;
}

/** One round: the positions it starts from, the median, the risk exponents and the moves taken. */
export interface ExpectedUtilityRound {
  round: number;
  positions: number[];
  /** The Condorcet winner among the positions (the weighted median, weights c·s). */
  median: number;
  /** The capability-and-salience weighted mean of the positions. */
  mean: number;
  /** Risk exponents r_i in [0.5, 2] used this round. */
  risk: number[];
  moves: ExpectedUtilityMove[];
}

export interface ExpectedUtilityResult {
  /** rounds[0] holds the inputs; rounds[t] the state after t rounds of offers. */
  rounds: ExpectedUtilityRound[];
  /** The median of the last round: the model's forecast. */
  forecast: number;
  options: ExpectedUtilityOptions;
}

/**
 * Bueno de Mesquita's expected utility ("challenge") model of group decisions, round by round,
 * following the replication of its equations by Scholz, Calbert and Smith (2011): the median μ is
 * the Condorcet winner of `v^{jk} = Σ_i c_i s_i (|x_i − x_k| − |x_i − x_j|)/R`; i beats j with
 * `P^i = Σ_{a_k>0} c_k s_k a_k / Σ c_k s_k |a_k|`, `a_k = |x_k − x_j| − |x_k − x_i|`; the expected
 * utility of challenging is `E^i(U_ij) = s_j[P^i U_s + (1 − P^i)U_f] + (1 − s_j)U_s − Q U_sq −
 * (1 − Q)[T U_b + (1 − T)U_w]` with `U_s = 2 − 4[0.5 − 0.5|x_i − x_j|/R]^{r_i}` and its kin
 * (eqs. 15–24); risk exponents come from `R_i = (2Sec_i − max − min)/(max − min)`,
 * `r_i = (1 − R_i/3)/(1 + R_i/3)` (eqs. 32–34); then the octant of (E^i, E^j) decides conflict,
 * compromise (`x_j += (x_i − x_j)|b/a|`, eq. 35) or capitulation. Saliences are on 0..1.
 */
export function expectedUtilityModel(
  actors: IssueActor[],
  scale: { min: number; max: number },
  options: Partial<ExpectedUtilityOptions> = {},
): ExpectedUtilityResult {
  const o: ExpectedUtilityOptions = { ...expectedUtilityDefaults, ...options };
  // An actor who neither cares (s = 0) nor can act (c = 0) takes no part: it would otherwise
  // still issue threats and shift everyone's risk scores without weighing in on any outcome.
  const active = actors.flatMap((a, i) => (a.capability * a.salience > 0 ? [i] : []));
  if (active.length === actors.length) return run(actors, scale, o);
  const inner = run(
    active.map((i) => actors[i] as IssueActor),
    scale,
    o,
  );
  const widen = (xs: number[], fill: (i: number) => number): number[] => {
    const out = actors.map((_, i) => fill(i));
    active.forEach((i, k) => {
      out[i] = xs[k] as number;
    });
    return out;
  };
  return {
    ...inner,
    rounds: inner.rounds.map((rd) => ({
      ...rd,
      positions: widen(rd.positions, (i) => (actors[i] as IssueActor).position),
      risk: widen(rd.risk, () => 1),
      moves: rd.moves.map((m) => ({
        ...m,
        actor: active[m.actor] as number,
        by: active[m.by] as number,
      })),
    })),
  };
}

function run(
  actors: IssueActor[],
  scale: { min: number; max: number },
  o: ExpectedUtilityOptions,
): ExpectedUtilityResult {
  const n = actors.length;
  const R = scale.max - scale.min;
  const s = actors.map((a) => a.salience);
  const w = actors.map((a) => a.capability * a.salience);
  let x = actors.map((a) => a.position);

  const median = (xs: number[]): number => {
    // Candidates are the positions of actors with weight: one who neither cares nor can act
    // should not change the outcome by merely standing somewhere.
    let best = Number.NaN;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (let j = 0; j < n; j++) {
      if (!((w[j] as number) > 0)) continue;
      const xj = xs[j] as number;
      let worst = Number.POSITIVE_INFINITY;
      for (let k = 0; k < n; k++) {
        if (!((w[k] as number) > 0) || xs[k] === xj) continue;
        const xk = xs[k] as number;
        let v = 0;
        for (let i = 0; i < n; i++)
          v +=
            (w[i] as number) *
            (Math.abs((xs[i] as number) - xk) - Math.abs((xs[i] as number) - xj));
        worst = Math.min(worst, v / R);
      }
      // The Condorcet winner loses to nobody; the max-min rule finds it and breaks ties downward.
      if (worst > bestScore || (worst === bestScore && xj < best)) {
        bestScore = worst;
        best = xj;
      }
    }
    return best;
  };

  const pWin = (xs: number[], i: number, j: number): number => {
    let num = 0;
    let den = 0;
    for (let k = 0; k < n; k++) {
      const a =
        Math.abs((xs[k] as number) - (xs[j] as number)) -
        Math.abs((xs[k] as number) - (xs[i] as number));
      const wk = w[k] as number;
      if (a > 0) num += wk * a;
      den += wk * Math.abs(a);
    }
    return den > 0 ? num / den : 0.5;
  };

  const eu = (xs: number[], mu: number, r: number[], i: number, j: number): number => {
    const ri = r[i] as number;
    const dij = Math.abs((xs[i] as number) - (xs[j] as number)) / R;
    const dim = Math.abs((xs[i] as number) - mu) / R;
    const us = 2 - 4 * (0.5 - 0.5 * dij) ** ri;
    const uf = 2 - 4 * (0.5 + 0.5 * dij) ** ri;
    const ub = 2 - 4 * Math.max(0, 0.5 - 0.25 * (dim + dij)) ** ri;
    const uw = 2 - 4 * (0.5 + 0.25 * (dim + dij)) ** ri;
    const usq = 2 - 4 * 0.5 ** ri;
    const p = pWin(xs, i, j);
    const sj = s[j] as number;
    const t =
      Math.abs((xs[i] as number) - mu) < Math.abs((xs[i] as number) - (xs[j] as number)) ? 1 : 0;
    return (
      sj * (p * us + (1 - p) * uf) + (1 - sj) * us - o.q * usq - (1 - o.q) * (t * ub + (1 - t) * uw)
    );
  };

  const euMatrix = (xs: number[], mu: number, r: number[]): Float64Array => {
    const m = new Float64Array(n * n);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) if (i !== j) m[i * n + j] = eu(xs, mu, r, i, j);
    return m;
  };

  const rounds: ExpectedUtilityRound[] = [];
  for (let round = 0; ; round++) {
    const mu = median(x);
    const ones = x.map(() => 1);
    let r = ones;
    let E = euMatrix(x, mu, ones);
    if (o.risk === "scholz") {
      const sec = x.map((_, i) => {
        let acc = 0;
        for (let j = 0; j < n; j++) if (j !== i) acc += E[j * n + i] as number;
        return acc;
      });
      const hi = Math.max(...sec);
      const lo = Math.min(...sec);
      r = sec.map((v) => {
        const Ri = hi > lo ? (2 * v - hi - lo) / (hi - lo) : 0;
        return (1 - Ri / 3) / (1 + Ri / 3);
      });
      E = euMatrix(x, mu, r);
    }
    const entry: ExpectedUtilityRound = {
      round,
      positions: [...x],
      median: mu,
      mean: weightedMean(x, w),
      risk: r,
      moves: [],
    };
    rounds.push(entry);
    if (round >= o.maxRounds) break;

    // Offers: i's challenge of j implies a move of j in the octants where j gives way.
    const best: (ExpectedUtilityMove | undefined)[] = new Array(n).fill(undefined);
    for (let i = 0; i < n; i++) {
      if (!((w[i] as number) > 0)) continue;
      for (let j = 0; j < n; j++) {
        if (i === j || x[i] === x[j]) continue;
        const a = E[i * n + j] as number;
        const b = E[j * n + i] as number;
        if (!(a > 0)) continue;
        let kind: ExpectedUtilityMove["kind"];
        let to: number;
        const xi = x[i] as number;
        const xj = x[j] as number;
        if (b > 0) {
          if (!(a > b)) continue;
          kind = "conflict";
          to = xi;
        } else if (b < 0) {
          const compromise =
            Math.abs(a) > Math.abs(b) ||
            (Math.abs(a) === Math.abs(b) && o.equalMagnitude === "compromise");
          kind = compromise ? "compromise" : "capitulation";
          to = compromise ? xj + (xi - xj) * Math.abs(b / a) : xi;
        } else continue;
        const offer: ExpectedUtilityMove = {
          actor: j,
          from: xj,
          to,
          by: i,
          kind,
          proposerEU: a,
          moverEU: b,
        };
        const cur = best[j];
        if (cur === undefined || better(offer, cur, o.offerSelection)) best[j] = offer;
      }
    }
    const next = [...x];
    for (const m of best) {
      if (m === undefined) continue;
      next[m.actor] = m.to;
      entry.moves.push(m);
    }
    const moved = next.some((v, i) => Math.abs(v - (x[i] as number)) > o.tolerance);
    x = next;
    if (!moved && o.stop === "stable") break;
  }
  const last = rounds[rounds.length - 1] as ExpectedUtilityRound;
  return { rounds, forecast: last.median, options: o };
}

function better(
  a: ExpectedUtilityMove,
  b: ExpectedUtilityMove,
  rule: ExpectedUtilityOptions["offerSelection"],
): boolean {
  const moveA = Math.abs(a.to - a.from);
  const moveB = Math.abs(b.to - b.from);
  if (rule === "proposer-eu" && a.proposerEU !== b.proposerEU) return a.proposerEU > b.proposerEU;
  if (moveA !== moveB) return moveA < moveB;
  return a.by < b.by;
}
