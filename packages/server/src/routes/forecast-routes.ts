import {
  type Case,
  ParleyError,
  type Result,
  type Scenario,
  scenarioSchema,
  slugSchema,
} from "@parley/core";
import {
  type ForecastInput,
  forecastInputFromCase,
  forecastModels,
  modelOutcomes,
  monteCarlo,
  scenarioComparison,
  scenarioInput,
  spatialModel,
} from "@parley/forecast";
import { z } from "zod";
import { ndjsonProgress, type ProgressReporter } from "../ndjson-progress";
import { caseFilterOf, filterKey, filterQuery, listQuery } from "../query-schemas";
import {
  forecastRoundSchema,
  modelOutcomeSchema,
  monteCarloResultSchema,
  scenarioComparisonSchema,
} from "../response-schemas";
import { route } from "../route";

const closedForm = ["mean", "median", "nash"] as const;

const forecastBody = z
  .object({
    /** Issues to forecast; default all. */
    issues: z.array(slugSchema).min(1).optional(),
    models: z
      .array(z.enum(forecastModels as [string, ...string[]]))
      .min(1)
      .optional(),
    /** Monte Carlo runs over the positions' and capabilities' uncertainty (closed-form models only); 0 for none. */
    runs: z.number().int().min(0).max(200_000).default(0),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1)
      .default(1),
    /** A scenario of the case by id, or one given whole. */
    scenario: z.union([slugSchema, scenarioSchema]).optional(),
  })
  .strict();

function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw r.error;
  return r.value;
}

function scenarioOf(c: Case, s: string | Scenario): Scenario {
  if (typeof s !== "string") return s;
  const found = c.scenarios.find((x) => x.id === s);
  if (!found) {
    throw new ParleyError("not_found", `forecast: case "${c.id}" has no scenario "${s}"`, {
      location: { pointer: "/scenario" },
    });
  }
  return found;
}

/**
 * The spatial model's path to its stable state, flattened to one row per issue, actor and turn
 * (turn 0: the positions as given). Empty with fewer than two actors, where it does not run.
 */
function spatialRounds(input: ForecastInput): z.infer<typeof forecastRoundSchema>[] {
  if (input.actors.length < 2) return [];
  const { history } = spatialModel(input);
  return input.issues.flatMap((issue, k) =>
    input.actors.flatMap((actor, i) =>
      history.flatMap((state, round) => {
        const position = state[i]?.[k];
        // An actor without a position on the issue has no path on it.
        return position !== undefined && Number.isFinite(position)
          ? [{ issue: issue.id, actor: actor.id, round, position }]
          : [];
      }),
    ),
  );
}

/** Forecasts of where negotiations land, and scenarios compared. */
export function forecastRoutes() {
  return [
    route({
      method: "post",
      path: "/api/cases/{case}/forecast",
      tag: "forecast",
      summary:
        "Each model's forecast on each issue (optionally under a scenario), and a seeded Monte Carlo over the uncertainty when `runs` > 0",
      params: z.object({ case: slugSchema }),
      query: filterQuery,
      body: forecastBody,
      streams: true,
      response: z.object({
        issues: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            scale: z.object({ min: z.number(), max: z.number() }),
          }),
        ),
        actors: z.array(z.string()),
        outcomes: z.array(modelOutcomeSchema),
        rounds: z
          .array(forecastRoundSchema)
          .describe(
            "Each actor's position on each issue after each turn of the spatial model (empty when it does not run)",
          ),
        monteCarlo: monteCarloResultSchema.nullable(),
      }),
      async handle({ params, query, body }, ctx) {
        const run = async (progress: ProgressReporter) => {
          const c = await ctx.views.filtered(params.case, caseFilterOf(query));
          let input = unwrap(forecastInputFromCase(c, body.issues ? { issues: body.issues } : {}));
          if (body.scenario !== undefined)
            input = unwrap(scenarioInput(input, scenarioOf(c, body.scenario)));
          const models = (body.models ?? forecastModels) as (typeof forecastModels)[number][];
          const outcomes = modelOutcomes(input, models);
          let mc = null;
          if (body.runs > 0) {
            const mcModels = closedForm.filter((m) => models.includes(m));
            mc = await monteCarlo(input, {
              runs: body.runs,
              seed: body.seed,
              ...(mcModels.length > 0 ? { models: [...mcModels] } : {}),
              onProgress: (done, total) => progress({ done, total, stage: "runs" }),
            });
          }
          return {
            issues: input.issues.map((i) => ({
              id: i.id,
              name: i.name,
              scale: { min: i.scale.min, max: i.scale.max },
            })),
            actors: input.actors.map((a) => a.id),
            outcomes,
            rounds: models.includes("smp") ? spatialRounds(input) : [],
            monteCarlo: mc,
          };
        };
        if (ctx.wantsStream) return ndjsonProgress(run);
        return run(() => {});
      },
    }),
    route({
      method: "get",
      path: "/api/cases/{case}/scenarios/compare",
      tag: "forecast",
      summary:
        "Every model under the case as it stands and under each named scenario, with the shift of each outcome",
      params: z.object({ case: slugSchema }),
      query: filterQuery.extend({ ids: listQuery(slugSchema) }),
      response: scenarioComparisonSchema,
      async handle({ params, query }, { views }) {
        const filter = caseFilterOf(query);
        return views.derived(
          params.case,
          `compare:${query.ids.join(",")}:${filterKey(filter)}`,
          async () => {
            const c = await views.filtered(params.case, filter);
            const scenarios = query.ids.map((id) => scenarioOf(c, id));
            const input = unwrap(forecastInputFromCase(c));
            return unwrap(scenarioComparison(input, scenarios));
          },
        );
      },
    }),
  ];
}
