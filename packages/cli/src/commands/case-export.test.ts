import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { caseToYamlFiles } from "@parley/core";
import { openStore } from "@parley/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parley } from "../test-support/parley";
import { writeCaseFolderInPlace } from "./case";

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
    const file = join(dir, "a-file");
    writeFileSync(file, "mine\n");
    const onFile = await parley("case", "export", "afghanistan", file, "--db", db);
    expect(onFile.code).toBe(1);
    expect(onFile.err).toContain(
      `export to "${file}": it is a file; give a folder (made if it does not exist)`,
    );
    expect(readFileSync(file, "utf8")).toBe("mine\n");
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

describe("parley case export into a folder", () => {
  const tiny = () => {
    const folder = join(dir, `tiny-case-${Math.random().toString(36).slice(2)}`);
    mkdirSync(folder);
    writeFileSync(join(folder, "case.yaml"), "id: tiny\ntitle: Tiny\n");
    writeFileSync(
      join(folder, "actors.yaml"),
      "actors:\n  - id: a\n    name: A\n    kind: state\n",
    );
    writeFileSync(
      join(folder, "claims.yaml"),
      "claims:\n  - id: c1\n    subject: actor:a\n    note: A is a state.\n    hedge: analyst\n",
    );
    return folder;
  };

  it("removes the file of a list that is now empty, and leaves other files alone", async () => {
    const db = join(dir, "tiny.db");
    expect((await parley("case", "import", tiny(), "--db", db)).code).toBe(0);
    const out = join(dir, "tiny-out");
    mkdirSync(out);
    writeFileSync(join(out, "relations.yaml"), "relations:\n  - id: old\n");
    writeFileSync(join(out, "notes.txt"), "mine\n");
    const r = await parley("case", "export", "tiny", out, "--db", db);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      "wrote 3 files to " +
        out +
        " (0 events, 0 relations, 1 claims); removed relations.yaml, left by an earlier export of lists now empty",
    );
    expect(readdirSync(out).sort()).toEqual([
      "actors.yaml",
      "case.yaml",
      "claims.yaml",
      "notes.txt",
    ]);
    expect(readFileSync(join(out, "notes.txt"), "utf8")).toBe("mine\n");
    expect(readdirSync(dir).filter((f) => f.includes(".export-"))).toEqual([]);
  });

  it("leaves the folder as it was when the writing fails part-way", async () => {
    const out = join(dir, "kept");
    mkdirSync(out);
    writeFileSync(join(out, "events.yaml"), "events: []\n");
    const failed = writeCaseFolderInPlace(out, async (into) => {
      writeFileSync(join(into, "case.yaml"), "id: x\n");
      writeFileSync(join(into, "events.yaml"), "events:\n  - id: half");
      throw new Error("disk full");
    });
    await expect(failed).rejects.toThrow("disk full");
    expect(readdirSync(out)).toEqual(["events.yaml"]);
    expect(readFileSync(join(out, "events.yaml"), "utf8")).toBe("events: []\n");
    expect(readdirSync(dir).filter((f) => f.includes(".export-"))).toEqual([]);
    const fresh = join(dir, "never", "made");
    await expect(
      writeCaseFolderInPlace(fresh, async () => {
        throw new Error("store gone");
      }),
    ).rejects.toThrow("store gone");
    expect(readdirSync(join(dir, "never"))).toEqual([]);
  });
});
