import type {
  CaseProblem,
  CaseRecordSource,
  CaseStreamCheck,
  ClaimReference,
  Problem,
} from "@parley/core";
import { type CaseItem, fieldKinds } from "./case-items";
import { writeNew, zeroCounts } from "./import-case";
import { type BulkTable, type RowWriter, valuesRowWriter } from "./row-writer";
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
 * Reads and checks a case record by record, writing each record that passes through `writer`
 * (`writeNew`) and counting it in `added`: after the first problem records are only checked, and
 * after a record fails its schema only read (as a case folder is checked for references only
 * once its schema passes: a reference to the record that failed would otherwise be reported
 * too). `afterBatch` runs after each batch of records; reading stops at `limit` problems.
 * Returns the problems in the order found: the reader's located, the checks' by path.
 */
export async function writeCheckedRecords(
  source: CaseRecordSource,
  check: CaseStreamCheck,
  writer: RowWriter,
  into: { caseKey: number; now: string; limit: number },
  added: KindCounts,
  afterBatch: () => void | Promise<void>,
): Promise<(Problem | CaseProblem)[]> {
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
      writeNew(writer, into.caseKey, { kind, value: r.value } as CaseItem, r.index, into.now);
      added[kind]++;
      if (writer.pending) await writer.flush();
    }
    await afterBatch();
    if (found.length >= into.limit) break;
  }
  return found;
}

/**
 * Reads and checks a case as `importCaseRecords` does, turning each record that passes into row
 * values (handed on per batch of records) instead of writing it.
 */
export async function readRows(
  source: CaseRecordSource,
  check: CaseStreamCheck,
  input: ImportRowsIn,
  emit: (batch: RowsBatch) => Promise<void>,
): Promise<RowsResult> {
  const added = zeroCounts();
  const writer = valuesRowWriter(input.firstKey);
  const found = await writeCheckedRecords(source, check, writer, input, added, () => {
    const { done, total } = source.progress();
    return emit({ tables: writer.take(), done, total });
  });
  return {
    found,
    finish: found.length === 0 ? check.finish(input.limit) : [],
    claimReferences: check.claimReferences,
    added,
  };
}
