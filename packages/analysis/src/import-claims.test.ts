import { readFileSync } from "node:fs";
import { type Case, caseSchema, type Result, validateCase } from "@parley/core";
import { describe, expect, it } from "vitest";
import { csvEdges } from "./export-csv-edges";
import { csvNodes } from "./export-csv-nodes";
import { kumuJson } from "./export-kumu";
import { exchangeCase } from "./fixtures/exchange-case";
import { importAcled } from "./import-acled";
import { importCsvEdges } from "./import-csv-edges";
import { importCsvNodes } from "./import-csv-nodes";
import { type CaseFragment, mergeFragment } from "./import-fragment";
import { importKumu } from "./import-kumu";
import { importPax } from "./import-pax";
import { importPlover } from "./import-plover";
import { importUcdp } from "./import-ucdp";

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function emptyCase(): Case {
  return caseSchema.parse({ id: "imported", title: "Imported" });
}

function merged(base: Case, r: Result<CaseFragment>): Case {
  if (!r.ok) throw r.error;
  return mergeFragment(base, r.value);
}

describe("every import holds its facts with claims", () => {
  const datasets: [string, () => Result<CaseFragment>][] = [
    ["acled", () => importAcled(fixture("acled-sample.csv"), { file: "acled.csv" })],
    ["ucdp", () => importUcdp(fixture("ucdp-sample.csv"), { file: "ged.csv" })],
    ["pax", () => importPax(fixture("pax-sample.csv"), { file: "pax.csv" })],
    ["plover", () => importPlover(fixture("plover-sample.json"), { file: "plover.json" })],
  ];
  for (const [name, run] of datasets) {
    it(`${name}: the merged case validates`, () => {
      const c = merged(emptyCase(), run());
      expect(c.events.length).toBeGreaterThan(0);
      expect(validateCase(c)).toEqual([]);
    });
  }

  it("kumu: each connection is a relation held by a claim citing it, and the case validates", () => {
    const blueprint = JSON.stringify(kumuJson(exchangeCase()));
    const r = importKumu(blueprint, { file: "maps/blueprint.json" });
    if (!r.ok) throw r.error;
    expect(r.value.sources.map((s) => [s.id, s.type, s.title])).toEqual([
      ["kumu-blueprint-json", "dataset", "Kumu blueprint (blueprint.json)"],
    ]);
    expect(r.value.claims.map((c) => [c.subject, c.evidence?.note])).toEqual([
      ["relation:russia-contacts-taliban", "blueprint.json /connections/0"],
      ["relation:russia-supports-afghan-government", "blueprint.json /connections/1"],
      ["relation:taliban-opposes-afghan-government", "blueprint.json /connections/2"],
    ]);
    expect(validateCase(mergeFragment(emptyCase(), r.value))).toEqual([]);
  });

  it("csv node and edge lists: the edges' relations are held, and the case validates", () => {
    const c = exchangeCase();
    const withActors = merged(emptyCase(), importCsvNodes(csvNodes(c), { file: "nodes.csv" }));
    const withEdges = merged(withActors, importCsvEdges(csvEdges(c), { file: "edges.csv" }));
    expect(withEdges.relations.length).toBe(3);
    expect(withEdges.claims.length).toBe(3);
    expect(validateCase(withEdges)).toEqual([]);
  });
});

describe("empty and header-only files are refused", () => {
  const header = {
    acled: "event_id_cnty,event_date,event_type,sub_event_type,actor1,country\r\n",
    ucdp: `${fixture("ucdp-sample.csv").split(/\r?\n/)[0]}\n`,
    pax: "AgtId,Agt,Dat,PP,PPName,Part\n",
    nodes: "id,name\n",
    edges: "source,target\n",
  };
  const csv: [string, (t: string, o: { file: string }) => Result<CaseFragment>, string][] = [
    ["importAcled", importAcled, header.acled],
    ["importUcdp", importUcdp, header.ucdp],
    ["importPax", importPax, header.pax],
    ["importCsvNodes", importCsvNodes, header.nodes],
    ["importCsvEdges", importCsvEdges, header.edges],
  ];
  for (const [op, run, head] of csv) {
    it(`${op}: a header and no rows, and a file of no bytes`, () => {
      const only = run(head, { file: "x.csv" });
      expect(only.ok || [only.error.code, only.error.message, only.error.location]).toEqual([
        "invalid_input",
        expect.stringMatching(
          new RegExp(
            `^${op}: x\\.csv has a header and no data rows; expected at least one .+ row$`,
          ),
        ),
        { row: 0, line: 1, file: "x.csv" },
      ]);
      const empty = run("", { file: "x.csv" });
      expect(empty.ok || [empty.error.code, empty.error.message]).toEqual([
        "invalid_input",
        "parseCsv: x.csv is empty; expected a header row",
      ]);
    });
  }

  it("importPlover: no bytes, an empty array, an empty events list", () => {
    for (const text of ["", "[]", '{"events": []}', "\n\n"]) {
      const r = importPlover(text, { file: "p.json" });
      expect(r.ok || [r.error.code, r.error.message]).toEqual([
        "invalid_input",
        'importPlover: p.json holds no event records; expected a JSON array of events, an object with an "events" array, or JSON Lines',
      ]);
    }
  });

  it("importKumu: no bytes, and a blueprint with no elements and no connections", () => {
    const empty = importKumu("", { file: "k.json" });
    expect(empty.ok || empty.error.code).toBe("invalid_input");
    const nothing = importKumu('{"elements": [], "connections": []}', { file: "k.json" });
    expect(nothing.ok || [nothing.error.code, nothing.error.message]).toEqual([
      "invalid_input",
      "importKumu: k.json holds no elements and no connections; expected a Kumu blueprint",
    ]);
  });
});
