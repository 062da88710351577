import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Case, caseSchema, claimSchema, ParleyError } from "@parley/core";
import { failure } from "@parley/core/test-support/failure";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeOnDialects, storeWith } from "./describe-on-dialects";
import { failingInTransaction } from "./failing-in-transaction";
import { openStore } from "./open-store";
import { attachTextAsSource } from "./source-for-text";
import { iran, storeFixture } from "./store-fixture";
import { testDialects } from "./test-dialects";

const dialects = await testDialects();
const here = dirname(fileURLToPath(import.meta.url));
const tsx = resolve(here, "../../../node_modules/.bin/tsx");
const fixture: Case = caseSchema.parse(storeFixture);

describeOnDialects(dialects, "transactions", (dialect) => {
  it("commits every write made through the transaction's store together", async () => {
    const s = await storeWith(dialect, fixture);
    const version = await s.caseVersion("fixture");
    await s.transaction(async (tx) => {
      await tx.createEntity("fixture", "actor", iran, { who: "ana" });
      await tx.appendClaims(
        "fixture",
        [claimSchema.parse({ id: "c-iran", subject: "actor:iran", note: "x", hedge: "analyst" })],
        { who: "ana" },
      );
    });
    expect((await s.actors("fixture")).map((a) => a.id).at(-1)).toBe("iran");
    expect((await s.claims("fixture", { subject: "actor:iran" })).map((c) => c.id)).toEqual([
      "c-iran",
    ]);
    expect(await s.caseVersion("fixture")).toBe(version + 2);
  });

  it("rolls back every write when the work throws after them", async () => {
    const s = await storeWith(dialect, fixture);
    const before = await s.exportCase("fixture");
    const version = await s.caseVersion("fixture");
    const [pending] = await s.addProposals("fixture", [{ kind: "actor", payload: { id: "x" } }]);
    const e = await failure(
      s.transaction(async (tx) => {
        await tx.createEntity("fixture", "actor", iran, { who: "ana" });
        await tx.decideProposal(pending?.id ?? "", "accepted");
        throw new ParleyError("invalid_input", "stop here");
      }),
    );
    expect(e.message).toBe("stop here");
    expect(await s.exportCase("fixture")).toEqual(before);
    expect(await s.caseVersion("fixture")).toBe(version);
    expect((await s.listProposals({ caseId: "fixture" })).map((p) => p.status)).toEqual([
      "pending",
    ]);
    expect(await s.countHistory("fixture", { id: "iran" })).toBe(0);
  });

  it("attaching a text as a new source writes the source and its text together or neither", async () => {
    const s = await storeWith(dialect, fixture);
    const failing = failingInTransaction(
      s,
      "attachSourceText",
      () => new Error("disk I/O error (injected)"),
    );
    await expect(
      attachTextAsSource(failing, "fixture", { id: "cable", title: "A cable" }, "Text.\n"),
    ).rejects.toThrow("disk I/O error (injected)");
    expect((await s.entities("fixture", "source")).map((x) => x.id)).toEqual(["essay", "tass"]);
    const t = await attachTextAsSource(s, "fixture", { id: "cable" }, "Text.\r\n");
    expect([t.source, t.text, t.length]).toEqual(["cable", "Text.\n", 6]);
    expect((await s.getEntity("fixture", "source", "cable")).value.fingerprint).toEqual({
      sha256: t.sha256,
      length: 6,
    });
    const missing = await failure(
      attachTextAsSource(s, "fixture", { id: "memo" }, "x", { create: false }),
    );
    expect(missing.code).toBe("not_found");
  });

  it("refuses a second decision on a proposal (conflict), whichever connection made the first", async () => {
    const s = await storeWith(dialect, fixture);
    const other = await dialect.another();
    try {
      const [p] = await s.addProposals("fixture", [{ kind: "actor", payload: { id: "x" } }]);
      await other.decideProposal(p?.id ?? "", "rejected");
      const e = await failure(s.decideProposal(p?.id ?? "", "accepted"));
      expect(e.code).toBe("conflict");
    } finally {
      await other.close();
    }
  });
});

describe("SQLite writers on one file", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "parley-lock-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("two processes opening new files and importing into them at once both succeed: each waits for the other's lock", async () => {
    // both processes open the same five new files in turn (racing to create each one's tables)
    // and import the fixture under ids of their own into each, so their transactions interleave
    const files = [0, 1, 2, 3, 4].map((i) => join(dir, `both-${i}.db`));
    const worker = join(dir, "import-worker.mts");
    writeFileSync(
      worker,
      `import { caseSchema } from ${JSON.stringify(join(here, "../../core/src/index.ts"))};
import { openStore } from ${JSON.stringify(join(here, "open-store.ts"))};
import { storeFixture } from ${JSON.stringify(join(here, "store-fixture.ts"))};
const [prefix, ...files] = process.argv.slice(2);
for (const file of files) {
  const store = await openStore(file);
  for (let i = 0; i < 2; i++)
    await store.importCase(caseSchema.parse({ ...storeFixture, id: prefix + "-" + i }));
  await store.close();
}
`,
    );
    const run = (prefix: string) =>
      new Promise<{ code: number | null; err: string }>((done) => {
        const child = spawn(tsx, [worker, prefix, ...files], { cwd: here });
        let err = "";
        child.stderr.on("data", (d) => {
          err += String(d);
        });
        child.on("close", (code) => done({ code, err }));
      });
    const results = await Promise.all([run("a"), run("b")]);
    expect(results).toEqual([
      { code: 0, err: "" },
      { code: 0, err: "" },
    ]);
    for (const file of files) {
      const s = await openStore(file);
      const cases = await s.listCases();
      await s.close();
      expect(cases.map((c) => [c.id, c.counts.events, c.counts.claims])).toEqual([
        ["a-0", 3, 9],
        ["a-1", 3, 9],
        ["b-0", 3, 9],
        ["b-1", 3, 9],
      ]);
    }
  });

  it("a transaction that has read holds the lock, so its later write cannot fail on a write made meanwhile", async () => {
    const file = join(dir, "read-then-write.db");
    const a = await openStore(file);
    const b = await openStore(file, { busyTimeoutMs: 50 });
    try {
      await a.importCase(fixture);
      await a.transaction(async (tx) => {
        const version = await tx.caseVersion("fixture");
        // the other connection cannot slip a write in between the read and the write
        const refused = await failure(b.createEntity("fixture", "actor", iran, { who: "bo" }));
        expect(refused.code).toBe("locked");
        await tx.createEntity(
          "fixture",
          "actor",
          { ...iran, id: "iraq", name: "Iraq" },
          { who: "al" },
        );
        expect(await tx.caseVersion("fixture")).toBe(version + 1);
      });
      expect((await b.actors("fixture")).map((x) => x.id).slice(-1)).toEqual(["iraq"]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it("a lock held past the wait is `locked`, and the refused write changed nothing", async () => {
    const file = join(dir, "held.db");
    const s = await openStore(file, { busyTimeoutMs: 50 });
    await s.importCase(fixture);
    const holder = new BetterSqlite3(file);
    holder.exec("begin immediate");
    try {
      const e = await failure(s.createEntity("fixture", "actor", iran, { who: "ana" }));
      expect(e.code).toBe("locked");
      expect(e.message).toBe(
        "the store is locked: another writer held it past the wait; nothing was changed, try again when it is done",
      );
      const i = await failure(s.importCase({ ...fixture, id: "other", title: "Other" }));
      expect(i.code).toBe("locked");
    } finally {
      holder.exec("rollback");
      holder.close();
    }
    expect((await s.actors("fixture")).map((a) => a.id)).not.toContain("iran");
    expect((await s.listCases()).map((c) => c.id)).toEqual(["fixture"]);
    await s.close();
  });
});
