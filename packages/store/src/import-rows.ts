import type {
  CaseProblem,
  CaseRecordSource,
  CaseStreamCheck,
  ClaimReference,
  Problem,
} from "@parley/core";
import { type CaseItem, fieldKinds, itemKinds } from "./case-items";
import { writeNew } from "./import-case";
import type { BulkTable } from "./row-writer";
import { valuesRowWriter } from "./row-writer";
import type { KindCounts } from "./store";

/** What an import worker is given. */
export interface ImportRowsIn {
  folder: string;
  displayRoot: string;
  caseKey: number;
  now: string;
  /** The key of the first event. */
  firstKey: number;
  limit: number;
}

/** The rows of one batch of records, as values in `bulkColumns` order. */
export interface RowsBatch {
  tables: Partial<Record<BulkTable, unknown[]>>;
  done: number;
  total: number;
}

/** What the reading of a whole case found. */
export interface RowsResult {
  /** Problems in the order found: the reader's located, the checks' by path. */
  found: (Problem | CaseProblem)[];
  /** The checks that look at everything read (`CaseStreamCheck.finish`), when nothing was found. */
  finish: CaseProblem[];
  claimReferences: ClaimReference[];
  added: KindCounts;
}

/** Messages of an import worker. */
export type ImportRowsOut =
  | ({ kind: "rows" } & RowsBatch)
  | ({ kind: "done" } & RowsResult)
  | { kind: "error"; message: string; code?: string };

/**
 * Reads and checks a case as `importCaseRecords` does, turning each record that passes into row
 * values (handed on per batch of records) instead of writing it: after the first problem records
 * are only checked, and after a record fails its schema only read.
 */
export async function readRows(
  source: CaseRecordSource,
  check: CaseStreamCheck,
  input: ImportRowsIn,
  emit: (batch: RowsBatch) => Promise<void>,
): Promise<RowsResult> {
  const added = Object.fromEntries(itemKinds.map((k) => [k, 0])) as KindCounts;
  const writer = valuesRowWriter(input.firstKey);
  const found: (Problem | CaseProblem)[] = [];
  let unreadable = false;
  for await (const batch of source.batches()) {
    found.push(...batch.problems);
    if (batch.problems.length > 0) unreadable = true;
    const kind = fieldKinds[batch.collection];
    for (const r of batch.records) {
      if (unreadable) break;
      const problems = check.record(batch.collection, r.value, r.index);
      if (problems.length > 0) {
        found.push(...problems);
        continue;
      }
      if (found.length > 0) continue;
      writeNew(writer, input.caseKey, { kind, value: r.value } as CaseItem, r.index, input.now);
      added[kind]++;
    }
    const { done, total } = source.progress();
    await emit({ tables: writer.take(), done, total });
    if (found.length >= input.limit) break;
  }
  return {
    found,
    finish: found.length === 0 ? check.finish(input.limit) : [],
    claimReferences: check.claimReferences,
    added,
  };
}
