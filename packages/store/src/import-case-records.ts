import {
  type CaseCollection,
  type CaseProblem,
  type CaseRecordSource,
  CaseStreamCheck,
  ParleyError,
  type Problem,
} from "@parley/core";
import type { Kysely } from "kysely";
import { bulkTablesEmpty, dropBulkIndexes } from "./bulk-indexes";
import { type CaseItem, type ItemKind, itemKinds } from "./case-items";
import { bumpCaseVersion } from "./case-version";
import type { Database } from "./database";
import { recordHistory } from "./entity-rows";
import { buildDeferredIndexes, type StoreHandle, writeNew } from "./import-case";
import { inTransaction } from "./in-transaction";
import { batchRowWriter, sqliteRowWriter, type WrittenClaim } from "./row-writer";
import type { ImportReport, KindCounts, RecordsImportOptions } from "./store";
import { storeError } from "./store-errors";

const kindOf: Record<CaseCollection, ItemKind> = {
  sources: "source",
  actors: "actor",
  processes: "process",
  events: "event",
  relations: "relation",
  issues: "issue",
  positions: "position",
  capabilities: "capability",
  interests: "interest",
  claims: "claim",
  judgments: "judgment",
  hypotheses: "hypothesis",
  scenarios: "scenario",
};

/** Streams of at least this many bytes into empty SQLite tables build their indexes at the end. */
const BULK_BYTES = 16 << 20;
/** How many claim ids one lookup asks for. */
const LOOKUP = 500;
/** Thrown inside the transaction of a dry run, to roll it back after every check passed. */
const DRY_RUN = Symbol("dry run");

function zeroCounts(): KindCounts {
  return Object.fromEntries(itemKinds.map((k) => [k, 0])) as KindCounts;
}

/**
 * Imports a case read record by record (`CaseRecordSource`) as a new case, in one transaction,
 * checking every record as `validateCase` checks a whole case: the records' schemas as they are
 * read, references against the ids of the lists before them (`CaseStreamCheck`), duplicate claim
 * ids through the claims' primary key, and references to claims against the stored claims.
 * Memory stays flat in the number of claims; events take about 50 bytes each. Records are
 * written as they pass, and after the first problem only checked; any problem (up to
 * `maxProblems`, each with its file, line and pointer) rolls the whole import back
 * (`invalid_case`). A case already in the store is a `conflict`.
 */
export async function importCaseRecords(
  store: StoreHandle,
  source: CaseRecordSource,
  options: RecordsImportOptions = {},
): Promise<ImportReport> {
  const header = source.header;
  const now = new Date().toISOString();
  const limit = options.maxProblems ?? 100;
  const report: ImportReport = {
    caseId: header.id,
    created: true,
    added: zeroCounts(),
    updated: zeroCounts(),
    unchanged: zeroCounts(),
    removed: zeroCounts(),
  };
  const operation = `import case "${header.id}"`;
  try {
    await inTransaction(store.db, async (trx) => {
      const existing = await trx
        .selectFrom("cases")
        .select("key")
        .where("id", "=", header.id)
        .executeTakeFirst();
      if (existing !== undefined)
        throw new ParleyError(
          "conflict",
          `${operation}: the case is already in the store; a case folder with NDJSON lists is imported as a new case only (import it under another id, or delete the stored case first)`,
        );
      const row = await trx
        .insertInto("cases")
        .values({
          id: header.id,
          title: header.title,
          data: JSON.stringify(header),
          revision: 1,
          created: now,
          updated: now,
          version: Date.now(),
        })
        .returning("key")
        .executeTakeFirstOrThrow();
      const caseKey = Number(row.key);

      const skippedClaims: WrittenClaim[][] = [];
      const writerOptions = { onClaimsSkipped: (b: WrittenClaim[]) => skippedClaims.push(b) };
      const writer =
        store.raw !== null
          ? sqliteRowWriter(store.raw, writerOptions)
          : batchRowWriter(trx, writerOptions);
      const deferIndexes =
        store.dialect === "sqlite" &&
        source.progress().total >= BULK_BYTES &&
        (await bulkTablesEmpty(trx));
      if (deferIndexes) await dropBulkIndexes(trx);

      // Problems in the order found: those of the reader come located, the checks' by path.
      const found: (Problem | CaseProblem)[] = [];
      const check = new CaseStreamCheck();
      // After a record fails its schema, the rest are only read for their own syntax and schema
      // (as a case folder is checked for references only once its schema passes): a reference
      // to the record that failed would otherwise be reported too.
      let unreadable = false;
      for await (const batch of source.batches()) {
        found.push(...batch.problems);
        if (batch.problems.length > 0) unreadable = true;
        const kind = kindOf[batch.collection];
        for (const r of batch.records) {
          if (unreadable) break;
          const problems = check.record(batch.collection, r.value, r.index);
          if (problems.length > 0) {
            found.push(...problems);
            continue;
          }
          if (found.length > 0) continue;
          writeNew(writer, caseKey, { kind, value: r.value } as CaseItem, r.index, now);
          report.added[kind]++;
          if (writer.pending) await writer.flush();
        }
        const { done, total } = source.progress();
        options.onProgress?.(done, total);
        if (found.length >= limit) break;
      }
      await writer.flush();
      // Checks that look at everything read are meaningful only when every record was written.
      if (found.length === 0) {
        found.push(...(await duplicateClaims(trx, caseKey, skippedClaims)));
        found.push(...check.finish(limit));
        found.push(...(await unknownClaims(trx, caseKey, check)));
      }
      if (found.length > 0) {
        const shown = found.slice(0, limit);
        const unlocated = shown.filter((p): p is CaseProblem => "path" in p);
        const located = await source.locate(unlocated);
        let k = 0;
        const problems = shown.map((p) => ("path" in p ? (located[k++] as Problem) : p));
        const n = problems.length;
        const more = found.length > limit ? ` (the first ${limit}; the import stopped there)` : "";
        throw new ParleyError(
          "invalid_case",
          `Loading case "${source.label}": ${n} problem${n === 1 ? "" : "s"}${more}; nothing was imported`,
          { problems },
        );
      }

      if (deferIndexes) await buildDeferredIndexes(store, trx);
      await recordHistory(trx, {
        caseKey,
        at: now,
        who: options.who ?? "import",
        op: "import",
        kind: "case",
        id: header.id,
        before: null,
        after: { header, added: report.added },
      });
      await bumpCaseVersion(trx, caseKey);
      if (options.dryRun === true) throw DRY_RUN;
    });
  } catch (e) {
    if (e === DRY_RUN) return report;
    throw storeError(e, operation);
  }
  return report;
}

// The claims a writer skipped because their id was stored already: each batch that skipped some
// is looked up, and a claim whose id is stored at another ordinal is a duplicate.
async function duplicateClaims(
  db: Kysely<Database>,
  caseKey: number,
  batches: WrittenClaim[][],
): Promise<CaseProblem[]> {
  const problems: CaseProblem[] = [];
  for (const batch of batches) {
    const stored = new Map<string, number>();
    for (let i = 0; i < batch.length; i += LOOKUP) {
      const ids = batch.slice(i, i + LOOKUP).map((c) => c.id);
      const rows = await db
        .selectFrom("claims")
        .select(["id", "ordinal"])
        .where("case_key", "=", caseKey)
        .where("id", "in", ids)
        .execute();
      for (const r of rows) stored.set(r.id, Number(r.ordinal));
    }
    for (const c of batch)
      if (stored.get(c.id) !== c.ordinal)
        problems.push({
          path: ["claims", c.ordinal, "id"],
          message: `duplicate id "${c.id}" in claims`,
        });
  }
  problems.sort((a, b) => (a.path[1] as number) - (b.path[1] as number));
  return problems;
}

// References to claims (links, judgments, hypotheses) that name no stored claim.
async function unknownClaims(
  db: Kysely<Database>,
  caseKey: number,
  check: CaseStreamCheck,
): Promise<CaseProblem[]> {
  const refs = check.claimReferences;
  const known = new Set<string>();
  const ids = [...new Set(refs.map((r) => r.claim))];
  for (let i = 0; i < ids.length; i += LOOKUP) {
    const rows = await db
      .selectFrom("claims")
      .select("id")
      .where("case_key", "=", caseKey)
      .where("id", "in", ids.slice(i, i + LOOKUP))
      .execute();
    for (const r of rows) known.add(r.id);
  }
  return refs
    .filter((r) => !known.has(r.claim))
    .map((r) => ({ path: r.path, message: `unknown claim "${r.claim}"` }));
}
