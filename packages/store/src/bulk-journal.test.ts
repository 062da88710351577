import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { withRollbackJournal } from "./bulk-journal";

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
