import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CaseRecordSource } from "@parley/core";
import { openCaseFolderStream } from "@parley/core/node";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { BULK_THRESHOLD } from "./bulk-indexes";
import { withRollbackJournal } from "./bulk-journal";
import { importItems, type StoreHandle } from "./import-case";
import { BULK_BYTES, importCaseRecords } from "./import-case-records";
import { openStore } from "./open-store";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A store file in WAL mode with one table, and its first connection. */
function walFile(): { path: string; db: BetterSqlite3.Database } {
  const dir = mkdtempSync(join(tmpdir(), "parley-journal-"));
  dirs.push(dir);
  const path = join(dir, "store.db");
  const db = new BetterSqlite3(path, { timeout: 100 });
  db.pragma("journal_mode = WAL");
  db.exec("create table t (x integer)");
  return { path, db };
}

const mode = (db: BetterSqlite3.Database) => db.pragma("journal_mode", { simple: true });

describe("withRollbackJournal", () => {
  it("runs a large import with a rollback journal when its connection is the only one, then restores the log", async () => {
    const { db } = walFile();
    const during = await withRollbackJournal(db, true, async () => {
      db.exec("begin immediate; insert into t values (1), (2); commit");
      return mode(db);
    });
    expect(during).toBe("delete");
    expect(mode(db)).toBe("wal");
    expect(db.prepare("select count(*) as n from t").get()).toEqual({ n: 2 });
    db.close();
  });

  it("keeps the log when another connection has the store open", async () => {
    const { path, db } = walFile();
    const other = new BetterSqlite3(path, { timeout: 100 });
    other.prepare("select count(*) from t").get();
    const during = await withRollbackJournal(db, true, async () => mode(db));
    expect(during).toBe("wal");
    expect(mode(db)).toBe("wal");
    other.close();
    db.close();
  });

  it("keeps the log for a small import", async () => {
    const { db } = walFile();
    expect(await withRollbackJournal(db, false, async () => mode(db))).toBe("wal");
    db.close();
  });

  it("restores the log and rolls the work back when it fails", async () => {
    const { db } = walFile();
    const failed = withRollbackJournal(db, true, async () => {
      db.exec("begin immediate; insert into t values (1)");
      db.exec("rollback");
      throw new Error("stop");
    });
    await expect(failed).rejects.toThrow("stop");
    expect(mode(db)).toBe("wal");
    expect(db.prepare("select count(*) as n from t").get()).toEqual({ n: 0 });
    db.close();
  });

  it("makes another process's opening wait, then fail, while the import holds the store", async () => {
    const { path, db } = walFile();
    let refused = "";
    await withRollbackJournal(db, true, async () => {
      db.exec("begin immediate; insert into t values (1)");
      const late = new BetterSqlite3(path, { timeout: 50 });
      try {
        late.pragma("journal_mode = WAL");
      } catch (e) {
        refused = (e as { code: string }).code;
      }
      late.close();
      db.exec("commit");
    });
    expect(refused).toBe("SQLITE_BUSY");
    expect(mode(db)).toBe("wal");
    db.close();
  });
});

describe("large imports", () => {
  /** A store on a fresh file, as the import sees it. */
  async function store(): Promise<StoreHandle & { close(): Promise<void> }> {
    const dir = mkdtempSync(join(tmpdir(), "parley-journal-"));
    dirs.push(dir);
    return (await openStore(join(dir, "store.db"))) as unknown as StoreHandle & {
      close(): Promise<void>;
    };
  }
  const actor = { id: "a", name: "A", kind: "state" };
  const claim = { id: "c1", subject: "actor:a", note: "A is a state.", hedge: "analyst" };

  it("write a whole case with a rollback journal from a record count on, and restore the log", async () => {
    const modes: unknown[] = [];
    for (const total of [BULK_THRESHOLD - 1, BULK_THRESHOLD]) {
      const s = await store();
      const raw = s.raw as BetterSqlite3.Database;
      const items = (function* () {
        modes.push(mode(raw));
        yield { kind: "actor", value: actor } as const;
        yield { kind: "claim", value: claim } as const;
      })();
      await importItems(s, { id: `case-${total}`, title: "T" }, items as never, { total });
      modes.push(mode(raw));
      await s.close();
    }
    expect(modes).toEqual(["wal", "wal", "delete", "wal"]);
  });

  it("read record by record, write with a rollback journal from a size on, and restore the log", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-journal-folder-"));
    dirs.push(dir);
    const folder = join(dir, "case");
    mkdirSync(folder);
    writeFileSync(join(folder, "case.yaml"), "id: tiny\ntitle: Tiny\n");
    writeFileSync(join(folder, "actors.yaml"), "actors:\n  - { id: a, name: A, kind: state }\n");
    writeFileSync(join(folder, "claims.ndjson"), `${JSON.stringify(claim)}\n`);
    const modes: unknown[] = [];
    for (const total of [BULK_BYTES - 1, BULK_BYTES]) {
      const s = await store();
      const raw = s.raw as BetterSqlite3.Database;
      const opened = openCaseFolderStream(folder, { displayRoot: dir });
      if (!opened.ok) throw opened.error;
      const real = opened.value;
      // The size the import judges by, and a look at the journal while its records are read.
      const source: CaseRecordSource = {
        label: real.label,
        header: real.header,
        locate: (p) => real.locate(p),
        progress: () => ({ done: 0, total }),
        batches: async function* () {
          modes.push(mode(raw));
          yield* real.batches();
        },
      };
      const report = await importCaseRecords(s, source);
      expect(report.added.claim).toBe(1);
      modes.push(mode(raw));
      await s.close();
    }
    expect(modes).toEqual(["wal", "wal", "delete", "wal"]);
  });
});
