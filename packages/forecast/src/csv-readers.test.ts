import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvRows } from "./csv-rows";
import { parseKtabCsv } from "./ktab-csv";
import { parseOneIssueCsv } from "./one-issue-csv";
import { forecastFixture } from "./test-support/forecast-fixture";

describe("csvRows", () => {
  it("quoted cells, doubled quotes, CRLF, and where each cell starts", () => {
    const r = csvRows('a,"b,""c"""\r\n\r\n x ,y\n');
    expect(r).toEqual({
      rows: [
        [
          { text: "a", line: 1, column: 1 },
          { text: 'b,"c"', line: 1, column: 3 },
        ],
        [
          { text: " x ", line: 3, column: 1 },
          { text: "y", line: 3, column: 5 },
        ],
      ],
    });
  });
  it("reports an unterminated quote where it starts", () => {
    expect(csvRows('a,\n"open')).toEqual({ error: "unterminated quoted cell", line: 2, column: 1 });
  });
  it("reads CR line ends and keeps stray quotes as text", () => {
    expect(csvRows('a,b"c\r"d\r\ne",f')).toEqual({
      rows: [
        [
          { text: "a", line: 1, column: 1 },
          { text: 'b"c', line: 1, column: 3 },
        ],
        [
          { text: "d\r\ne", line: 2, column: 1 },
          { text: "f", line: 3, column: 4 },
        ],
      ],
    });
    // Relaxed like a quote inside an unquoted cell: the cell is kept as written.
    expect(csvRows('x\n"2"3\n')).toEqual({
      rows: [[{ text: "x", line: 1, column: 1 }], [{ text: '"2"3', line: 2, column: 1 }]],
    });
  });
});

describe("parseKtabCsv", () => {
  it("reads KTAB's dummyData_3Dim: 7 actors, 3 dimensions, saliences as shares", () => {
    const r = parseKtabCsv(forecastFixture("dummyData_3Dim.csv"), "dummyData_3Dim.csv");
    if (!r.ok) throw r.error;
    expect(r.value.name).toBe("DummyData_3Dim");
    expect(r.value.issues.map((i) => i.name)).toEqual(["Pstn1", "Pstn2", "Pstn3"]);
    expect(r.value.actors[0]).toEqual({
      id: "SActor-00",
      name: "SActor-00",
      capability: 102.543,
      positions: [75.79, 6.37, 70.45],
      saliences: [0.4953, 0.0591, 0.2815],
    });
  });
  it("names file, line, column and what was expected", () => {
    const text = "s,d,2,1,\nActor,Description,Power,P1,S1\nA,x,10,50,40\nB,x,10,50,140\n";
    const r = parseKtabCsv(text, "case.csv");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toBe(
      'reading KTAB scenario case.csv:4:11: the salience on P1 of B is "140"; expected a number from 0 to 100',
    );
    expect(r.error.location).toEqual({ file: "case.csv", line: 4, column: 11, row: 2 });
  });
  it("refuses saliences that add up to more than 100", () => {
    const r = parseKtabCsv("s,d,2,2\nA,D,P,X,S,Y,T\nA,,1,1,60,2,50\nB,,1,1,1,1,1\n", "f.csv");
    expect(r.ok ? "" : r.error.message).toBe(
      "reading KTAB scenario f.csv:3:13: the saliences of A add up to 110; expected at most 100",
    );
  });
  it("round-trips any valid scenario written in KTAB's format", () => {
    const actor = (nd: number) =>
      fc.record({
        power: fc.integer({ min: 0, max: 1000 }),
        cells: fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 100 }),
            fc.integer({ min: 0, max: Math.floor(100 / nd) }),
          ),
          {
            minLength: nd,
            maxLength: nd,
          },
        ),
      });
    const scen = fc
      .integer({ min: 1, max: 4 })
      .chain((nd) =>
        fc.tuple(fc.constant(nd), fc.array(actor(nd), { minLength: 2, maxLength: 6 })),
      );
    fc.assert(
      fc.property(scen, ([nd, actors]) => {
        const head = Array.from({ length: nd }, (_, k) => `P${k},S${k}`).join(",");
        const text = [
          `n,"a, description",${actors.length},${nd},`,
          `Actor,Description,Power,${head},`,
          ...actors.map(
            (a, i) => `A${i}, desc ,${a.power},${a.cells.map(([p, s]) => `${p},${s}`).join(",")},`,
          ),
        ].join("\n");
        const r = parseKtabCsv(text, "gen.csv");
        if (!r.ok) throw r.error;
        expect(r.value.description).toBe("a, description");
        expect(r.value.actors.map((a) => [a.capability, a.positions])).toEqual(
          actors.map((a) => [a.power, a.cells.map(([p]) => p)]),
        );
        r.value.actors.forEach((a, i) => {
          a.saliences.forEach((s, k) => {
            expect(s).toBeCloseTo((actors[i]?.cells[k]?.[1] as number) / 100, 12);
          });
        });
      }),
    );
  });
  it("never throws on arbitrary text; every refusal says where", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("a", "1", ",", "\n", '"', " ", "9", "-", ".", "x") }),
        (text) => {
          const r = parseKtabCsv(text, "fuzz.csv");
          if (!r.ok) expect(r.error.message).toMatch(/^reading KTAB scenario fuzz\.csv:\d+:\d+: /);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("parseOneIssueCsv", () => {
  it("reads the EC car-emission table with saliences in percent", () => {
    const r = parseOneIssueCsv(forecastFixture("ec-car-emissions-1994.csv"));
    if (!r.ok) throw r.error;
    expect(r.value.actors).toHaveLength(10);
    expect(r.value.actors[8]).toEqual({
      id: "Denmark",
      name: "Denmark",
      capability: 0.05,
      positions: [4],
      saliences: [1],
    });
  });
  it("accepts any column order and unit saliences", () => {
    const r = parseOneIssueCsv("salience,position,actor,capability\n0.5,3,A,2\n1,5,B,1\n", {
      scale: { min: 0, max: 10 },
    });
    if (!r.ok) throw r.error;
    expect(
      r.value.actors.map((a) => [a.name, a.positions[0], a.saliences[0], a.capability]),
    ).toEqual([
      ["A", 3, 0.5, 2],
      ["B", 5, 1, 1],
    ]);
    expect(r.value.issues[0]?.scale).toEqual({ min: 0, max: 10 });
  });
  it("errors name file:line:column, the actor and what was expected", () => {
    const bad = (text: string, o = {}) => {
      const r = parseOneIssueCsv(text, { file: "t.csv", ...o });
      return r.ok ? "" : r.error.message;
    };
    expect(bad("actor,capability,position,salience\nA,-1,3,50\n")).toBe(
      'reading one-issue table t.csv:2:3: the capability of A is "-1"; expected a number ≥ 0',
    );
    expect(bad("actor,capability,position\nA,1,3\n")).toBe(
      'reading one-issue table t.csv:1:1: the header lacks the column "salience"; expected actor,capability,position,salience',
    );
    expect(
      bad("actor,capability,position,salience\nA,1,3,0.5\nB,1,4,1.5\n", { salienceScale: "unit" }),
    ).toBe("reading one-issue table t.csv:3:7: the salience of B is 1.5; expected 0..1");
    expect(bad("actor,capability,position,salience\nA,1,3,50\nA,1,4,50\n")).toBe(
      'reading one-issue table t.csv:3:1: actor "A" appears twice; expected one row per actor',
    );
  });
  it("never throws on arbitrary text; every refusal says where", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            "actor",
            "capability,",
            "position,",
            "salience",
            "1",
            ",",
            "\n",
            '"',
            "-",
            "x",
            "e9",
          ),
        }),
        (text) => {
          const r = parseOneIssueCsv(text, { file: "fuzz.csv" });
          if (!r.ok)
            expect(r.error.message).toMatch(/^reading one-issue table fuzz\.csv:\d+:\d+: /);
          else for (const a of r.value.actors) expect(a.saliences[0]).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 500 },
    );
  });
});
