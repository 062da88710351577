import { expectedUtilityModel } from "./expected-utility-model";
import type { KernelFunctions } from "./monte-carlo-kernel";
import { nashBargaining } from "./nash-bargaining";
import { prng } from "./prng";
import { spatialModel } from "./spatial-model";
import { weightedMean } from "./weighted-mean";
import { weightedMedian } from "./weighted-median";

/**
 * The models `monteCarloKernel` runs in each draw: the closed forms, the expected utility
 * model's forecast and the spatial model's outcome. The same functions serve in this thread and
 * in worker threads, so a run gives the same numbers wherever it is computed.
 */
export const kernelFunctions: KernelFunctions = {
  weightedMean,
  weightedMedian,
  nashBargaining,
  prng,
  expectedUtilityForecast: (actors, scale, o) => expectedUtilityModel(actors, scale, o).forecast,
  spatialOutcome: (input, o) => spatialModel(input, o).outcome,
};
