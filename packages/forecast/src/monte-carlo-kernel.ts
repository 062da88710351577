import type { ExpectedUtilityOptions } from "./expected-utility-model";
import type { ForecastInput, IssueActor, SalienceBasis } from "./forecast-input";
import type { SpatialModelOptions } from "./spatial-model";

/** The closed-form models. */
export type ClosedFormModel = "mean" | "median" | "nash";
/**
 * The models the Monte Carlo kernel can run, in the order their outcomes are stored: the closed
 * forms, the expected utility model (its forecast on each issue) and the spatial model (all
 * issues jointly; the weighted mean of its final positions on each issue).
 */
export type MonteCarloModel = ClosedFormModel | "eu" | "smp";

/** A block of Monte Carlo runs in flat arrays, so it can be posted to a worker thread as is. */
export interface KernelTask {
  actors: number;
  issues: number;
  /** Runs `[start, end)` of the whole experiment; run r always draws from `seed` and r. */
  start: number;
  end: number;
  seed: number;
  /** `uniform` over each range, or `triangular` with its mode at the point estimate. */
  distribution: "uniform" | "triangular";
  /** Point estimates and ranges, indexed [actor * issues + issue]; lo = hi = point when known. */
  position: Float64Array;
  positionLo: Float64Array;
  positionHi: Float64Array;
  salience: Float64Array;
  salienceLo: Float64Array;
  salienceHi: Float64Array;
  /** Per actor and issue; capabilities are drawn once per actor and run, as a factor on all issues. */
  capability: Float64Array;
  /** Per actor: point estimate and range of the case-wide capability. */
  capabilityBase: Float64Array;
  capabilityLo: Float64Array;
  capabilityHi: Float64Array;
  /** Per issue. */
  scaleMin: Float64Array;
  scaleMax: Float64Array;
  /** Per issue; NaN: each actor's worst point of the scale. */
  disagreement: Float64Array;
  nashExponent: number;
  models: MonteCarloModel[];
  /** Options of the dynamic models (plain data, so they can be posted to a worker). */
  euOptions: ExpectedUtilityOptions;
  smpOptions: SpatialModelOptions;
  salienceBasis: SalienceBasis;
  /** Issue ids and names and actor ids, for the spatial model's input. */
  issueIds: string[];
  actorIds: string[];
}

/** Outcomes and the running sums a sensitivity table needs. */
export interface KernelResult {
  /** outcomes[(model * issues + issue) * runs + (r − start)]. */
  outcomes: Float64Array;
  /**
   * Per model, issue and input q (q = kind * actors + actor; kinds 0 position, 1 salience,
   * 2 capability): sums Σx, Σx², Σxy at [((model * issues + issue) * 3 * actors + q) * 3 + 0..2].
   */
  inputSums: Float64Array;
  /** Per model and issue: Σy, Σy², count at [(model * issues + issue) * 3 + 0..2]. */
  outcomeSums: Float64Array;
}

/**
 * The models the kernel calls, passed in so that a test can stand in for any of them
 * (`kernelFunctions` holds the real ones).
 */
export interface KernelFunctions {
  weightedMean: (x: ArrayLike<number>, w: ArrayLike<number>) => number;
  weightedMedian: (x: ArrayLike<number>, w: ArrayLike<number>) => number;
  nashBargaining: (
    x: ArrayLike<number>,
    w: ArrayLike<number>,
    min: number,
    max: number,
    d: number,
    p: number,
  ) => number;
  prng: (seed: number) => () => number;
  /** The expected utility model's forecast on one issue. */
  expectedUtilityForecast: (
    actors: IssueActor[],
    scale: { min: number; max: number },
    o: ExpectedUtilityOptions,
  ) => number;
  /** The spatial model's outcome on each issue. */
  spatialOutcome: (input: ForecastInput, o: SpatialModelOptions) => number[];
}

/**
 * Runs a block of Monte Carlo draws: each run samples every uncertain position, salience and
 * capability from its range, then computes each model's point outcome on each issue (the spatial
 * model once for all issues) and accumulates the sums for input–outcome correlations. Run r draws from its own stream
 * (seed mixed with r), so results do not depend on how runs are split among threads.
 */
export function monteCarloKernel(task: KernelTask, fns: KernelFunctions): KernelResult {
  const nA = task.actors;
  const nI = task.issues;
  const nM = task.models.length;
  const runs = task.end - task.start;
  const outcomes = new Float64Array(nM * nI * runs);
  const inputSums = new Float64Array(nM * nI * 3 * nA * 3);
  const outcomeSums = new Float64Array(nM * nI * 3);
  const x = new Float64Array(nA);
  const w = new Float64Array(nA);
  const cap = new Float64Array(nA);
  const sal = new Float64Array(nA * nI);
  const pos = new Float64Array(nA * nI);
  const capFactor = new Float64Array(nA);
  const capSample = new Float64Array(nA);
  const draw = (rand: () => number, point: number, lo: number, hi: number): number => {
    if (!(hi > lo)) return point;
    const u = rand();
    if (task.distribution === "uniform") return lo + u * (hi - lo);
    const c = Math.min(hi, Math.max(lo, point));
    const f = (c - lo) / (hi - lo);
    return u < f
      ? lo + Math.sqrt(u * (hi - lo) * (c - lo))
      : hi - Math.sqrt((1 - u) * (hi - lo) * (hi - c));
  };
  for (let r = task.start; r < task.end; r++) {
    const rand = fns.prng((task.seed ^ Math.imul(r + 1, 0x9e3779b1)) >>> 0);
    for (let a = 0; a < nA; a++) {
      const base = task.capabilityBase[a] as number;
      const c = draw(rand, base, task.capabilityLo[a] as number, task.capabilityHi[a] as number);
      capSample[a] = c;
      capFactor[a] = base > 0 ? c / base : 0;
      for (let k = 0; k < nI; k++) {
        const i = a * nI + k;
        pos[i] = draw(
          rand,
          task.position[i] as number,
          task.positionLo[i] as number,
          task.positionHi[i] as number,
        );
        sal[i] = draw(
          rand,
          task.salience[i] as number,
          task.salienceLo[i] as number,
          task.salienceHi[i] as number,
        );
      }
    }
    // The spatial model runs all issues at once, with each actor's case-wide capability.
    let smp: number[] | undefined;
    if (task.models.includes("smp") && nA >= 2) {
      const input: ForecastInput = {
        issues: task.issueIds.map((id, k) => ({
          id,
          name: id,
          scale: { min: task.scaleMin[k] as number, max: task.scaleMax[k] as number },
        })),
        actors: task.actorIds.map((id, a) => ({
          id,
          name: id,
          capability: capSample[a] as number,
          positions: Array.from({ length: nI }, (_, k) => pos[a * nI + k] as number),
          saliences: Array.from({ length: nI }, (_, k) => sal[a * nI + k] as number),
        })),
        salienceBasis: task.salienceBasis,
      };
      smp = fns.spatialOutcome(input, task.smpOptions);
    }
    for (let k = 0; k < nI; k++) {
      for (let a = 0; a < nA; a++) {
        const i = a * nI + k;
        x[a] = pos[i] as number;
        const base = task.capabilityBase[a] as number;
        cap[a] =
          base > 0
            ? (task.capability[i] as number) * (capFactor[a] as number)
            : (capSample[a] as number);
        w[a] = (cap[a] as number) * (sal[i] as number);
      }
      for (let m = 0; m < nM; m++) {
        const model = task.models[m];
        let y: number;
        if (model === "mean") y = fns.weightedMean(x, w);
        else if (model === "median") y = fns.weightedMedian(x, w);
        else if (model === "nash")
          y = fns.nashBargaining(
            x,
            w,
            task.scaleMin[k] as number,
            task.scaleMax[k] as number,
            task.disagreement[k] as number,
            task.nashExponent,
          );
        else if (model === "smp") y = smp?.[k] ?? fns.weightedMean(x, w);
        else {
          const actors: IssueActor[] = [];
          for (let a = 0; a < nA; a++)
            actors.push({
              id: task.actorIds[a] as string,
              name: task.actorIds[a] as string,
              position: x[a] as number,
              salience: sal[a * nI + k] as number,
              capability: cap[a] as number,
            });
          y =
            nA >= 2
              ? fns.expectedUtilityForecast(
                  actors,
                  { min: task.scaleMin[k] as number, max: task.scaleMax[k] as number },
                  task.euOptions,
                )
              : fns.weightedMean(x, w);
        }
        const mk = m * nI + k;
        outcomes[mk * runs + (r - task.start)] = y;
        if (Number.isNaN(y)) continue;
        outcomeSums[mk * 3] = (outcomeSums[mk * 3] as number) + y;
        outcomeSums[mk * 3 + 1] = (outcomeSums[mk * 3 + 1] as number) + y * y;
        outcomeSums[mk * 3 + 2] = (outcomeSums[mk * 3 + 2] as number) + 1;
        const baseQ = mk * 3 * nA;
        for (let a = 0; a < nA; a++) {
          const i = a * nI + k;
          for (let kind = 0; kind < 3; kind++) {
            const v =
              kind === 0
                ? (pos[i] as number)
                : kind === 1
                  ? (sal[i] as number)
                  : (capSample[a] as number);
            const at = (baseQ + kind * nA + a) * 3;
            inputSums[at] = (inputSums[at] as number) + v;
            inputSums[at + 1] = (inputSums[at + 1] as number) + v * v;
            inputSums[at + 2] = (inputSums[at + 2] as number) + v * y;
          }
        }
      }
    }
  }
  return { outcomes, inputSums, outcomeSums };
}
