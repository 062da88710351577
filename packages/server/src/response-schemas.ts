import type { AchMatrix, Alignment, ClaimRef, ContestedClaim } from "@parley/analysis";
import { credibilities, hedges, reliabilities, stances } from "@parley/core";
import type {
  ModelOutcome,
  MonteCarloResult,
  OutcomeDistribution,
  ScenarioComparison,
} from "@parley/forecast";
import { z } from "zod";

/*
 * The zod schemas of the API's answers. Each is declared with the TypeScript type of what the
 * analysis returns, so the compiler holds schema and analysis together, and a route's handler must
 * return what its schema describes. Tests parse every answer against its route's schema.
 */

/**
 * An analysis result whose shape the API does not spell out yet: checked to be a JSON object,
 * typed as the analysis' own type.
 */
export function analysisObject<T extends object>(type: string): z.ZodType<T, T> {
  return z
    .record(z.string(), z.unknown())
    .describe(`\`${type}\` of @parley/analysis, as JSON`) as unknown as z.ZodType<T, T>;
}

/** A list of analysis results whose shape the API does not spell out yet (see analysisObject). */
export function analysisArray<T>(type: string): z.ZodType<T[], T[]> {
  return z
    .array(z.record(z.string(), z.unknown()))
    .describe(`\`${type}[]\` of @parley/analysis, as JSON`) as unknown as z.ZodType<T[], T[]>;
}

export const claimRefSchema: z.ZodType<ClaimRef, ClaimRef> = z.object({
  id: z.string(),
  subject: z.string(),
  note: z.string(),
  asserter: z.string(),
  stance: z.enum(stances),
  hedge: z.enum(hedges),
  source: z.string().exactOptional(),
  reliability: z.enum(reliabilities),
  credibility: z.literal([...credibilities]).exactOptional(),
});

export const contestedClaimSchema: z.ZodType<ContestedClaim, ContestedClaim> = z.object({
  claim: claimRefSchema,
  about: z.array(z.string()),
  denials: z.array(claimRefSchema),
  contradictions: z.array(claimRefSchema),
  corroborations: z.array(claimRefSchema),
  contested: z.boolean(),
});

export const alignmentSchema: z.ZodType<Alignment, Alignment> = z.object({
  actors: z.array(z.string()),
  pairs: z.array(
    z.object({
      a: z.string(),
      b: z.string(),
      issues: z.array(
        z.object({
          issue: z.string(),
          distance: z.number(),
          weight: z.number(),
          analyst: z.boolean(),
        }),
      ),
      distance: z.number(),
      alignment: z.number(),
      agree: z.array(z.string()),
      part: z.array(z.string()),
      analystShare: z.number(),
      withoutAnalyst: z.number().nullable(),
      sensitivity: z.number().nullable(),
    }),
  ),
  camps: z.array(z.array(z.string())),
});

const achRating = z.enum(["CC", "C", "N", "I", "II", "NA"]);

export const achMatrixSchema: z.ZodType<AchMatrix, AchMatrix> = z.object({
  set: z.string(),
  question: z.string(),
  analyst: z.string(),
  hypotheses: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      inconsistency: z.number(),
      consistency: z.number(),
      rank: z.number().int(),
    }),
  ),
  evidence: z.array(
    z.object({
      claim: claimRefSchema,
      weight: z.number(),
      cells: z.array(
        z.object({
          hypothesis: z.string(),
          rating: achRating.nullable(),
          note: z.string().exactOptional(),
        }),
      ),
      diagnosticity: z.number(),
    }),
  ),
  mostDiagnostic: z.array(z.string()),
  margin: z.number(),
  sensitivity: z.array(
    z.object({ claim: z.string(), ranking: z.array(z.string()), leaderChanges: z.boolean() }),
  ),
});

const forecastModel = z.enum(["mean", "median", "nash", "eu", "smp"]);

export const modelOutcomeSchema: z.ZodType<ModelOutcome, ModelOutcome> = z.object({
  model: forecastModel,
  issue: z.string(),
  value: z.number(),
});

const outcomeDistributionSchema: z.ZodType<OutcomeDistribution, OutcomeDistribution> = z.object({
  model: forecastModel,
  issue: z.string(),
  point: z.number(),
  runs: z.number().int(),
  mean: z.number(),
  median: z.number(),
  q1: z.number(),
  q3: z.number(),
  iqr: z.number(),
  min: z.number(),
  max: z.number(),
  histogram: z.object({ min: z.number(), max: z.number(), counts: z.array(z.number().int()) }),
  sensitivity: z.array(
    z.object({
      actor: z.string(),
      name: z.string(),
      input: z.enum(["position", "salience", "capability"]),
      correlation: z.number(),
      share: z.number(),
    }),
  ),
  inputs: z.array(
    z.object({
      actor: z.string(),
      name: z.string(),
      position: z.number(),
      positionRange: z.tuple([z.number(), z.number()]).exactOptional(),
      salience: z.number(),
      capability: z.number(),
      provenance: z
        .union([
          z.object({
            kind: z.literal("source"),
            claim: z.string(),
            note: z.string().exactOptional(),
          }),
          z.object({ kind: z.literal("analyst"), note: z.string().exactOptional() }),
        ])
        .exactOptional(),
      spreadShare: z.number(),
    }),
  ),
});

export const monteCarloResultSchema: z.ZodType<MonteCarloResult, MonteCarloResult> = z.object({
  runs: z.number().int(),
  seed: z.number().int(),
  threads: z.number().int(),
  distributions: z.array(outcomeDistributionSchema),
});

export const scenarioComparisonSchema: z.ZodType<ScenarioComparison, ScenarioComparison> = z.object(
  {
    columns: z.array(
      z.object({
        scenario: z.string(),
        name: z.string(),
        outcomes: z.array(modelOutcomeSchema),
        forums: z.array(
          z.object({ forum: z.string(), name: z.string(), outcomes: z.array(modelOutcomeSchema) }),
        ),
      }),
    ),
    shifts: z.record(z.string(), z.record(z.string(), z.number())),
  },
);

/** One actor's position on one issue after a round of the spatial model (round 0: the inputs). */
export const forecastRoundSchema = z.object({
  issue: z.string(),
  actor: z.string(),
  round: z.number().int(),
  position: z.number(),
});
