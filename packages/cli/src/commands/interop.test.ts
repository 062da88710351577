import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { kumuJson } from "@parley/analysis";
import { parseCaseJson } from "@parley/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exchangeCase } from "../../../analysis/src/fixtures/exchange-case";
import { parley } from "../test-support/parley";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parley-interop-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("case import of the JSON export", () => {
  it("exports JSON, imports it into a fresh store, and exports the same JSON again", async () => {
    const first = join(dir, "first.db");
    const second = join(dir, "second.db");
    const json = join(dir, "afghanistan.json");
    expect((await parley("case", "import", "afghanistan", "--db", first)).code).toBe(0);
    const a = await parley("export", "--format", "json", "--case", "afghanistan", "--db", first);
    expect(a.code).toBe(0);
    writeFileSync(json, a.out);
    const imported = await parley("case", "import", json, "--db", second);
    expect([imported.code, imported.err]).toEqual([0, ""]);
    const b = await parley("export", "--format", "json", "--case", "afghanistan", "--db", second);
    expect(b.code).toBe(0);
    expect(b.out).toBe(a.out);
    expect(JSON.parse(b.out).events.length).toBeGreaterThan(0);
  });

  it("refuses broken JSON with its line and column, and changes nothing", async () => {
    const db = join(dir, "broken.db");
    const bad = join(dir, "bad.json");
    writeFileSync(bad, '{\n  "id": "x",\n  "title": "X",\n  "actors": [}\n');
    const r = await parley("case", "import", bad, "--db", db);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "bad.json:4:14: JSON syntax: Unexpected token '}'; expected a case as one JSON object",
    );
    const list = await parley("case", "list", "--json", "--db", db);
    expect(JSON.parse(list.out).filter((c: { where: string }) => c.where === "store")).toEqual([]);
  });

  it("refuses a file that is neither JSON nor a folder", async () => {
    const yaml = join(dir, "case.yaml");
    writeFileSync(yaml, "id: x\ntitle: X\n");
    const r = await parley("case", "import", yaml, "--db", join(dir, "none.db"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("expected a .json file or a case folder of .yaml files");
  });
});

describe("parley import keeps what it stores exportable", () => {
  it("a Kumu blueprint imports with claims, and its JSON export loads back", async () => {
    const db = join(dir, "kumu.db");
    const file = join(dir, "blueprint.json");
    writeFileSync(file, JSON.stringify(kumuJson(exchangeCase())));
    const r = await parley("import", file, "--format", "kumu", "--case", "kumu-map", "--db", db);
    expect([r.code, r.err]).toEqual([0, ""]);
    const out = await parley("export", "--format", "json", "--case", "kumu-map", "--db", db);
    const back = parseCaseJson({ name: "kumu.json", text: out.out });
    if (!back.ok) throw back.error;
    expect(back.value.relations.length).toBe(3);
    expect(back.value.claims.map((c) => c.subject)).toEqual([
      "relation:russia-contacts-taliban",
      "relation:russia-supports-afghan-government",
      "relation:taliban-opposes-afghan-government",
    ]);
  });

  it("an edge list naming actors the case lacks is refused whole, naming them", async () => {
    const db = join(dir, "edges.db");
    const file = join(dir, "edges.csv");
    writeFileSync(file, "source,target,type\nrussia,taliban,contacts\n");
    const r = await parley("import", file, "--format", "csv-edges", "--case", "e", "--db", db);
    expect(r.code).toBe(1);
    expect(r.err).toContain('unknown actor "russia"');
    expect(r.err).toContain("nothing was imported");
    const list = await parley("case", "list", "--json", "--db", db);
    expect(JSON.parse(list.out).filter((c: { where: string }) => c.where === "store")).toEqual([]);
  });

  it("a header-only ACLED file is refused with a non-zero exit", async () => {
    const file = join(dir, "acled.csv");
    writeFileSync(file, "event_id_cnty,event_date,event_type,sub_event_type,actor1,country\n");
    const r = await parley("import", file, "--format", "acled", "--db", join(dir, "a.db"));
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${file}:1`);
    expect(r.err).toContain("has a header and no data rows");
  });
});
