import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { bulkIndexes } from "./bulk-indexes";
import { openStore } from "./open-store";

describe("bulk indexes", () => {
  it("match the indexes the migrations create on the big tables", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-indexes-"));
    try {
      const path = join(dir, "s.db");
      await (await openStore(path)).close();
      const db = new BetterSqlite3(path, { readonly: true });
      const rows = db
        .prepare(
          "select name, tbl_name from sqlite_master where type = 'index' and sql is not null and tbl_name in ('events', 'participations', 'claims') order by name",
        )
        .all() as { name: string; tbl_name: string }[];
      const columns = (name: string) =>
        (db.prepare(`pragma index_info(${name})`).all() as { name: string }[]).map((c) => c.name);
      const found = rows.map((r) => ({
        name: r.name,
        table: r.tbl_name,
        columns: columns(r.name),
      }));
      db.close();
      const expected = [...bulkIndexes]
        .map((ix) => ({ name: ix.name, table: ix.table, columns: [...ix.columns] }))
        .sort((a, b) => a.name.localeCompare(b.name));
      expect(found).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
