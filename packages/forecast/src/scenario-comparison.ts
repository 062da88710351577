import type { Result } from "@parley/core";
import { err, ok } from "@parley/core";
import type { ForecastInput } from "./forecast-input";
import { forumInput } from "./forum-comparison";
import {
  type ForecastModel,
  forecastModels,
  type ModelOutcome,
  modelOutcomes,
} from "./model-outcomes";
import { type ForecastScenario, scenarioInput } from "./scenario-input";

/** One scenario's forecasts, side by side with the baseline. */
export interface ScenarioColumn {
  scenario: string;
  name: string;
  outcomes: ModelOutcome[];
  /** Per forum (when the scenario's case has forums), the outcomes among its participants only. */
  forums: { forum: string; name: string; outcomes: ModelOutcome[] }[];
}

/** A table of scenarios (the baseline first) against models and issues, with shifts from the baseline. */
export interface ScenarioComparison {
  columns: ScenarioColumn[];
  /** shift[scenario][`${model}/${issue}`] = outcome − baseline outcome. */
  shifts: Record<string, Record<string, number>>;
}

/**
 * Runs every model on the case as it stands and under each scenario, with forum-by-forum
 * outcomes where the case has forums, and the shift of each outcome from the baseline.
 */
export function scenarioComparison(
  input: ForecastInput,
  scenarios: readonly ForecastScenario[],
  models: readonly ForecastModel[] = forecastModels,
): Result<ScenarioComparison> {
  const columns: ScenarioColumn[] = [];
  const run = (id: string, name: string, inp: ForecastInput): ScenarioColumn => ({
    scenario: id,
    name,
    outcomes: modelOutcomes(inp, models),
    forums: (inp.forums ?? []).map((f) => ({
      forum: f.id,
      name: f.name,
      outcomes: modelOutcomes(forumInput(inp, f.participants), models),
    })),
  });
  columns.push(run("baseline", "As it stands", input));
  for (const s of scenarios) {
    const r = scenarioInput(input, s);
    if (!r.ok) return err(r.error);
    columns.push(run(s.id, s.name, r.value));
  }
  const base = new Map((columns[0]?.outcomes ?? []).map((o) => [`${o.model}/${o.issue}`, o.value]));
  const shifts: Record<string, Record<string, number>> = {};
  for (const c of columns.slice(1)) {
    shifts[c.scenario] = Object.fromEntries(
      c.outcomes.map((o) => [
        `${o.model}/${o.issue}`,
        o.value - (base.get(`${o.model}/${o.issue}`) ?? Number.NaN),
      ]),
    );
  }
  return ok({ columns, shifts });
}
