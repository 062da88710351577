import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { caseToYamlFiles } from "@parley/core";
import { openStore } from "@parley/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parley } from "../test-support/parley";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parley-case-export-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = (file: string) => readFileSync(file, "utf8").split("\n").filter(Boolean).length;

describe("parley case export --ndjson", () => {
  it("writes events, relations and claims as NDJSON that imports back to the same case", async () => {
    const db = join(dir, "a.db");
    expect((await parley("case", "import", "afghanistan", "--db", db)).code).toBe(0);
    const store = await openStore(db);
    const c = await store.exportCase("afghanistan");
    await store.close();

    const out = join(dir, "nd");
    const r = await parley("case", "export", "afghanistan", out, "--ndjson", "--db", db);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `(${c.events.length} events, ${c.relations.length} relations, ${c.claims.length} claims as NDJSON)`,
    );
    const files = readdirSync(out).sort();
    expect(files).toContain("events.ndjson");
    expect(files.filter((f) => /^(events|relations|claims)\.yaml$/.test(f))).toEqual([]);
    expect(lines(join(out, "events.ndjson"))).toBe(c.events.length);
    expect(lines(join(out, "relations.ndjson"))).toBe(c.relations.length);
    expect(lines(join(out, "claims.ndjson"))).toBe(c.claims.length);
    // times are written as phrases, as in YAML
    const first = JSON.parse(readFileSync(join(out, "events.ndjson"), "utf8").split("\n")[0] ?? "");
    expect(typeof first.date).toBe("string");

    const db2 = join(dir, "b.db");
    expect((await parley("case", "import", out, "--db", db2)).code).toBe(0);
    const yamlA = join(dir, "yaml-a");
    const yamlB = join(dir, "yaml-b");
    expect((await parley("case", "export", "afghanistan", yamlA, "--db", db)).code).toBe(0);
    expect((await parley("case", "export", "afghanistan", yamlB, "--db", db2)).code).toBe(0);
    // the YAML written a record at a time is the text of the whole case written at once
    const whole = caseToYamlFiles(c);
    expect(readdirSync(yamlA).sort()).toEqual([...whole.keys()].sort());
    for (const [n, text] of whole) expect(readFileSync(join(yamlA, n), "utf8")).toBe(text);
    const names = readdirSync(yamlA).sort();
    expect(readdirSync(yamlB).sort()).toEqual(names);
    for (const n of names) {
      expect(readFileSync(join(yamlB, n), "utf8")).toBe(readFileSync(join(yamlA, n), "utf8"));
    }
  });

  it("refuses a folder that gives a list in another file, exit 1, writing nothing", async () => {
    const db = join(dir, "c.db");
    const out = join(dir, "mixed");
    mkdirSync(out);
    writeFileSync(join(out, "events.yaml"), "events: []\n");
    const r = await parley("case", "export", "afghanistan", out, "--ndjson", "--db", db);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      `export to "${out}": it holds events.yaml, which gives the same list as events.ndjson would`,
    );
    expect(readdirSync(out)).toEqual(["events.yaml"]);
    const nd = join(dir, "nd-only");
    mkdirSync(nd);
    writeFileSync(join(nd, "events.ndjson"), "");
    const back = await parley("case", "export", "afghanistan", nd, "--db", db);
    expect(back.code).toBe(1);
    expect(back.err).toContain(
      "it holds events.ndjson, which gives the same list as events.yaml would",
    );
    expect(readdirSync(nd)).toEqual(["events.ndjson"]);
  });
});
