import { availableParallelism } from "node:os";
import { ParleyError, type Problem, type Relation } from "@parley/core";
import type BetterSqlite3 from "better-sqlite3";
import type { Kysely } from "kysely";
import {
  BULK_THRESHOLD,
  bulkTablesEmpty,
  createBulkIndexes,
  dropBulkIndexes,
} from "./bulk-indexes";
import { withRollbackJournal } from "./bulk-journal";
import {
  type CaseHeader,
  type CaseItem,
  caseFields,
  caseHeaderSchema,
  type EntityKind,
  type ItemKind,
  type ItemValues,
  itemKinds,
  itemSchemas,
} from "./case-items";
import { bumpCaseVersion } from "./case-version";
import type { Database, DialectName } from "./database";
import {
  deleteRow,
  insertRow,
  loadRow,
  moveRow,
  nextOrdinal,
  recordHistory,
  rowIds,
  updateRow,
} from "./entity-rows";
import { inTransaction } from "./in-transaction";
import { batchRowWriter, type RowWriter, sqliteRowWriter } from "./row-writer";
import { entityColumns, relationColumns } from "./rows";
import { stableJson } from "./stable-json";
import type { ImportOptions, ImportReport, KindCounts } from "./store";
import { storeError } from "./store-errors";

/** What the import needs of an open store. */
export interface StoreHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** The SQLite connection Kysely runs on, for prepared bulk statements; null on PostgreSQL. */
  raw: BetterSqlite3.Database | null;
}

const PROGRESS_EVERY = 1000;

/**
 * A large import into empty tables on SQLite drops the bulk indexes and builds them once at the
 * end; the cache is made small meanwhile, since SQLite's sorter sizes its runs by it and small
 * runs merged afterwards sort faster (measured: the 5-million-row actor index takes 3.4 s of CPU
 * with a 2 MB cache, 6.6 s with 64 MB, 8.6 s with 256 MB).
 */
export async function buildDeferredIndexes(store: StoreHandle, trx: Kysely<Database>) {
  const raw = store.raw as BetterSqlite3.Database;
  const cache = raw.pragma("cache_size", { simple: true }) as number;
  const threads = raw.pragma("threads", { simple: true }) as number;
  raw.pragma("cache_size = -2000");
  raw.pragma(`threads = ${SORTER_THREADS}`);
  try {
    await createBulkIndexes(trx);
  } finally {
    raw.pragma(`cache_size = ${cache}`);
    raw.pragma(`threads = ${threads}`);
  }
}

/**
 * Helper threads SQLite's sorter may use while the deferred indexes are built: the reader thread
 * has finished by then, so the other cores are free (on 2 cores, the four indexes of 1,000,000
 * events took 5.2 s instead of 6.8 s; bench/RESULTS.md).
 */
const SORTER_THREADS = Math.min(4, availableParallelism());

/** The report of an import of case `caseId` before any record: every count at zero. */
export function emptyReport(caseId: string, created: boolean): ImportReport {
  return {
    caseId,
    created,
    added: zeroCounts(),
    updated: zeroCounts(),
    unchanged: zeroCounts(),
    removed: zeroCounts(),
  };
}

/** Adds a new case's row (its header, at revision 1) and returns its key. */
export async function insertCase(
  db: Kysely<Database>,
  header: CaseHeader,
  now: string,
): Promise<number> {
  const row = await db
    .insertInto("cases")
    .values({
      id: header.id,
      title: header.title,
      data: JSON.stringify(header),
      revision: 1,
      created: now,
      updated: now,
      // A case made again after a deletion must not repeat a version a reader still holds for
      // the old one, so the counter starts at the clock (milliseconds).
      version: Date.now(),
    })
    .returning("key")
    .executeTakeFirstOrThrow();
  return Number(row.key);
}

/** A count of zero for every kind. */
export function zeroCounts(): KindCounts {
  return Object.fromEntries(itemKinds.map((k) => [k, 0])) as KindCounts;
}

/** Validates one record, or throws `invalid_case` with JSON pointers into the case. */
function validItem<K extends ItemKind>(
  caseId: string,
  kind: K,
  index: number,
  value: unknown,
): ItemValues[K] {
  const r = itemSchemas[kind].safeParse(value);
  if (r.success) return r.data as ItemValues[K];
  const base = `/${caseFields[kind]}/${index}`;
  const problems: Problem[] = r.error.issues.map((i) => ({
    pointer: `${base}${i.path.map((p) => `/${String(p)}`).join("")}`,
    message: i.message,
  }));
  throw new ParleyError("invalid_case", `import case "${caseId}": ${kind} at ${base} is invalid`, {
    problems,
    location: { pointer: base },
  });
}

/** Writes a record of a new case through the bulk writer. */
export function writeNew(
  w: RowWriter,
  caseKey: number,
  item: CaseItem,
  ordinal: number,
  recorded: string,
): void {
  switch (item.kind) {
    case "event": {
      w.event(caseKey, ordinal, item.value);
      return;
    }
    case "relation": {
      const r: Relation = item.value;
      w.insert("relations", {
        case_key: caseKey,
        id: r.id,
        ordinal,
        revision: 1,
        ...relationColumns(r),
      });
      return;
    }
    case "claim": {
      w.claim(caseKey, ordinal, recorded, item.value);
      return;
    }
    default: {
      const v = item.value;
      w.insert("entities", {
        case_key: caseKey,
        kind: item.kind,
        id: v.id,
        ordinal,
        revision: 1,
        ...entityColumns(item.kind, v),
        data: JSON.stringify(v),
      });
    }
  }
}

/**
 * Imports a case header and a stream of records in one transaction. A new case is written in
 * bulk. An existing case is merged: entities mirror the import (added, updated at a new
 * revision, or removed, each change in the history); claims are append-only, so a claim whose id
 * exists with other content is a `conflict` unless `replace` is set. Any failure rolls back.
 */
export async function importItems(
  store: StoreHandle,
  headerInput: CaseHeader,
  items: AsyncIterable<CaseItem> | Iterable<CaseItem>,
  options: ImportOptions & { total?: number } = {},
): Promise<ImportReport> {
  const parsed = caseHeaderSchema.safeParse(headerInput);
  if (!parsed.success) {
    throw new ParleyError("invalid_case", "import case: the case header is invalid", {
      problems: parsed.error.issues.map((i) => ({
        pointer: i.path.map((p) => `/${String(p)}`).join(""),
        message: i.message,
      })),
    });
  }
  const header = parsed.data;
  const now = new Date().toISOString();
  const who = options.who ?? "import";
  const total = options.total ?? 0;
  const report = emptyReport(header.id, false);
  const operation = `import case "${header.id}"`;
  let done = 0;
  try {
    await withRollbackJournal(store.raw, total >= BULK_THRESHOLD, () =>
      inTransaction(store.db, async (trx) => {
        const existing = await trx
          .selectFrom("cases")
          .select(["key", "data", "revision"])
          .where("id", "=", header.id)
          .executeTakeFirst();
        let caseKey: number;
        const headerJson = JSON.stringify(header);
        if (existing === undefined) {
          caseKey = await insertCase(trx, header, now);
          report.created = true;
        } else {
          caseKey = Number(existing.key);
          const changed = stableJson(JSON.parse(existing.data)) !== stableJson(header);
          await trx
            .updateTable("cases")
            .set({
              title: header.title,
              data: headerJson,
              updated: now,
              revision: changed ? existing.revision + 1 : existing.revision,
            })
            .where("key", "=", caseKey)
            .execute();
          if (changed) {
            await recordHistory(trx, {
              caseKey,
              at: now,
              who,
              op: "update",
              kind: "case",
              id: header.id,
              before: JSON.parse(existing.data),
              after: header,
            });
          }
        }

        const ordinals = zeroCounts();
        const check = options.validated !== true;
        if (report.created) {
          const writer = store.raw !== null ? sqliteRowWriter(store.raw) : batchRowWriter(trx);
          const deferIndexes =
            store.dialect === "sqlite" && total >= BULK_THRESHOLD && (await bulkTablesEmpty(trx));
          if (deferIndexes) await dropBulkIndexes(trx);
          for await (const item of items) {
            const index = ordinals[item.kind]++;
            const checked = check
              ? ({
                  kind: item.kind,
                  value: validItem(header.id, item.kind, index, item.value),
                } as CaseItem)
              : item;
            writeNew(writer, caseKey, checked, index, now);
            report.added[item.kind]++;
            if (writer.pending) await writer.flush();
            if (++done % PROGRESS_EVERY === 0) options.onProgress?.(done, total);
          }
          await writer.flush();
          if (deferIndexes) await buildDeferredIndexes(store, trx);
          await recordHistory(trx, {
            caseKey,
            at: now,
            who,
            op: "import",
            kind: "case",
            id: header.id,
            before: null,
            after: { header, added: report.added },
          });
        } else {
          const merge = new Merge(
            trx,
            caseKey,
            header.id,
            now,
            who,
            options.replace === true,
            report,
          );
          await merge.start();
          for await (const item of items) {
            const index = ordinals[item.kind]++;
            const value = check ? validItem(header.id, item.kind, index, item.value) : item.value;
            await merge.item(item.kind, value, index);
            if (++done % PROGRESS_EVERY === 0) options.onProgress?.(done, total);
          }
          await merge.finish();
        }
        await bumpCaseVersion(trx, caseKey);
      }),
    );
  } catch (e) {
    throw storeError(e, operation);
  }
  options.onProgress?.(done, total);
  return report;
}

/** Merges an import into an existing case, one record at a time. */
class Merge {
  private readonly seen = new Map<ItemKind, Set<string>>();
  private readonly problems: Problem[] = [];
  private nextClaim = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly caseKey: number,
    private readonly caseId: string,
    private readonly now: string,
    private readonly who: string,
    private readonly replace: boolean,
    private readonly report: ImportReport,
  ) {}

  async start(): Promise<void> {
    this.nextClaim = await nextOrdinal(this.db, this.caseKey, "claim");
  }

  private history(op: string, kind: ItemKind, id: string, before: unknown, after: unknown) {
    return recordHistory(this.db, {
      caseKey: this.caseKey,
      at: this.now,
      who: this.who,
      op,
      kind,
      id,
      before,
      after,
    });
  }

  async item<K extends ItemKind>(kind: K, value: ItemValues[K], index: number): Promise<void> {
    const id = (value as { id: string }).id;
    const pointer = `/${caseFields[kind]}/${index}`;
    let seen = this.seen.get(kind);
    if (seen === undefined) {
      seen = new Set();
      this.seen.set(kind, seen);
    }
    if (seen.has(id)) {
      this.problems.push({ pointer, message: `duplicate ${kind} id "${id}"` });
      return;
    }
    seen.add(id);
    const current = await loadRow(this.db, this.caseKey, kind, id);
    if (current === null) {
      const ordinal = kind === "claim" ? this.nextClaim++ : index;
      await insertRow(this.db, this.caseKey, kind, value, ordinal, 1, this.now);
      await this.history("insert", kind, id, null, value);
      this.report.added[kind]++;
      return;
    }
    if (stableJson(current.value) === stableJson(value)) {
      if (kind !== "claim" && current.ordinal !== index)
        await moveRow(this.db, this.caseKey, kind, id, index);
      this.report.unchanged[kind]++;
      return;
    }
    if (kind === "claim") {
      if (!this.replace) {
        this.problems.push({
          pointer,
          message: `claim "${id}" is already recorded with different content; claims are append-only (import with replace to supersede it)`,
        });
        return;
      }
      await updateRow(this.db, this.caseKey, kind, value, current.ordinal, 1);
      await this.history("replace", kind, id, current.value, value);
    } else {
      await updateRow(this.db, this.caseKey, kind, value, index, current.revision + 1);
      await this.history("update", kind, id, current.value, value);
    }
    this.report.updated[kind]++;
  }

  async finish(): Promise<void> {
    if (this.problems.length > 0) {
      throw new ParleyError(
        "conflict",
        `import case "${this.caseId}": ${this.problems.length} record(s) conflict with the store; nothing was written`,
        { problems: this.problems },
      );
    }
    for (const kind of itemKinds) {
      if (kind === "claim") continue;
      const seen = this.seen.get(kind) ?? new Set<string>();
      for (const id of await rowIds(this.db, this.caseKey, kind)) {
        if (seen.has(id)) continue;
        const current = await loadRow(this.db, this.caseKey, kind as EntityKind, id);
        await deleteRow(this.db, this.caseKey, kind, id);
        await this.history("delete", kind, id, current?.value ?? null, null);
        this.report.removed[kind]++;
      }
    }
  }
}
