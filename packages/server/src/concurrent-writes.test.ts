import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCaseFolder } from "@parley/core/node";
import { openStore } from "@parley/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "./start-server";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../..");
const caseDir = join(root, "cases/afghanistan");
let dir = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parley-concurrent-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `parley case import` in a process of its own. */
function cliImport(db: string): Promise<{ code: number | null; err: string }> {
  return new Promise((done) => {
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        join(root, "packages/cli/src/main.ts"),
        "case",
        "import",
        caseDir,
        "--db",
        db,
      ],
      { cwd: root },
    );
    let err = "";
    child.stderr.on("data", (d) => {
      err += String(d);
    });
    child.on("close", (code) => done({ code, err }));
  });
}

describe("API writes while the CLI imports into the same SQLite file", () => {
  it("never answer 500: each write succeeds, or is refused as stale or locked", async () => {
    const db = join(dir, "parley.db");
    const loaded = loadCaseFolder(caseDir);
    if (!loaded.ok) throw loaded.error;
    const store = await openStore(db);
    await store.importCase(loaded.value);
    const server = await startServer({ store, port: 0 });
    const api = `http://127.0.0.1:${server.port}/api/cases/afghanistan`;
    const statuses: number[] = [];
    let importing = true;
    const imports = (async () => {
      const out = [];
      for (let i = 0; i < 3; i++) out.push(await cliImport(db));
      importing = false;
      return out;
    })();
    try {
      // a bounded loop: at most 300 writes, alternating a new claim and an edit of an actor
      for (let i = 0; importing && i < 300; i++) {
        if (i % 2 === 0) {
          const r = await fetch(`${api}/claims`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({
              id: `concurrent-${i}`,
              subject: "actor:russia",
              note: `Written while an import runs (${i}).`,
              asserter: "analyst:test",
              hedge: "analyst",
            }),
          });
          statuses.push(r.status);
          await r.body?.cancel();
        } else {
          const got = await fetch(`${api}/actors/russia`);
          statuses.push(got.status);
          if (got.status !== 200) continue;
          const { value, revision } = (await got.json()) as { value: object; revision: number };
          const r = await fetch(`${api}/actors/russia`, {
            method: "PUT",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ value: { ...value, name: `Russia ${i}` }, revision }),
          });
          statuses.push(r.status);
          await r.body?.cancel();
        }
      }
      const results = await imports;
      expect(results.map((r) => r.code)).toEqual([0, 0, 0]);
      expect(results.map((r) => r.err).join("")).not.toContain("[bug]");
    } finally {
      await server.close();
      await store.close();
    }
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => ![200, 201, 409, 503].includes(s))).toEqual([]);
  });
});
