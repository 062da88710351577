import type { IssueActor } from "./forecast-input";

/**
 * The choices the published equations leave open (Scholz, Calbert and Smith 2011, "Unravelling
 * Bueno de Mesquita's group decision model", J. Theoretical Politics 23(4)); each is documented in
 * docs/forecast.md with the published figures it reproduces, and logged in the result.
 */
export interface ExpectedUtilityOptions {
  /** Probability that the status quo holds if i does not challenge (eq. 5); Scholz uses 1 for the EC case. */
  q: number;
  /** `scholz`: risk exponents from eqs. 32–34; `neutral`: every r_i = 1. */
  risk: "scholz" | "neutral";
  /**
   * How P^i, the probability that i beats j, is normalised (eqs. 30/31).
   * `all-contests`: the votes for x_i over x_j, `Σ_k max(0, v_k(x_i, x_j))`, over the votes cast in
   * every contest between any two actors' positions, `Σ_k Σ_a Σ_b |v_k(x_a, x_b)|`, with
   * `v_k(x_a, x_b) = c_k s_k (|x_k − x_b|^{r_k} − |x_k − x_a|^{r_k})/R^{r_k}` in each voter's own
   * risk exponent (the reading that reproduces the published EC rounds).
   * `pairwise`: the votes in the one contest i against j, `P^i + P^j = 1`, linear in distance.
   */
  probability: "all-contests" | "pairwise";
  /**
   * Whose risk exponent prices a dyad. `receiver`: the actor deciding whether to give way values
   * both its own challenge and the proposer's with its own r (BDM's "from i's perspective"; the
   * published EC rounds). `own`: each actor's expected utility in its own r.
   */
  perspective: "receiver" | "own";
  /**
   * Which offer an actor takes when several arrive.
   * `by-kind`: a lost conflict first, then a compromise, then a capitulation; among conflicts and
   * capitulations the smallest move, among compromises the most enforceable (largest E of its
   * proposer). `by-kind-lowest-point`: as `by-kind`, but among compromises the one whose
   * EU-weighted point `(|b|x_j + |a|x_i)/(|a| + |b|)` is lowest (reported of Scholz's own code;
   * not symmetric under reversing the scale). `proposer-eu`: the most enforceable offer of any
   * kind. `smallest-move`: the offer that moves the actor least. Remaining ties go to the
   * smallest move, then to the lower actor index.
   */
  offerSelection: "by-kind" | "by-kind-lowest-point" | "proposer-eu" | "smallest-move";
  /** When |a| = |b| with opposite signs: `capitulation` (full move) or `compromise` (move |b/a| = all). */
  equalMagnitude: "capitulation" | "compromise";
  /** Stop after this many rounds at most. */
  maxRounds: number;
  /** `stable`: stop early once no position moves by more than `tolerance`; `fixed`: run all rounds. */
  stop: "stable" | "fixed";
  tolerance: number;
}

/**
 * The reading that reproduces the Scholz et al. EC rounds (8.4, then 9.6/9.9, 9.9, 9.9, 9.9, 7.4,
 * 8.8, 9.6): Q = 1, risk per eqs. 32–34, probabilities over all contests, the receiver's view,
 * offers by kind, eight rounds (the length of the published run).
 */
export const expectedUtilityDefaults: ExpectedUtilityOptions = {
  q: 1,
  risk: "scholz",
  probability: "all-contests",
  perspective: "receiver",
  offerSelection: "by-kind",
  equalMagnitude: "capitulation",
  maxRounds: 8,
  stop: "stable",
  tolerance: 1e-9,
};

/**
 * The equations as printed, read literally: pairwise probabilities (P^i + P^j = 1), each actor's
 * expected utility in its own risk exponent, the most enforceable offer of any kind.
 */
export const expectedUtilityLiteralReading: Partial<ExpectedUtilityOptions> = {
  probability: "pairwise",
  perspective: "own",
  offerSelection: "proposer-eu",
};

/** How one actor came to move in a round. */
export interface ExpectedUtilityMove {
  actor: number;
  from: number;
  to: number;
  /** The actor whose offer was taken. */
  by: number;
  kind: "conflict" | "compromise" | "capitulation";
  /** The proposer's expected utility of the challenge, E^i(U_ij), as the deciding view prices it. */
  proposerEU: number;
  /** The mover's expected utility of challenging back, E^j(U_ji), in the same view. */
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
 * the Condorcet winner of `v^{jk} = Σ_i c_i s_i (|x_i − x_k| − |x_i − x_j|)/R`; P^i is the share of
 * capability-and-salience weighted votes for x_i over x_j (eqs. 30/31, normalised per
 * `probability`); the expected utility of challenging is `E^i(U_ij) = s_j[P^i U_s + (1 − P^i)U_f] +
 * (1 − s_j)U_s − Q U_sq − (1 − Q)[T U_b + (1 − T)U_w]` with `U_s = 2 − 4[0.5 − 0.5|x_i − x_j|/R]^r`
 * and its kin (eqs. 15–24); risk exponents come from `R_i = (2Sec_i − max − min)/(max − min)`,
 * `r_i = (1 − R_i/3)/(1 + R_i/3)` (eqs. 32–34); then the quadrant of (E^i, E^j) decides conflict,
 * compromise (`x_j += (x_i − x_j)|E^j/E^i|`, eq. 35) or capitulation. Saliences are on 0..1; only
 * capability ratios matter.
 */
export function expectedUtilityModel(
  actors: IssueActor[],
  scale: { min: number; max: number },
  options: Partial<ExpectedUtilityOptions> = {},
): ExpectedUtilityResult {
  const o: ExpectedUtilityOptions = { ...expectedUtilityDefaults, ...options };
  // An actor who neither cares (s = 0) nor can act (c = 0) takes no part: it would otherwise
  // still issue threats, cast votes in the probability's denominator and shift everyone's risk
  // scores without weighing in on any outcome.
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

interface Offer extends ExpectedUtilityMove {
  /** The EU-weighted compromise point, for `by-kind-lowest-point`. */
  point: number;
}

function better(a: Offer, b: Offer, rule: ExpectedUtilityOptions["offerSelection"]): boolean {
  const moveA = Math.abs(a.to - a.from);
  const moveB = Math.abs(b.to - b.from);
  if (rule === "by-kind" || rule === "by-kind-lowest-point") {
    const rank = (k: Offer["kind"]) => (k === "conflict" ? 0 : k === "compromise" ? 1 : 2);
    if (a.kind !== b.kind) return rank(a.kind) < rank(b.kind);
    if (a.kind === "compromise") {
      if (rule === "by-kind" && a.proposerEU !== b.proposerEU) return a.proposerEU > b.proposerEU;
      if (rule === "by-kind-lowest-point" && a.point !== b.point) return a.point < b.point;
    }
  } else if (rule === "proposer-eu" && a.proposerEU !== b.proposerEU)
    return a.proposerEU > b.proposerEU;
  if (moveA !== moveB) return moveA < moveB;
  return a.by < b.by;
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
  // Scores closer than this are a tie: sums of the same weights over shifted positions round
  // differently, and a tie must be broken by the rule, not by the last bit of a float.
  const tieWithin = 1e-9 * w.reduce((a, b) => a + Math.max(b, 0), 0);

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
      if (
        worst > bestScore + tieWithin ||
        (Math.abs(worst - bestScore) <= tieWithin && xj < best)
      ) {
        bestScore = worst;
        best = xj;
      }
    }
    return best;
  };

  // P[i * n + j]: probability that x_i beats x_j, given each voter's risk exponent rv.
  const probabilities = (xs: number[], rv: number[]): Float64Array => {
    const P = new Float64Array(n * n);
    if (o.probability === "pairwise") {
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          if (i === j) continue;
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
          P[i * n + j] = den > 0 ? num / den : 0.5;
        }
      return P;
    }
    // d[k * n + a]: voter k's risk-weighted distance to position a. The denominator sums
    // |d_kb − d_ka| over all ordered pairs (a, b); sorted, that is 2 Σ_b d_(b)(2b − n + 1).
    const d = new Float64Array(n * n);
    let total = 0;
    const row = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const rk = rv[k] as number;
      for (let a = 0; a < n; a++) {
        const v = (Math.abs((xs[k] as number) - (xs[a] as number)) / R) ** rk;
        d[k * n + a] = v;
        row[a] = v;
      }
      row.sort();
      let acc = 0;
      for (let b = 0; b < n; b++) acc += (row[b] as number) * (2 * b - n + 1);
      total += 2 * (w[k] as number) * acc;
    }
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        let num = 0;
        for (let k = 0; k < n; k++) {
          const v = (w[k] as number) * ((d[k * n + j] as number) - (d[k * n + i] as number));
          if (v > 0) num += v;
        }
        P[i * n + j] = total > 0 ? num / total : 0.5;
      }
    return P;
  };

  // E^i(U_ij) priced with risk exponent r.
  const eu = (xs: number[], mu: number, P: Float64Array, i: number, j: number, r: number) => {
    const dij = Math.abs((xs[i] as number) - (xs[j] as number)) / R;
    const dim = Math.abs((xs[i] as number) - mu) / R;
    const us = 2 - 4 * (0.5 - 0.5 * dij) ** r;
    const uf = 2 - 4 * (0.5 + 0.5 * dij) ** r;
    const usq = 2 - 4 * 0.5 ** r;
    const p = P[i * n + j] as number;
    const sj = s[j] as number;
    let e = sj * (p * us + (1 - p) * uf) + (1 - sj) * us - o.q * usq;
    if (o.q !== 1) {
      const ub = 2 - 4 * Math.max(0, 0.5 - 0.25 * (dim + dij)) ** r;
      const uw = 2 - 4 * (0.5 + 0.25 * (dim + dij)) ** r;
      const t =
        Math.abs((xs[i] as number) - mu) < Math.abs((xs[i] as number) - (xs[j] as number)) ? 1 : 0;
      e -= (1 - o.q) * (t * ub + (1 - t) * uw);
    }
    return e;
  };

  // The weighted mean, shifted by the first position so that translation stays exact.
  const meanOf = (xs: number[]): number => {
    const origin = xs[0] as number;
    let sw = 0;
    let swx = 0;
    for (let i = 0; i < n; i++) {
      sw += w[i] as number;
      swx += (w[i] as number) * ((xs[i] as number) - origin);
    }
    return sw > 0 ? origin + swx / sw : Number.NaN;
  };

  const rounds: ExpectedUtilityRound[] = [];
  for (let round = 0; ; round++) {
    const mu = median(x);
    const ones = x.map(() => 1);
    let r = ones;
    if (o.risk === "scholz") {
      // Security: the sum of everyone's expected utility of challenging i, all risk-neutral.
      const P1 = probabilities(x, ones);
      const sec = x.map((_, i) => {
        let acc = 0;
        for (let j = 0; j < n; j++) if (j !== i) acc += eu(x, mu, P1, j, i, 1);
        return acc;
      });
      const hi = Math.max(...sec);
      const lo = Math.min(...sec);
      r = sec.map((v) => {
        const Ri = hi > lo ? (2 * v - hi - lo) / (hi - lo) : 0;
        return (1 - Ri / 3) / (1 + Ri / 3);
      });
    }
    const entry: ExpectedUtilityRound = {
      round,
      positions: [...x],
      median: mu,
      mean: meanOf(x),
      risk: r,
      moves: [],
    };
    rounds.push(entry);
    if (round >= o.maxRounds) break;

    const P = probabilities(x, r);
    // Each receiver j weighs every proposer i's challenge: a = E^i(U_ij), b = E^j(U_ji).
    const next = [...x];
    for (let j = 0; j < n; j++) {
      let best: Offer | undefined;
      const xj = x[j] as number;
      for (let i = 0; i < n; i++) {
        if (i === j || x[i] === xj) continue;
        const xi = x[i] as number;
        const ri = o.perspective === "receiver" ? (r[j] as number) : (r[i] as number);
        const a = eu(x, mu, P, i, j, ri);
        if (!(a > 0)) continue;
        const b = eu(x, mu, P, j, i, r[j] as number);
        let kind: ExpectedUtilityMove["kind"];
        let to: number;
        if (b > 0) {
          // Both would challenge: the one expecting less gives way; the other case is handled
          // when i is the receiver.
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
        const offer: Offer = {
          actor: j,
          from: xj,
          to,
          by: i,
          kind,
          proposerEU: a,
          moverEU: b,
          point: (Math.abs(b) * xj + Math.abs(a) * xi) / (Math.abs(a) + Math.abs(b)),
        };
        if (best === undefined || better(offer, best, o.offerSelection)) best = offer;
      }
      if (best === undefined) continue;
      const { point: _, ...move } = best;
      next[j] = move.to;
      entry.moves.push(move);
    }
    const moved = next.some((v, i) => Math.abs(v - (x[i] as number)) > o.tolerance);
    x = next;
    if (!moved && o.stop === "stable") break;
  }
  const last = rounds[rounds.length - 1] as ExpectedUtilityRound;
  return { rounds, forecast: last.median, options: o };
}
