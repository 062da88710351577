import type { ForecastInput, Forum } from "./forecast-input";
import { monteCarlo } from "./monte-carlo";
import type { MonteCarloModel } from "./monte-carlo-kernel";

/** One issue under one model: forums apart against one process with all their parties. */
export interface ForumIssueComparison {
  model: MonteCarloModel;
  issue: string;
  /** Each forum's own outcome (median over runs) and interquartile range. */
  apart: { forum: string; median: number; iqr: number }[];
  /** The outcome of one process with every participant of those forums. */
  together: { median: number; iqr: number };
  /** Largest distance between two forums' outcomes. */
  gapBetweenForums: number;
  /** Largest distance from a forum's outcome to the joint one. */
  distanceToJoint: number;
  /** 1 − IQR(joint) / mean IQR(forums): how much the spread shrinks when held in one process. */
  spreadReduction: number;
}

/** The sub-input of the actors who take part in a forum. */
export function forumInput(input: ForecastInput, participants: readonly string[]): ForecastInput {
  const set = new Set(participants);
  const out: ForecastInput = {
    issues: input.issues,
    actors: input.actors.filter((a) => set.has(a.id)),
  };
  if (input.salienceBasis !== undefined) out.salienceBasis = input.salienceBasis;
  return out;
}

/**
 * Compares a negotiation held in several parallel forums, each with its own participants, with the
 * same negotiation held in one process with all their parties: per issue and model (closed forms
 * by default),
 * each forum's median outcome and interquartile range over Monte Carlo runs (same seed), the
 * gaps between them, and how much the spread shrinks in one process.
 */
export async function forumComparison(
  input: ForecastInput,
  forums: readonly Forum[],
  options: { runs?: number; seed?: number; models?: MonteCarloModel[]; threads?: number } = {},
): Promise<ForumIssueComparison[]> {
  const models = options.models ?? ["mean", "median", "nash"];
  const mc = {
    runs: options.runs ?? 2000,
    seed: options.seed ?? 1,
    models,
    threads: options.threads ?? 1,
  };
  const apart = await Promise.all(
    forums.map((f) => monteCarlo(forumInput(input, f.participants), mc)),
  );
  const all = [...new Set(forums.flatMap((f) => f.participants))];
  const together = await monteCarlo(forumInput(input, all), mc);
  return together.distributions.map((joint, at) => {
    const parts = forums.map((f, i) => {
      const d = apart[i]?.distributions[at];
      return { forum: f.id, median: d?.median ?? Number.NaN, iqr: d?.iqr ?? Number.NaN };
    });
    const meds = parts.map((p) => p.median).filter((m) => !Number.isNaN(m));
    const iqrs = parts.map((p) => p.iqr).filter((m) => !Number.isNaN(m));
    const meanIqr = iqrs.reduce((a, b) => a + b, 0) / Math.max(1, iqrs.length);
    return {
      model: joint.model,
      issue: joint.issue,
      apart: parts,
      together: { median: joint.median, iqr: joint.iqr },
      gapBetweenForums: meds.length > 0 ? Math.max(...meds) - Math.min(...meds) : Number.NaN,
      distanceToJoint:
        meds.length > 0 ? Math.max(...meds.map((m) => Math.abs(m - joint.median))) : Number.NaN,
      spreadReduction: meanIqr > 0 ? 1 - joint.iqr / meanIqr : 0,
    };
  });
}
