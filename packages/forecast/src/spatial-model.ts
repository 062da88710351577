import type { ForecastInput } from "./forecast-input";
import { prng } from "./prng";

/** How a coalition-strength ratio becomes a probability of victory (KTAB `VPModel`). */
export type VictoryProbability = "linear" | "square" | "quartic" | "octic" | "binary";
/** How pairwise victory probabilities become the probability that each option wins. */
export type PceModel = "conditional" | "markov-uniform";
/** How an actor's utility difference becomes a vote (KTAB `VotingRule`). */
export type VotingRule = "proportional" | "binary" | "prop-bin" | "prop-cubic" | "cubic";
/** The range the inferred risk attitudes span (KTAB `BigRRange`). */
export type BigRRange = "min" | "mid" | "max";
/** How an observer estimates another actor's risk attitude (KTAB `BigRAdjust`). */
export type BigRAdjust = "none" | "one-third" | "half" | "two-thirds" | "full";
/** How a third party expects to be treated after it joins a side (KTAB `ThirdPartyCommit`). */
export type ThirdPartyCommit = "none" | "semi" | "full";
/** How a bargain interpolates between the two positions (KTAB `InterVecBrgn`). */
export type InterVecBargain = "S1P1" | "S2P2" | "S2PMax";
/** Whose view of the odds shapes the bargain (KTAB `SMPBargnModel`). */
export type BargainModel = "init-only" | "init-rcvr" | "power-weighted";

/** The parameters of the spatial model; the defaults are KTAB's (smpc, 2017). */
export interface SpatialModelOptions {
  victoryProbability: VictoryProbability;
  pce: PceModel;
  votingRule: VotingRule;
  bigRRange: BigRRange;
  bigRAdjust: BigRAdjust;
  thirdPartyCommit: ThirdPartyCommit;
  interVecBargain: InterVecBargain;
  bargainModel: BargainModel;
  /** `deterministic`: each actor takes its most probable bargain; `stochastic`: draws one. */
  stateTransition: "deterministic" | "stochastic";
  seed: number;
  /** Stop when turn ≥ minTurns and the last move is below this fraction of the first. */
  minDeltaRatio: number;
  minTurns: number;
  maxTurns: number;
}

/** KTAB's defaults: Linear, Conditional, Proportional, Mid, OneThird, SemiCommit, S2P2, InitOnlyInterp. */
export const spatialModelDefaults: SpatialModelOptions = {
  victoryProbability: "linear",
  pce: "conditional",
  votingRule: "proportional",
  bigRRange: "mid",
  bigRAdjust: "one-third",
  thirdPartyCommit: "semi",
  interVecBargain: "S2P2",
  bargainModel: "init-only",
  stateTransition: "deterministic",
  seed: 1,
  minDeltaRatio: 0.02,
  minTurns: 2,
  maxTurns: 100,
};

/** The challenge an actor found most advantageous in a turn. */
export interface SpatialChallenge {
  actor: number;
  target: number;
  /** The challenger's estimate of its gain in utility over the status quo. */
  gain: number;
  /** The challenger's estimate of its probability of victory. */
  probability: number;
}

/** One turn: the risk attitudes and challenges that led from the previous state to this one. */
export interface SpatialTurn {
  /** positions[actor][issue], on each issue's own scale. */
  positions: number[][];
  riskAttitudes: number[];
  challenges: SpatialChallenge[];
  /** Sum over actors of the distance moved this turn, on the 0..1 scale (KTAB `stateDist`). */
  distance: number;
}

/** The run of the spatial model to its stable state. */
export interface SpatialModelResult {
  /** Number of turns (state transitions). */
  turns: number;
  /** history[t][actor][issue], t = 0 (the inputs) .. turns, on each issue's scale. */
  history: number[][][];
  final: number[][];
  /** Per turn (index t − 1 for the transition into state t). */
  steps: SpatialTurn[];
  /** Capability-and-salience weighted mean of the final positions, per issue. */
  outcome: number[];
}

interface Bargain {
  init: number;
  rcvr: number;
  posInit: Float64Array;
  posRcvr: Float64Array;
}

/** Utility of a (salience-weighted, normalised) distance d for risk attitude r (KTAB `bsUtil`). */
function riskUtility(d: number, r: number): number {
  return d <= 1 ? (1 - d) * (1 + d * r) : (1 - d) * (1 + r);
}

function vote(rule: VotingRule, w: number, ua: number, ub: number): number {
  const du = ua - ub;
  const bin = Math.max(-1, Math.min(1, du / 1e-8));
  switch (rule) {
    case "proportional":
      return w * du;
    case "binary":
      return w * bin;
    case "prop-bin":
      return w * (0.8 * du + 0.2 * bin);
    case "prop-cubic":
      return w * (0.5 * du + 0.5 * du * du * du);
    case "cubic":
      return w * du * du * du;
  }
}

function victory(model: VictoryProbability, s1: number, s2: number): number {
  let x1 = s1;
  let x2 = s2;
  switch (model) {
    case "linear":
      break;
    case "square":
      x1 = s1 * s1;
      x2 = s2 * s2;
      break;
    case "quartic":
      x1 = s1 ** 4;
      x2 = s2 ** 4;
      break;
    case "octic":
      x1 = s1 ** 8;
      x2 = s2 ** 8;
      break;
    case "binary": {
      const t = 1.1;
      if (s1 >= t * s2) return 1 / (1 + 1e-6);
      if (s2 >= t * s1) return 1e-6 / (1 + 1e-6);
      const r = s1 / (s1 + s2);
      return (r * (t + 1) - 1) / (t - 1);
    }
  }
  return x1 / (x1 + x2);
}

/**
 * Probability that each of `m` options wins, given utilities `u[a * m + o]` of option o to actor a
 * and voting weights `w[a]`: coalition strengths, pairwise victory probabilities, then the
 * Conditional (`p_i ∝ Π_j P[i>j]`) or Markov-uniform combination (KTAB `scalarPCE`).
 */
function optionProbabilities(
  n: number,
  m: number,
  w: ArrayLike<number>,
  u: Float64Array,
  o: SpatialModelOptions,
): Float64Array {
  const pv = new Float64Array(m * m);
  for (let i = 0; i < m; i++) {
    pv[i * m + i] = 0.5;
    for (let j = 0; j < i; j++) {
      let cij = 1e-8;
      let cji = 1e-8;
      for (let k = 0; k < n; k++) {
        const v = vote(
          o.votingRule,
          w[k] as number,
          u[k * m + i] as number,
          u[k * m + j] as number,
        );
        if (v > 0) cij += v;
        else if (v < 0) cji -= v;
      }
      const p = victory(o.victoryProbability, cij, cji);
      pv[i * m + j] = p;
      pv[j * m + i] = 1 - p;
    }
  }
  const p = new Float64Array(m);
  if (o.pce === "conditional") {
    // In logs: with many options the plain product underflows.
    let best = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < m; i++) {
      let s = 0;
      for (let j = 0; j < m; j++) s += Math.log(pv[i * m + j] as number);
      p[i] = s;
      if (s > best) best = s;
    }
    let sum = 0;
    for (let i = 0; i < m; i++) {
      const e = Math.exp((p[i] as number) - best);
      p[i] = e;
      sum += e;
    }
    for (let i = 0; i < m; i++) p[i] = (p[i] as number) / sum;
    return p;
  }
  p.fill(1 / m);
  const q = new Float64Array(m);
  for (let iter = 0; iter < 10_000; iter++) {
    let change = 0;
    for (let i = 0; i < m; i++) {
      let s = 0;
      for (let j = 0; j < m; j++)
        s += (pv[i * m + j] as number) * ((p[i] as number) + (p[j] as number));
      q[i] = s / m;
      change = Math.max(change, Math.abs((q[i] as number) - (p[i] as number)));
    }
    p.set(q);
    if (change < 1e-6) break;
  }
  return p;
}

function bigR(p: Float64Array, range: BigRRange): Float64Array {
  let pMin = 1;
  let pMax = 0;
  for (const x of p) {
    if (x < pMin) pMin = x;
    if (x > pMax) pMax = x;
  }
  const r = new Float64Array(p.length);
  const span = pMax - pMin;
  if (!(span > 0)) return r;
  for (let i = 0; i < p.length; i++) {
    const x = p[i] as number;
    r[i] =
      range === "min"
        ? (x - pMin) / span
        : range === "mid"
          ? (3 * x - (pMax + 2 * pMin)) / (2 * span)
          : (2 * x - (pMax + pMin)) / span;
  }
  return r;
}

function estimatedRisk(rh: number, ri: number, adjust: BigRAdjust): number {
  switch (adjust) {
    case "none":
      return rh;
    case "one-third":
      return (2 * rh + ri) / 3;
    case "half":
      return (rh + ri) / 2;
    case "two-thirds":
      return (rh + 2 * ri) / 3;
    case "full":
      return ri;
  }
}

function round4(x: number): number {
  return Math.floor(0.5 + x * 10000) / 10000;
}

/** Bargain coordinates on one dimension (KTAB `interpBrgnSnPm` and `interpBrgnS2PMax`). */
function interpolate(
  kind: InterVecBargain,
  ti: number,
  si: number,
  pi: number,
  tj: number,
  sj: number,
  pj: number,
): [number, number] {
  const minW = 1e-6;
  if (kind === "S2PMax") {
    const di = Math.max(0, pj - pi);
    const dj = Math.max(0, pi - pj);
    const si2 = si * si;
    const sj2 = sj * sj;
    const dik = (di * sj2) / (di * sj2 + minW + (1 - di) * si2);
    const djk = (dj * si2) / (dj * si2 + minW + (1 - dj) * sj2);
    return [ti + dik * (tj - ti), tj + djk * (ti - tj)];
  }
  const e = kind === "S1P1" ? 1 : 2;
  const wi = si ** e * pi ** e;
  const wj = sj ** e * pj ** e;
  // The tiny asymmetric weight keeps 0/0 away when neither side cares; KTAB rounds to 4 decimals
  // so that this does not show up as spurious precision.
  const total = wi + minW + wj;
  return [
    round4(((wi + minW) * ti + wj * tj) / total),
    round4((wi * ti + (minW + wj) * tj) / total),
  ];
}

/**
 * A spatial model of politics in the manner of KTAB's SMP (Wise, Lester and Efird; KAPSARC
 * Toolkit for Agent-Based modeling, MIT licence): each turn every actor infers risk attitudes
 * from the probability that its position wins (`R = (3p − (pMax + 2pMin)) / (2(pMax − pMin))`),
 * estimates for each rival the value of challenging it, with third parties joining through
 * "little coalitions" (`EU = (1 − s_j)U(i wins) + s_j[φ U(i wins) + (1 − φ)U(j wins)] − U(SQ)`),
 * proposes a bargain to its best target (`b = (w_i t_i + w_j t_j)/(w_i + w_j)`, `w = (s·p)²`),
 * and each actor then adopts the bargain in its queue that a capability-weighted vote favours.
 * Utility is `(1 − d)(1 + d R)` of the salience-weighted distance d on a 0..1 scale. The run
 * stops when a turn moves less than 2% of the first turn's movement (after turn 2) or at turn 100.
 *
 * Saliences are read as shares of attention across the issues when `input.salienceBasis` is
 * `shares` (KTAB's files); per-issue saliences (the default) are divided by the number of issues.
 *
 * Written from KTAB's published equations and reference logs; the defaults reproduce KTAB's
 * reference runs (`dummyData_3Dim`: 10 turns; `SOE-Pol-Comp`: 27 turns).
 */
export function spatialModel(
  input: ForecastInput,
  options: Partial<SpatialModelOptions> = {},
): SpatialModelResult {
  const o: SpatialModelOptions = { ...spatialModelDefaults, ...options };
  return spatialModelRun(input, o, prng(o.seed));
}

function spatialModelRun(
  input: ForecastInput,
  o: SpatialModelOptions,
  rand: () => number,
): SpatialModelResult {
  const n = input.actors.length;
  const nd = input.issues.length;
  const lo = input.issues.map((i) => i.scale.min);
  const span = input.issues.map((i) => i.scale.max - i.scale.min);
  const cap = new Float64Array(n);
  const sal = new Float64Array(n * nd);
  // KTAB reads saliences as shares of an actor's attention (at most 1 in total): their sum is the
  // probability that the actor resists a challenge and scales its weight in every vote. Per-issue
  // saliences (each on 0..1, as in a case) would add up to more than 1 and make that probability
  // meaningless (on the Afghanistan case, with sums up to 4, every bargain lost its vote and
  // nobody moved), so they become shares by dividing by the number of issues: the total is then
  // the actor's mean salience, and the ratios between issues, which set the weighted distance,
  // are kept. One issue is unchanged.
  const toShare = (input.salienceBasis ?? "per-issue") === "per-issue" ? 1 / nd : 1;
  const salSq = new Float64Array(n);
  const salSum = new Float64Array(n);
  let pos = new Float64Array(n * nd);
  for (let i = 0; i < n; i++) {
    const a = input.actors[i];
    if (a === undefined) continue;
    cap[i] = a.capability;
    for (let k = 0; k < nd; k++) {
      const s = (a.saliences[k] ?? 0) * toShare;
      sal[i * nd + k] = s;
      salSq[i] = (salSq[i] as number) + s * s;
      salSum[i] = (salSum[i] as number) + s;
      pos[i * nd + k] = ((a.positions[k] ?? 0) - (lo[k] as number)) / (span[k] as number);
    }
  }
  const toScale = (p: Float64Array): number[][] =>
    Array.from({ length: n }, (_, i) =>
      Array.from(
        { length: nd },
        (_, k) => (lo[k] as number) + (p[i * nd + k] as number) * (span[k] as number),
      ),
    );

  // Salience-weighted distance from actor i's point `pi` (row of `from`) to `to` at row j.
  const diff = (
    i: number,
    from: Float64Array,
    fi: number,
    to: Float64Array,
    tj: number,
  ): number => {
    const ss = salSq[i] as number;
    if (!(ss > 0)) return 0;
    let acc = 0;
    for (let k = 0; k < nd; k++) {
      const d =
        (sal[i * nd + k] as number) * ((from[fi * nd + k] as number) - (to[tj * nd + k] as number));
      acc += d * d;
    }
    return Math.sqrt(acc / ss);
  };

  const history: Float64Array[] = [pos];
  const steps: SpatialTurn[] = [];
  const dist = new Float64Array(n * n);
  const stateDist = (a: Float64Array, b: Float64Array): number => {
    let s = 0;
    for (let i = 0; i < n; i++) {
      let acc = 0;
      for (let k = 0; k < nd; k++) {
        const d = (a[i * nd + k] as number) - (b[i * nd + k] as number);
        acc += d * d;
      }
      s += Math.sqrt(acc);
    }
    return s;
  };

  let d01 = 0;
  for (let turn = 1; turn <= o.maxTurns; turn++) {
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) dist[i * n + j] = i === j ? 0 : diff(i, pos, i, pos, j);

    // Risk attitudes from the risk-neutral probability that each actor's position wins.
    const rn = new Float64Array(n * n);
    for (let i = 0; i < n * n; i++) rn[i] = 1 - (dist[i] as number);
    const R = bigR(optionProbabilities(n, n, cap, rn, o), o.bigRRange);
    // u(h, a, b): h's estimate of the utility to a of b's position. h's estimates of everyone's
    // risk attitude are cached for the observer last asked about, since calls come in runs of one h.
    const est = new Float64Array(n);
    let estFor = -1;
    const u = (h: number, a: number, b: number): number => {
      if (h !== estFor) {
        for (let m = 0; m < n; m++)
          est[m] = estimatedRisk(R[h] as number, R[m] as number, o.bigRAdjust);
        estFor = h;
      }
      return riskUtility(dist[a * n + b] as number, est[a] as number);
    };
    // An actor's own view of its utility for a position (h = a), for settling the queues.
    const selfRisk = Float64Array.from(R, (r) => estimatedRisk(r, r, o.bigRAdjust));
    const own = (a: number, b: number): number =>
      riskUtility(dist[a * n + b] as number, selfRisk[a] as number);

    // h's estimate of P[i beats j] and of the gain to k of i challenging j (KTAB `probEduChlg`).
    const challenge = (h: number, k: number, i: number, j: number): [number, number] => {
      const uij = u(h, i, j);
      const uji = u(h, j, i);
      const wi = (salSum[i] as number) * (cap[i] as number);
      const wj = (salSum[j] as number) * (cap[j] as number);
      const ci = vote(o.votingRule, wi, u(h, i, i), uij);
      const cj = vote(o.votingRule, wj, uji, u(h, j, j));
      let chij = 1e-10;
      let chji = 1e-10;
      if (ci > 0) chij += ci;
      else chji -= ci;
      if (cj > 0) chij += cj;
      else chji -= cj;
      const baseI = chij;
      const baseJ = chji;
      for (let m = 0; m < n; m++) {
        if (m === i || m === j) continue;
        const wm = (salSum[m] as number) * (cap[m] as number);
        const umi = u(h, m, i);
        const umj = u(h, m, j);
        const umm = u(h, m, m);
        const cm = vote(o.votingRule, wm, umi, umj);
        const pi =
          cm > 0 ? (baseI + cm) / (baseI + cm + baseJ) : baseI / (baseI + baseJ - Math.min(cm, 0));
        const pj = 1 - pi;
        let uImJ: number;
        let uJIm: number;
        let uIJm: number;
        let uJmI: number;
        if (o.thirdPartyCommit === "full") {
          uImJ = 3 * umi;
          uJIm = 3 * umj;
          uIJm = 3 * umi;
          uJmI = 3 * umj;
        } else if (o.thirdPartyCommit === "semi") {
          uImJ = 2 * umi + umm;
          uJIm = 3 * umj;
          uIJm = 3 * umi;
          uJmI = 2 * umj + umm;
        } else {
          uImJ = 2 * umi + umm;
          uJIm = 2 * umj + umm;
          uIJm = 2 * umi + umm;
          uJmI = 2 * umj + umm;
        }
        const v = vote(o.votingRule, wm, pi * uImJ + pj * uJIm, pi * uIJm + pj * uJmI);
        if (v > 0) chij += v;
        else if (v < 0) chji -= v;
      }
      const phij = chij / (chij + chji);
      const sj = salSum[j] as number;
      const uki = u(h, k, i);
      const ukj = u(h, k, j);
      const euChlg = (1 - sj) * 2 * uki + sj * (phij * 2 * uki + (1 - phij) * 2 * ukj);
      return [phij, euChlg - (uki + ukj)];
    };

    const queues: Bargain[][] = Array.from({ length: n }, () => []);
    const challenges: SpatialChallenge[] = [];
    const makeBargain = (i: number, j: number, pI: number): Bargain => {
      const posInit = new Float64Array(nd);
      const posRcvr = new Float64Array(nd);
      for (let k = 0; k < nd; k++) {
        const [bi, bj] = interpolate(
          o.interVecBargain,
          pos[i * nd + k] as number,
          sal[i * nd + k] as number,
          pI,
          pos[j * nd + k] as number,
          sal[j * nd + k] as number,
          1 - pI,
        );
        posInit[k] = bi;
        posRcvr[k] = bj;
      }
      return { init: i, rcvr: j, posInit, posRcvr };
    };
    for (let i = 0; i < n; i++) {
      let bestJ = -1;
      let bestEU = 0;
      let bestP = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const [p, e] = challenge(i, i, i, j);
        if (e > 1e-5 && e > bestEU) {
          bestJ = j;
          bestEU = e;
          bestP = p;
        }
      }
      if (bestJ < 0) continue;
      challenges.push({ actor: i, target: bestJ, gain: bestEU, probability: bestP });
      const bIIJ = makeBargain(i, bestJ, bestP);
      const fromJ: Bargain[] = [];
      if (o.bargainModel !== "init-only") {
        const pJ = challenge(bestJ, i, i, bestJ)[0];
        const bJIJ = makeBargain(i, bestJ, pJ);
        if (o.bargainModel === "init-rcvr") fromJ.push(bIIJ, bJIJ);
        else {
          const wi = (cap[i] as number) * (salSum[i] as number);
          const wj = (cap[i] as number) * (salSum[bestJ] as number);
          const mix = (a: Float64Array, b: Float64Array): Float64Array =>
            a.map((x, k) => (wi * x + wj * (b[k] as number)) / (wi + wj));
          fromJ.push({
            init: i,
            rcvr: bestJ,
            posInit: mix(bIIJ.posInit, bJIJ.posInit),
            posRcvr: mix(bIIJ.posRcvr, bJIJ.posRcvr),
          });
        }
      } else fromJ.push(bIIJ);
      for (const b of fromJ) {
        queues[i]?.push(b);
        queues[bestJ]?.push(b);
      }
    }

    // Each actor's queue is settled by a capability-weighted vote over the states it would bring.
    const ownSum = new Float64Array(n);
    for (let a = 0; a < n; a++) {
      let s = 0;
      for (let m = 0; m < n; m++) s += own(a, m);
      ownSum[a] = s;
    }
    const posUtil = (a: number, x: Float64Array): number => {
      const ss = salSq[a] as number;
      let d = 0;
      if (ss > 0) {
        let acc = 0;
        for (let k = 0; k < nd; k++) {
          const t = (sal[a * nd + k] as number) * ((pos[a * nd + k] as number) - (x[k] as number));
          acc += t * t;
        }
        d = Math.sqrt(acc / ss);
      }
      return riskUtility(d, R[a] as number);
    };
    const next = new Float64Array(pos);
    for (let k = 0; k < n; k++) {
      const q = queues[k] ?? [];
      const m = q.length + 1;
      if (m === 1) continue;
      const util = new Float64Array(n * m);
      for (let a = 0; a < n; a++) {
        util[a * m] = (ownSum[a] as number) / n;
        for (let b = 0; b < q.length; b++) {
          const bg = q[b] as Bargain;
          const s =
            (ownSum[a] as number) -
            own(a, bg.init) -
            own(a, bg.rcvr) +
            posUtil(a, bg.posInit) +
            posUtil(a, bg.posRcvr);
          util[a * m + b + 1] = s / n;
        }
      }
      const p = optionProbabilities(n, m, cap, util, o);
      let pick = 0;
      if (o.stateTransition === "deterministic") {
        for (let b = 1; b < m; b++) if ((p[b] as number) > (p[pick] as number)) pick = b;
      } else {
        let r = rand();
        pick = m - 1;
        for (let b = 0; b < m; b++) {
          r -= p[b] as number;
          if (r < 0) {
            pick = b;
            break;
          }
        }
      }
      if (pick === 0) continue;
      const bg = q[pick - 1] as Bargain;
      next.set(bg.init === k ? bg.posInit : bg.posRcvr, k * nd);
    }

    const moved = stateDist(next, pos);
    if (turn === 1) d01 = moved + 1e-4;
    pos = next;
    history.push(pos);
    steps.push({
      positions: toScale(pos),
      riskAttitudes: Array.from(R),
      challenges,
      distance: moved,
    });
    if (turn >= o.minTurns && moved / d01 < o.minDeltaRatio) break;
  }

  const final = toScale(pos);
  const outcome = input.issues.map((_, k) => {
    let sw = 0;
    let sx = 0;
    for (let i = 0; i < n; i++) {
      const w = (cap[i] as number) * (sal[i * nd + k] as number);
      sw += w;
      sx += w * ((final[i] as number[])[k] as number);
    }
    return sw > 0 ? sx / sw : Number.NaN;
  });
  return { turns: history.length - 1, history: history.map(toScale), final, steps, outcome };
}
