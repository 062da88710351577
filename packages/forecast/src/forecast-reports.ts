import { expectedUtilityModel } from "./expected-utility-model";
import { type ForecastInput, issueActors } from "./forecast-input";
import type { KtabScenario } from "./ktab-csv";
import { type ForecastModel, modelOutcomes } from "./model-outcomes";
import { type SpatialModelOptions, spatialModel } from "./spatial-model";

/** The spatial model's run as KTAB users read it: turns, final positions and history by actor name. */
export interface SpatialRunReport {
  scenario: string;
  model: "smp";
  turns: number;
  dimensions: string[];
  /** Final position per dimension (0..100), by actor name. */
  final: Record<string, number[]>;
  /** Position per turn (0 = input) and dimension, by actor name. */
  history: Record<string, number[][]>;
  /** Capability-and-salience weighted mean of the final positions, per dimension. */
  outcome: number[];
}

/** Runs the spatial model on a KTAB scenario and reports it by actor name. */
export function spatialRunReport(
  s: KtabScenario,
  options: Partial<SpatialModelOptions> = {},
): SpatialRunReport {
  const run = spatialModel(s, options);
  const final: Record<string, number[]> = {};
  const history: Record<string, number[][]> = {};
  s.actors.forEach((a, i) => {
    final[a.name] = run.final[i] ?? [];
    history[a.name] = run.history.map((t) => t[i] ?? []);
  });
  return {
    scenario: s.name,
    model: "smp",
    turns: run.turns,
    dimensions: s.issues.map((i) => i.name),
    final,
    history,
    outcome: run.outcome,
  };
}

/** One round of a one-issue forecast. */
export interface OneIssueRound {
  round: number;
  forecast: number;
  mean: number;
  positions: Record<string, number>;
  moves: { actor: string; by: string; kind: string; from: number; to: number }[];
}

/** A one-issue forecast: the model's value, its rounds, and the other models beside it. */
export interface OneIssueReport {
  model: ForecastModel;
  forecast: number;
  rounds: OneIssueRound[];
  /** Every model's forecast on the same inputs, for comparison. */
  models: Record<ForecastModel, number>;
}

/**
 * A one-issue forecast with the chosen model: for `eu` its rounds (median, weighted mean,
 * positions and moves); for `smp` its turns (weighted mean of positions); the closed-form models
 * have a single round.
 */
export function oneIssueReport(input: ForecastInput, model: ForecastModel): OneIssueReport {
  const all = Object.fromEntries(modelOutcomes(input).map((o) => [o.model, o.value])) as Record<
    ForecastModel,
    number
  >;
  const names = input.actors.map((a) => a.name);
  const byName = (xs: number[]) => Object.fromEntries(names.map((n, i) => [n, xs[i] as number]));
  const actors = issueActors(input, 0);
  const ws = actors.map((a) => a.capability * a.salience);
  const wmean = (xs: number[]) =>
    xs.reduce((s, x, i) => s + x * (ws[i] as number), 0) / ws.reduce((s, w) => s + w, 0);
  let rounds: OneIssueRound[];
  if (model === "eu") {
    const r = expectedUtilityModel(
      actors,
      (input.issues[0] as { scale: { min: number; max: number } }).scale,
    );
    rounds = r.rounds.map((rd) => ({
      round: rd.round,
      forecast: rd.median,
      mean: rd.mean,
      positions: byName(rd.positions),
      moves: rd.moves.map((m) => ({
        actor: names[m.actor] as string,
        by: names[m.by] as string,
        kind: m.kind,
        from: m.from,
        to: m.to,
      })),
    }));
  } else if (model === "smp") {
    const r = spatialModel(input);
    rounds = r.history.map((t, i) => {
      const xs = t.map((p) => p[0] as number);
      return { round: i, forecast: wmean(xs), mean: wmean(xs), positions: byName(xs), moves: [] };
    });
  } else {
    const xs = actors.map((a) => a.position);
    rounds = [
      { round: 0, forecast: all[model], mean: wmean(xs), positions: byName(xs), moves: [] },
    ];
  }
  return { model, forecast: all[model], rounds, models: all };
}
