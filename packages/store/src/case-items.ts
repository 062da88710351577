import {
  type Actor,
  actorSchema,
  type Capability,
  type Case,
  type Claim,
  capabilitySchema,
  caseSchema,
  claimSchema,
  type Event,
  eventSchema,
  type HypothesisSet,
  hypothesisSetSchema,
  type Interest,
  type Issue,
  interestSchema,
  issueSchema,
  type Judgment,
  judgmentSchema,
  type Position,
  type Process,
  positionSchema,
  processSchema,
  type Relation,
  relationSchema,
  type Scenario,
  type Source,
  scenarioSchema,
  sourceSchema,
} from "@parley/core";
import type { z } from "zod";

/** The kinds of record a case holds, in the order a case lists them. */
export const itemKinds = [
  "source",
  "actor",
  "process",
  "event",
  "relation",
  "issue",
  "position",
  "capability",
  "interest",
  "claim",
  "judgment",
  "hypothesis",
  "scenario",
] as const;
/** One kind of record in a case. */
export type ItemKind = (typeof itemKinds)[number];
/** Records that carry a revision and can be edited; claims are append-only instead. */
export type EntityKind = Exclude<ItemKind, "claim">;
/** The entity kinds, in case order. */
export const entityKinds = itemKinds.filter((k): k is EntityKind => k !== "claim");

/** The value type of each kind. */
export interface ItemValues {
  source: Source;
  actor: Actor;
  process: Process;
  event: Event;
  relation: Relation;
  issue: Issue;
  position: Position;
  capability: Capability;
  interest: Interest;
  claim: Claim;
  judgment: Judgment;
  hypothesis: HypothesisSet;
  scenario: Scenario;
}

/** One record of a case with its kind, as streamed into the store. */
export type CaseItem = { [K in ItemKind]: { kind: K; value: ItemValues[K] } }[ItemKind];

/** The field of a `Case` that lists each kind. */
export const caseFields = {
  source: "sources",
  actor: "actors",
  process: "processes",
  event: "events",
  relation: "relations",
  issue: "issues",
  position: "positions",
  capability: "capabilities",
  interest: "interests",
  claim: "claims",
  judgment: "judgments",
  hypothesis: "hypotheses",
  scenario: "scenarios",
} as const satisfies Record<ItemKind, keyof Case>;

/** The kind each list of a `Case` holds, in case order: the reverse of `caseFields`. */
export const fieldKinds = Object.fromEntries(itemKinds.map((k) => [caseFields[k], k])) as {
  readonly [K in ItemKind as (typeof caseFields)[K]]: K;
};

/** The zod schema that validates each kind. */
export const itemSchemas: { [K in ItemKind]: z.ZodType<ItemValues[K], unknown> } = {
  source: sourceSchema,
  actor: actorSchema,
  process: processSchema,
  event: eventSchema,
  relation: relationSchema,
  issue: issueSchema,
  position: positionSchema,
  capability: capabilitySchema,
  interest: interestSchema,
  claim: claimSchema,
  judgment: judgmentSchema,
  hypothesis: hypothesisSetSchema,
  scenario: scenarioSchema,
};

/** A case without its lists: id, title, summary, period. */
export const caseHeaderSchema = caseSchema.pick({
  id: true,
  title: true,
  summary: true,
  period: true,
});
/** A case without its lists. */
export type CaseHeader = z.infer<typeof caseHeaderSchema>;

/** Every record of a case (or case input) with its kind, in case order. */
export function* caseItems(
  c: Partial<Record<(typeof caseFields)[ItemKind], unknown>>,
): Generator<CaseItem> {
  for (const kind of itemKinds) {
    const list = c[caseFields[kind]];
    if (!Array.isArray(list)) continue;
    for (const value of list) yield { kind, value } as CaseItem;
  }
}

/** How many records a case (or case input) holds. */
export function caseItemCount(c: Partial<Record<(typeof caseFields)[ItemKind], unknown>>): number {
  let n = 0;
  for (const kind of itemKinds) {
    const list = c[caseFields[kind]];
    if (Array.isArray(list)) n += list.length;
  }
  return n;
}
