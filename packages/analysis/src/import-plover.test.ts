import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importPlover } from "./import-plover";

const sample = readFileSync(new URL("./fixtures/plover-sample.json", import.meta.url), "utf8");

describe("importPlover", () => {
  it("imports PLOVER and POLECAT-style records with ISO3 and Wikidata codes", () => {
    const r = importPlover(sample, { file: "plover-sample.json" });
    if (!r.ok) throw r.error;
    const f = r.value;
    expect(f.actors.map((a) => [a.id, a.codes])).toEqual([
      ["russia", { iso3: "RUS", wikidata: "Q159" }],
      ["taliban", { iso3: "AFG" }],
      ["afghan-government", { iso3: "AFG" }],
    ]);
    expect(
      f.events.map((e) => [
        e.id,
        e.type,
        e.mode,
        e.place,
        e.participants.map((p) => `${p.actor}/${p.role}`),
      ]),
    ).toEqual([
      [
        "plover-p-1",
        "CONSULT",
        "conference",
        "Moscow, Russia",
        ["russia/source", "taliban/target"],
      ],
      [
        "plover-p-2",
        "ACCUSE",
        undefined,
        undefined,
        ["afghan-government/source", "taliban/target"],
      ],
    ]);
    expect(f.claims.find((c) => c.id === "plover-p-1_event")?.note).toBe(
      "Moscow hosted talks with a Taliban delegation <b>and</b> others.",
    );
    expect(f.claims.find((c) => c.id === "plover-p-2_event")?.evidence?.note).toBe(
      "plover-sample.json record 1 (id p-2)",
    );
  });

  it("reads JSON Lines and locates problems by pointer and line", () => {
    const r = importPlover(
      '{"id":"a","date":"2018-01-01","event":"AGREE","source":"X"}\n{"id":"b","date":"soon","event":"HUG","source":"X"}\n',
    );
    expect(r.ok || r.error.problems.map((p) => [p.pointer, p.line, p.message])).toEqual([
      ["/1/date", 2, 'record 1 (line 2) at /1/date: "soon" is not a date; expected YYYY-MM-DD'],
      [
        "/1/event",
        2,
        'record 1 (line 2) at /1/event: "HUG" is not a PLOVER type; expected one of AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT',
      ],
    ]);
  });

  it("refuses malformed JSON", () => {
    const r = importPlover("[{]");
    expect(r.ok || r.error.code).toBe("invalid_input");
  });
});
