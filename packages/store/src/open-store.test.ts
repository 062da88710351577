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
      `open store "${path}": the store was made by an older version of Parley (no "parley_schema" table; expected format 2); this version of Parley cannot read it. Delete the file (or drop the database) and import the cases again`,
    );
  });

  it("refuses a store of another layout format", async () => {
    await alteredStore("update parley_schema set format = 1");
    const e = await openError();
    expect(e.code).toBe("unsupported");
    expect(e.message).toBe(
      `open store "${path}": the store has schema format 1, expected 2; this version of Parley cannot read it. Delete the file (or drop the database) and import the cases again`,
    );
  });
});
