import { Worker } from "node:worker_threads";
import {
  type CaseProblem,
  type CaseRecordSource,
  CaseStreamCheck,
  type ClaimReference,
  ParleyError,
  type Problem,
} from "@parley/core";
import type { Kysely } from "kysely";
import { bulkTablesEmpty, dropBulkIndexes } from "./bulk-indexes";
import { withRollbackJournal } from "./bulk-journal";
import { bumpCaseVersion } from "./case-version";
import type { Database } from "./database";
import { recordHistory } from "./entity-rows";
import { buildDeferredIndexes, emptyReport, insertCase, type StoreHandle } from "./import-case";
import {
  type ImportRowsIn,
  type ImportRowsOut,
  type RowsBatch,
  type RowsResult,
  writeCheckedRecords,
} from "./import-rows";
import { inTransaction } from "./in-transaction";
import { type BulkTable, batchRowWriter, sqliteRowWriter, type WrittenClaim } from "./row-writer";
import type { ImportReport, RecordsImportOptions } from "./store";
import { storeError } from "./store-errors";

/** Streams of at least this many bytes into empty SQLite tables build their indexes at the end. */
export const BULK_BYTES = 16 << 20;
/** How many claim ids one lookup asks for. */
const LOOKUP = 500;
/** Thrown inside the transaction of a dry run, to roll it back after every check passed. */
const DRY_RUN = Symbol("dry run");

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
  const report = emptyReport(header.id, true);
  const operation = `import case "${header.id}"`;
  const large = source.progress().total >= BULK_BYTES;
  try {
    await withRollbackJournal(store.raw, large, () =>
      inTransaction(store.db, async (trx) => {
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
        const caseKey = await insertCase(trx, header, now);

        const skippedClaims: WrittenClaim[][] = [];
        const writerOptions = { onClaimsSkipped: (b: WrittenClaim[]) => skippedClaims.push(b) };
        const writer =
          store.raw !== null
            ? sqliteRowWriter(store.raw, writerOptions)
            : batchRowWriter(trx, writerOptions);
        const deferIndexes = store.dialect === "sqlite" && large && (await bulkTablesEmpty(trx));
        if (deferIndexes) await dropBulkIndexes(trx);

        // Problems in the order found: those of the reader come located, the checks' by path.
        let found: (Problem | CaseProblem)[];
        let finish: () => CaseProblem[];
        let claimReferences: readonly ClaimReference[];
        if (store.raw !== null && source.reopen !== undefined) {
          // Reading and checking run in a worker thread while this one writes.
          const w = writer as ReturnType<typeof sqliteRowWriter>;
          const result = await rowsInWorker(
            {
              ...source.reopen,
              caseKey,
              now,
              firstKey: w.nextKey,
              limit,
            },
            (batch) => {
              for (const table of tableOrder) {
                const values = batch.tables[table];
                if (values !== undefined) w.append(table, values);
              }
              options.onProgress?.(batch.done, batch.total);
            },
          );
          found = result.found;
          report.added = result.added;
          finish = () => result.finish;
          claimReferences = result.claimReferences;
        } else {
          const check = new CaseStreamCheck();
          finish = () => check.finish(limit);
          claimReferences = check.claimReferences;
          found = await writeCheckedRecords(
            source,
            check,
            writer,
            { caseKey, now, limit },
            report.added,
            () => {
              const { done, total } = source.progress();
              options.onProgress?.(done, total);
            },
          );
        }
        await writer.flush();
        // Checks that look at everything read are meaningful only when every record was written.
        if (found.length === 0) {
          found.push(...(await duplicateClaims(trx, caseKey, skippedClaims)));
          found.push(...finish());
          found.push(...(await unknownClaims(trx, caseKey, claimReferences)));
        }
        if (found.length > 0) {
          const shown = found.slice(0, limit);
          const unlocated = shown.filter((p): p is CaseProblem => "path" in p);
          const located = await source.locate(unlocated);
          let k = 0;
          const problems = shown.map((p) => ("path" in p ? (located[k++] as Problem) : p));
          const n = problems.length;
          const more =
            found.length > limit ? ` (the first ${limit}; the import stopped there)` : "";
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
      }),
    );
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
  refs: readonly ClaimReference[],
): Promise<CaseProblem[]> {
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

/** Tables in the order a batch's rows are written: events before their participations. */
const tableOrder: readonly BulkTable[] = [
  "entities",
  "events",
  "participations",
  "relations",
  "claims",
];

/**
 * The entry of an import worker thread, next to this module: in the CLI bundle
 * `import-rows-worker.mjs` (scripts/build.mjs writes it beside every file of the bundle); from
 * the TypeScript sources, `import-rows-worker-from-sources.mjs`, which registers tsx first.
 */
function workerUrl(): URL {
  const fromSources = new URL(import.meta.url).pathname.endsWith(".ts");
  return new URL(
    fromSources ? "./import-rows-worker-from-sources.mjs" : "./import-rows-worker.mjs",
    import.meta.url,
  );
}

/**
 * The reader thread's young generation. It makes millions of short-lived objects (parsed
 * records, row values); with V8's default young generation they are scavenged often and many
 * outlive a scavenge only to be promoted and collected later. 96 MB is semi-spaces of 32 MB,
 * twice Node 20's default: 9% less CPU reading 200,000 events (bench/RESULTS.md).
 */
const READER_YOUNG_GENERATION_MB = 96;

// Reads a case in a worker thread (`readRows`), handing each batch of rows to `write` as it
// arrives; a batch is acknowledged once written, and the worker stays a few batches ahead.
function rowsInWorker(input: ImportRowsIn, write: (batch: RowsBatch) => void): Promise<RowsResult> {
  return new Promise<RowsResult>((resolve, reject) => {
    const worker = new Worker(workerUrl(), {
      workerData: input,
      resourceLimits: { maxYoungGenerationSizeMb: READER_YOUNG_GENERATION_MB },
    });
    let written = 0;
    let settled = false;
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(e);
    };
    worker.on("message", (m: ImportRowsOut) => {
      if (settled) return;
      if (m.kind === "rows") {
        try {
          write(m);
        } catch (e) {
          fail(e);
          return;
        }
        worker.postMessage({ ack: ++written });
      } else if (m.kind === "done") {
        settled = true;
        resolve(m);
      } else fail(new ParleyError((m.code as ParleyError["code"]) ?? "io_error", m.message));
    });
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (!settled) fail(new Error(`the import's reader thread stopped (exit code ${code})`));
    });
  });
}
