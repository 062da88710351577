import { caseSchema } from "@parley/core";
import { describe, expect, it } from "vitest";
import { adjacencyMatrix } from "./export-adjacency";
import { csvEdges } from "./export-csv-edges";
import { csvNodes } from "./export-csv-nodes";
import { caseJson } from "./export-json";
import { kumuJson } from "./export-kumu";
import { exchangeCase } from "./fixtures/exchange-case";
import { importCsvEdges } from "./import-csv-edges";
import { importCsvNodes } from "./import-csv-nodes";
import { importKumu } from "./import-kumu";

describe("CSV node and edge lists", () => {
  it("round-trip every actor and relation field", () => {
    const c = exchangeCase();
    const nodes = importCsvNodes(csvNodes(c));
    const edges = importCsvEdges(csvEdges(c), { file: "edges.csv" });
    if (!nodes.ok) throw nodes.error;
    if (!edges.ok) throw edges.error;
    expect(nodes.value.actors).toEqual(c.actors);
    expect(edges.value.relations).toEqual(c.relations);
    expect(edges.value.claims[0]?.evidence).toEqual({
      source: "edges-edges-csv",
      note: "edges.csv row 1",
    });
  });

  it("write the header and quote awkward fields", () => {
    const lines = csvNodes(exchangeCase()).split("\r\n");
    expect(lines[0]).toBe(
      "id,name,kind,aliases,parent,metonyms,iso3,wikidata,cameo,acled,ucdp,bloc,description,valid,valid_start,valid_end,valid_precision,valid_qualifier,valid_recurrence",
    );
    expect(lines[1]).toBe(
      'russia,Russia,state,Russian Federation|RF \\| Moscow\'s \\\\ side,,Moscow,RUS,Q159,RUS,,,eurasian,"Says ""we talk to all"", then, on a new line:\nconvenes <b>talks</b>.",since 1991,1991-01-01,,year,since,',
    );
  });

  it("refuse a node list row with an unknown kind, naming row and column", () => {
    const r = importCsvNodes("id,name,kind\nx,X,empire\n");
    expect(r.ok || r.error.problems.map((p) => [p.row, p.message])).toEqual([
      [
        1,
        'row 1 (line 2), column kind: "empire" is not valid; expected one of "state"|"government"|"armed_group"|"terrorist_group"|"international_org"|"person"|"body"|"coalition"|"group"',
      ],
    ]);
  });

  it("read a plain Gephi-style list with defaults", () => {
    const r = importCsvEdges("Source,Target\nrussia,taliban\n");
    if (!r.ok) throw r.error;
    expect(r.value.relations).toEqual([
      { id: "russia-contacts-taliban", type: "contacts", source: "russia", target: "taliban" },
    ]);
  });
});

describe("adjacencyMatrix", () => {
  it("sums relation strengths and shared held events, symmetric", () => {
    expect(adjacencyMatrix(exchangeCase()).split("\r\n")).toEqual([
      ",russia,taliban,afghan-government,afghanistan",
      // russia-taliban: contacts 0.5 + two meetings; russia-government: supports 1.
      "russia,0,2.5,1,0",
      "taliban,2.5,0,1,0",
      "afghan-government,1,1,0,0",
      "afghanistan,0,0,0,0",
      "",
    ]);
  });
});

describe("Kumu blueprint", () => {
  it("round-trips actors and relations", () => {
    const c = exchangeCase();
    const blueprint = kumuJson(c);
    expect(blueprint.elements[0]).toMatchObject({
      id: "russia",
      label: "Russia",
      type: "state",
      tags: ["eurasian"],
      aliases: ["Russian Federation", "RF | Moscow's \\ side"],
    });
    expect(blueprint.connections[0]).toMatchObject({
      from: "russia",
      to: "taliban",
      type: "contacts",
      direction: "mutual",
      strength: 0.5,
    });
    const back = importKumu(JSON.stringify(blueprint));
    if (!back.ok) throw back.error;
    expect(back.value.actors).toEqual(c.actors);
    expect(back.value.relations).toEqual(c.relations);
  });

  it("resolves connections by label and refuses a bad relation type by pointer", () => {
    const r = importKumu(
      JSON.stringify({
        elements: [{ label: "A" }, { label: "B" }],
        connections: [{ from: "A", to: "B", type: "hugs" }],
      }),
    );
    expect(r.ok || r.error.problems.map((p) => p.pointer)).toEqual(["/connections/0/type"]);
  });
});

describe("caseJson", () => {
  it("writes the case as its schema reads it", () => {
    const c = exchangeCase();
    expect(caseSchema.parse(JSON.parse(caseJson(c)))).toEqual(c);
  });
});
