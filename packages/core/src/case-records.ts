import type { z } from "zod";
import { TIME_FIELDS, zodCaseProblems } from "./case-file";
import type { Problem } from "./errors";
import { fuzzyTimeFromYaml } from "./fuzzy-time";
import {
  actorSchema,
  type Case,
  capabilitySchema,
  claimSchema,
  eventSchema,
  hypothesisSetSchema,
  interestSchema,
  issueSchema,
  judgmentSchema,
  positionSchema,
  processSchema,
  relationSchema,
  scenarioSchema,
  sourceSchema,
} from "./model";
import type { CaseProblem } from "./validate-case";

/** The lists of a case, in the order a case gives them (sources first, scenarios last). */
export const caseCollections = [
  "sources",
  "actors",
  "processes",
  "events",
  "relations",
  "issues",
  "positions",
  "capabilities",
  "interests",
  "claims",
  "judgments",
  "hypotheses",
  "scenarios",
] as const;
/** One list of a case. */
export type CaseCollection = (typeof caseCollections)[number];
/** One record of a list of a case. */
export type CaseRecord<C extends CaseCollection = CaseCollection> = Case[C][number];

/** The schema of one record of each list. */
export const caseRecordSchemas: { [C in CaseCollection]: z.ZodType<CaseRecord<C>, unknown> } = {
  sources: sourceSchema,
  actors: actorSchema,
  processes: processSchema,
  events: eventSchema,
  relations: relationSchema,
  issues: issueSchema,
  positions: positionSchema,
  capabilities: capabilitySchema,
  interests: interestSchema,
  claims: claimSchema,
  judgments: judgmentSchema,
  hypotheses: hypothesisSetSchema,
  scenarios: scenarioSchema,
};

/** Whether a name is one of the lists of a case. */
export function isCaseCollection(name: string): name is CaseCollection {
  return (caseCollections as readonly string[]).includes(name);
}

/**
 * Reads one record of a list as a case folder gives it: times written as phrases (or
 * `{text, start, end, precision}` objects) become intervals, a claim's relative times are read
 * against its source's date (`sourceDates`), and the record is checked against the model's
 * schema. Problems carry paths from the case root (`/events/3/date`) and no file position.
 */
export function readCaseRecord<C extends CaseCollection>(
  collection: C,
  raw: unknown,
  index: number,
  sourceDates?: ReadonlyMap<string, string>,
): { ok: true; value: CaseRecord<C> } | { ok: false; problems: CaseProblem[] } {
  const problems: CaseProblem[] = [];
  if (raw !== null && typeof raw === "object" && !Array.isArray(raw)) {
    const obj = raw as Record<string, unknown>;
    let reference: string | undefined;
    if (collection === "claims") {
      const ev = obj.evidence as { source?: unknown } | undefined;
      if (ev && typeof ev.source === "string") reference = sourceDates?.get(ev.source);
    }
    for (const field of TIME_FIELDS[collection] ?? []) {
      const value = obj[field];
      if (value === undefined || value === null) continue;
      const r = fuzzyTimeFromYaml(value, reference);
      if (r.ok) obj[field] = r.value;
      else {
        problems.push({ path: [collection, index, field], message: r.error.message });
        delete obj[field];
      }
    }
    // A source's date is a plain ISO date, but YAML reads `2018` as a number.
    if (collection === "sources" && typeof obj.date === "number") obj.date = String(obj.date);
  }
  const r = caseRecordSchemas[collection].safeParse(raw);
  if (r.success && problems.length === 0) return { ok: true, value: r.data as CaseRecord<C> };
  if (!r.success) {
    for (const p of zodCaseProblems(r.error))
      problems.push({ ...p, path: [collection, index, ...p.path] });
  }
  return { ok: false, problems };
}

/** A case's id, title, summary and period: a case without its lists. */
export type CaseHead = Pick<Case, "id" | "title" | "summary" | "period">;

/** Records of one list as a `CaseRecordSource` reads them, with the problems found on the way. */
export interface CaseRecordBatch {
  collection: CaseCollection;
  /** Records that passed the schema, with their place in the list. */
  records: { value: CaseRecord; index: number }[];
  /** Syntax and schema problems of the records read for this batch, located. */
  problems: Problem[];
}

/**
 * A case read record by record (a case folder whose large lists are NDJSON files): the header
 * first, then the lists in case order, so that nothing needs the whole case in memory.
 */
export interface CaseRecordSource {
  /** The name used in messages (the folder as the user gave it). */
  readonly label: string;
  readonly header: CaseHead;
  /** The records, list by list in case order; each batch holds records of one list. */
  batches(): AsyncIterable<CaseRecordBatch>;
  /** Places problems found by path (`["events", 3, "id"]`) at their file, line and pointer. */
  locate(problems: readonly CaseProblem[]): Promise<Problem[]>;
  /** Bytes read so far and in all, for progress. */
  progress(): { done: number; total: number };
  /**
   * How to open the same source again (a case folder and the root its file names are shown
   * from), for a reader in another thread; absent when the source cannot be opened again.
   */
  readonly reopen?: { folder: string; displayRoot: string };
}
