import { expectedUtilityModel } from "./expected-utility-model";
import { type ForecastInput, issueActors } from "./forecast-input";
import { nashBargaining } from "./nash-bargaining";
import { spatialModel } from "./spatial-model";
import { weightedMean } from "./weighted-mean";
import { weightedMedian } from "./weighted-median";

/** Every model Parley runs. `eu` runs issue by issue; `smp` runs all issues jointly. */
export type ForecastModel = "mean" | "median" | "nash" | "eu" | "smp";
export const forecastModels: readonly ForecastModel[] = ["mean", "median", "nash", "eu", "smp"];

/** One model's forecast on one issue. */
export interface ModelOutcome {
  model: ForecastModel;
  issue: string;
  value: number;
}

/**
 * Each requested model's point forecast on each issue. The spatial model's forecast on an issue is
 * the capability-and-salience weighted mean of its final positions; the expected utility model's
 * is its last round's median; Nash uses each actor's worst point as disagreement point unless a
 * status quo is given (quadratic loss).
 */
export function modelOutcomes(
  input: ForecastInput,
  models: readonly ForecastModel[] = forecastModels,
  options: { disagreement?: number[]; nashExponent?: 1 | 2 } = {},
): ModelOutcome[] {
  const out: ModelOutcome[] = [];
  const smp =
    models.includes("smp") && input.actors.length >= 2 ? spatialModel(input).outcome : undefined;
  for (const model of models) {
    input.issues.forEach((issue, k) => {
      const actors = issueActors(input, k);
      const xs = actors.map((a) => a.position);
      const ws = actors.map((a) => a.capability * a.salience);
      let value: number;
      switch (model) {
        case "mean":
          value = weightedMean(xs, ws);
          break;
        case "median":
          value = weightedMedian(xs, ws);
          break;
        case "nash":
          value = nashBargaining(
            xs,
            ws,
            issue.scale.min,
            issue.scale.max,
            options.disagreement?.[k] ?? Number.NaN,
            options.nashExponent ?? 2,
          );
          break;
        case "eu":
          value =
            actors.length >= 2
              ? expectedUtilityModel(actors, issue.scale).forecast
              : weightedMean(xs, ws);
          break;
        case "smp":
          value = smp?.[k] ?? weightedMean(xs, ws);
          break;
      }
      out.push({ model, issue: issue.id, value });
    });
  }
  return out;
}
