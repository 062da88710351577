import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run } from "../run";

let dir: string;

async function parley(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
  });
  return { code, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parley-case-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("parley case import", () => {
  it("says the store is locked, exit 1, when another writer holds it past the wait", async () => {
    const db = join(dir, "held.db");
    expect((await parley("case", "list", "--db", db)).code).toBe(0);
    const holder = new BetterSqlite3(db);
    holder.exec("begin immediate");
    let r: Awaited<ReturnType<typeof parley>>;
    try {
      r = await parley("case", "import", "afghanistan", "--db", db);
    } finally {
      holder.exec("rollback");
      holder.close();
    }
    expect(r).toEqual({
      code: 1,
      out: "",
      err: "error [locked]: the store is locked: another writer held it past the wait; nothing was changed, try again when it is done\n",
    });
    const after = await parley("case", "list", "--db", db, "--json");
    expect(
      (JSON.parse(after.out) as { id: string; where: string }[]).find((c) => c.id === "afghanistan")
        ?.where,
    ).toBe("built-in");
  });
});
