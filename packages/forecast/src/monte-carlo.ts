import { availableParallelism } from "node:os";
import { type ExpectedUtilityOptions, expectedUtilityDefaults } from "./expected-utility-model";
import type { ForecastInput, InputProvenance } from "./forecast-input";
import { kernelFunctions } from "./kernel-functions";
import { kernelInWorkers } from "./kernel-in-workers";
import {
  type KernelResult,
  type KernelTask,
  type MonteCarloModel,
  monteCarloKernel,
} from "./monte-carlo-kernel";
import { type OutcomeSummary, outcomeSummary } from "./outcome-summary";
import { type SpatialModelOptions, spatialModelDefaults } from "./spatial-model";

/** Options of a Monte Carlo experiment. */
export interface MonteCarloOptions {
  runs: number;
  seed: number;
  /** Closed forms by default; `eu` and `smp` run their full dynamics inside every run. */
  models: MonteCarloModel[];
  distribution: "uniform" | "triangular";
  /** Worker threads; 0 or 1 runs in this thread. Default: all cores for large runs. */
  threads?: number;
  /** Histogram bins over each issue's scale. */
  bins: number;
  /** Status quo per issue for the Nash solution (absent or NaN: each actor's worst point). */
  disagreement?: number[];
  nashExponent: 1 | 2;
  /** Options of the expected utility model (`eu`) and the spatial model (`smp`). */
  euOptions?: Partial<ExpectedUtilityOptions>;
  smpOptions?: Partial<SpatialModelOptions>;
  onProgress?: (done: number, total: number) => void;
}

export const monteCarloDefaults: MonteCarloOptions = {
  runs: 1000,
  seed: 1,
  models: ["mean", "median", "nash"],
  distribution: "uniform",
  bins: 20,
  nashExponent: 2,
};

/** How strongly one uncertain input moves one model's outcome on one issue. */
export interface SensitivityRow {
  actor: string;
  name: string;
  input: "position" | "salience" | "capability";
  /** Pearson correlation of the sampled input with the outcome. */
  correlation: number;
  /** r²: the share of the outcome's variance this input alone accounts for (linear, independent draws). */
  share: number;
}

/** One actor's inputs on an issue, shown beside the forecast. */
export interface ForecastInputRow {
  actor: string;
  name: string;
  position: number;
  positionRange?: [number, number];
  salience: number;
  capability: number;
  /** `source` (with the claim) or `analyst`; absent when nobody said. */
  provenance?: InputProvenance;
  /** Share of the outcome's variance carried by this actor's position, salience and capability. */
  spreadShare: number;
}

/** The distribution of one model's outcome on one issue. */
export interface OutcomeDistribution extends OutcomeSummary {
  model: MonteCarloModel;
  issue: string;
  /** The outcome with every input at its point estimate. */
  point: number;
  sensitivity: SensitivityRow[];
  inputs: ForecastInputRow[];
}

export interface MonteCarloResult {
  runs: number;
  seed: number;
  threads: number;
  distributions: OutcomeDistribution[];
}

/** Flattens a forecast input and its ranges into the kernel's arrays. */
export function kernelTask(input: ForecastInput, o: MonteCarloOptions): KernelTask {
  const nA = input.actors.length;
  const nI = input.issues.length;
  const f = () => new Float64Array(nA * nI);
  const t: KernelTask = {
    actors: nA,
    issues: nI,
    start: 0,
    end: o.runs,
    seed: o.seed >>> 0,
    distribution: o.distribution,
    position: f(),
    positionLo: f(),
    positionHi: f(),
    salience: f(),
    salienceLo: f(),
    salienceHi: f(),
    capability: f(),
    capabilityBase: new Float64Array(nA),
    capabilityLo: new Float64Array(nA),
    capabilityHi: new Float64Array(nA),
    scaleMin: Float64Array.from(input.issues, (i) => i.scale.min),
    scaleMax: Float64Array.from(input.issues, (i) => i.scale.max),
    disagreement: Float64Array.from(input.issues, (_, k) => o.disagreement?.[k] ?? Number.NaN),
    nashExponent: o.nashExponent,
    models: o.models,
    euOptions: { ...expectedUtilityDefaults, ...o.euOptions },
    smpOptions: { ...spatialModelDefaults, ...o.smpOptions },
    salienceBasis: input.salienceBasis ?? "per-issue",
    issueIds: input.issues.map((i) => i.id),
    actorIds: input.actors.map((a) => a.id),
  };
  input.actors.forEach((a, i) => {
    const [cLo, cHi] = a.ranges?.capability ?? [a.capability, a.capability];
    t.capabilityBase[i] = a.capability;
    t.capabilityLo[i] = Math.max(0, Math.min(cLo, cHi));
    t.capabilityHi[i] = Math.max(cLo, cHi);
    for (let k = 0; k < nI; k++) {
      const at = i * nI + k;
      const p = a.positions[k] ?? Number.NaN;
      const s = a.saliences[k] ?? 0;
      const [pLo, pHi] = a.ranges?.positions?.[k] ?? [p, p];
      const [sLo, sHi] = a.ranges?.saliences?.[k] ?? [s, s];
      t.position[at] = p;
      t.positionLo[at] = Math.min(pLo, pHi);
      t.positionHi[at] = Math.max(pLo, pHi);
      t.salience[at] = s;
      t.salienceLo[at] = Math.max(0, Math.min(sLo, sHi));
      t.salienceHi[at] = Math.min(1, Math.max(sLo, sHi));
      t.capability[at] = a.issueCapabilities?.[k] ?? a.capability;
    }
  });
  return t;
}

/**
 * Samples every uncertain input (positions, saliences and capabilities with ranges; uniform or
 * triangular draws, seeded and reproducible) and reports, per model and issue (the closed forms,
 * and the expected utility and spatial models with their point forecast in each run), the
 * outcome's median, quartiles and histogram, which inputs move it most (squared correlation)
 * and the inputs themselves with their provenance. Large runs are spread over worker threads.
 */
export async function monteCarlo(
  input: ForecastInput,
  options: Partial<MonteCarloOptions> = {},
): Promise<MonteCarloResult> {
  const o: MonteCarloOptions = { ...monteCarloDefaults, ...options };
  const task = kernelTask(input, o);
  const nA = input.actors.length;
  // The dynamic models cost about actors² times more per run than the closed forms.
  const dynamic = o.models.some((m) => m === "eu" || m === "smp");
  const work = o.runs * nA * input.issues.length * (dynamic ? nA * nA : 1);
  const threads = o.threads ?? (work >= 200_000 ? availableParallelism() : 1);
  let raw: KernelResult;
  if (threads > 1) raw = await kernelInWorkers(task, threads, o.onProgress);
  else {
    raw = monteCarloKernel(task, kernelFunctions);
    o.onProgress?.(o.runs, o.runs);
  }
  return {
    runs: o.runs,
    seed: o.seed,
    threads: Math.max(1, threads),
    distributions: summarise(input, o, task, raw),
  };
}

function summarise(
  input: ForecastInput,
  o: MonteCarloOptions,
  task: KernelTask,
  raw: KernelResult,
): OutcomeDistribution[] {
  const nA = input.actors.length;
  const nI = input.issues.length;
  const out: OutcomeDistribution[] = [];
  const point = monteCarloKernel(
    {
      ...task,
      start: 0,
      end: 1,
      positionLo: task.position,
      positionHi: task.position,
      salienceLo: task.salience,
      salienceHi: task.salience,
      capabilityLo: task.capabilityBase,
      capabilityHi: task.capabilityBase,
    },
    kernelFunctions,
  ).outcomes;
  o.models.forEach((model, m) => {
    input.issues.forEach((issue, k) => {
      const mk = m * nI + k;
      const ys = raw.outcomes.subarray(mk * o.runs, (mk + 1) * o.runs);
      const n = raw.outcomeSums[mk * 3 + 2] as number;
      const my = (raw.outcomeSums[mk * 3] as number) / n;
      const vy = (raw.outcomeSums[mk * 3 + 1] as number) / n - my * my;
      const sensitivity: SensitivityRow[] = [];
      const perActor = new Float64Array(nA);
      for (let kind = 0; kind < 3; kind++) {
        for (let a = 0; a < nA; a++) {
          const at = (mk * 3 * nA + kind * nA + a) * 3;
          const mx = (raw.inputSums[at] as number) / n;
          const vx = (raw.inputSums[at + 1] as number) / n - mx * mx;
          // Inputs held fixed (or fixed up to rounding) carry no spread.
          if (!(vx > 1e-12 * (1 + mx * mx)) || !(vy > 1e-12 * (1 + my * my))) continue;
          const cov = (raw.inputSums[at + 2] as number) / n - mx * my;
          const r = Math.max(-1, Math.min(1, cov / Math.sqrt(vx * vy)));
          const actor = input.actors[a];
          if (actor === undefined) continue;
          perActor[a] = (perActor[a] as number) + r * r;
          sensitivity.push({
            actor: actor.id,
            name: actor.name,
            input: kind === 0 ? "position" : kind === 1 ? "salience" : "capability",
            correlation: r,
            share: r * r,
          });
        }
      }
      sensitivity.sort((x, y) => y.share - x.share);
      const inputs: ForecastInputRow[] = input.actors.map((a, i) => {
        const row: ForecastInputRow = {
          actor: a.id,
          name: a.name,
          position: a.positions[k] ?? Number.NaN,
          salience: a.saliences[k] ?? 0,
          capability: a.issueCapabilities?.[k] ?? a.capability,
          spreadShare: perActor[i] as number,
        };
        const range = a.ranges?.positions?.[k];
        if (range !== undefined) row.positionRange = range;
        const prov = a.provenance?.positions?.[k];
        if (prov !== undefined) row.provenance = prov;
        return row;
      });
      out.push({
        model,
        issue: issue.id,
        point: point[mk] as number,
        ...outcomeSummary(ys, issue.scale.min, issue.scale.max, o.bins),
        sensitivity,
        inputs,
      });
    });
  });
  return out;
}
