import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ParleyError } from "@parley/core";
import BetterSqlite3 from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore } from "./open-store";

describe("openStore on a file of another schema", () => {
  let dir: string;
  let path: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "parley-open-"));
    path = join(dir, "s.db");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A store file whose layout record is altered after it was made. */
  async function alteredStore(change: string): Promise<void> {
    await (await openStore(path)).close();
    const db = new BetterSqlite3(path);
    db.exec(change);
    db.close();
  }

  async function openError(): Promise<ParleyError> {
    try {
      await (await openStore(path)).close();
    } catch (e) {
      if (e instanceof ParleyError) return e;
      throw e;
    }
    throw new Error("the store opened");
  }

  it("reopens a store of the current layout", async () => {
    await (await openStore(path)).close();
    const store = await openStore(path);
    expect(await store.listCases()).toEqual([]);
    await store.close();
  });

  it("refuses a store made before the layout was recorded", async () => {
    await alteredStore("drop table parley_schema");
    const e = await openError();
    expect(e.code).toBe("unsupported");
    expect(e.message).toBe(
      `open store "${path}": the store was made by an older version of Parley (no "parley_schema" table; expected format 3); this version of Parley cannot read it. Delete the file (or drop the database) and import the cases again`,
    );
  });

  it("refuses a store of another layout format", async () => {
    await alteredStore("update parley_schema set format = 1");
    const e = await openError();
    expect(e.code).toBe("unsupported");
    expect(e.message).toBe(
      `open store "${path}": the store has schema format 1, expected 3; this version of Parley cannot read it. Delete the file (or drop the database) and import the cases again`,
    );
  });
});

describe("openStore on a store of the previous layout", () => {
  it("raises format 2 to 3: a version counter per case and the views table", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-open-"));
    const path = join(dir, "s.db");
    try {
      await (await openStore(path)).close();
      // Back to format 2: as the first migration left it.
      const db = new BetterSqlite3(path);
      db.exec(`drop table views; alter table cases drop column version;
        update parley_schema set format = 2;
        delete from kysely_migration where name = '0002-versions-and-views'`);
      db.close();
      const store = await openStore(path);
      expect(await store.listViews()).toEqual([]);
      await store.close();
      const after = new BetterSqlite3(path);
      expect(after.prepare("select format from parley_schema").all()).toEqual([{ format: 3 }]);
      after.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
