import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parley } from "../test-support/parley";

let dir: string;

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

describe("parley case import of a folder with NDJSON lists", () => {
  function ndjsonFolder(name: string, claims: string[]): string {
    const d = join(dir, name);
    mkdirSync(d);
    writeFileSync(join(d, "case.yaml"), `id: ${name}\ntitle: A streamed case\n`);
    writeFileSync(join(d, "sources.yaml"), "sources:\n  - { id: s1, title: A report }\n");
    writeFileSync(join(d, "actors.yaml"), "actors:\n  - { id: iran, name: Iran, kind: state }\n");
    writeFileSync(
      join(d, "events.ndjson"),
      '{"id":"e1","title":"Talks","type":"CONSULT","participants":[{"actor":"iran","role":"host"}]}\n',
    );
    writeFileSync(join(d, "claims.ndjson"), `${claims.join("\n")}\n`);
    return d;
  }
  const claim = (id: string, subject: string) =>
    `{"id":"${id}","subject":"${subject}","note":"So it was.","evidence":{"source":"s1","note":"p. 2"}}`;

  it("validates and imports it; a problem is reported at its file and line, exit 1, nothing stored", async () => {
    const db = join(dir, "streamed.db");
    const good = ndjsonFolder("streamed", [
      claim("c1", "event:e1"),
      claim("c2", "participation:e1/iran/host"),
    ]);
    expect(await parley("case", "validate", good)).toEqual({
      code: 0,
      out: "streamed: valid — 1 actors, 0 processes, 1 events, 0 relations, 2 claims, 0 judgments\n",
      err: "",
    });
    const bad = ndjsonFolder("streamed-bad", [
      claim("c1", "event:e1"),
      claim("c2", "participation:e1/iran/guest"),
    ]);
    const r = await parley("case", "import", bad, "--db", db);
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toContain(
      'claims.ndjson:2 (at /claims/1/subject): unknown participation "e1/iran/guest"',
    );
    expect(JSON.parse((await parley("case", "list", "--db", db, "--json")).out)).not.toContainEqual(
      expect.objectContaining({ id: "streamed-bad" }),
    );
    const ok = await parley("case", "import", good, "--db", db);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^imported streamed: \{"caseId":"streamed","created":true,/);
    const events = await parley("events", "--case", "streamed", "--db", db, "--json");
    expect((JSON.parse(events.out) as { id: string }[]).map((e) => e.id)).toEqual(["e1"]);
  });
});
