import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importPax } from "./import-pax";

const sample = readFileSync(new URL("./fixtures/pax-sample.csv", import.meta.url), "utf8");

describe("importPax", () => {
  it("imports agreements as AGREE events in their peace process with signatories and witnesses", () => {
    const r = importPax(sample);
    if (!r.ok) throw r.error;
    const f = r.value;
    expect(f.processes.map((p) => [p.id, p.name])).toEqual([
      ["pax-pp-1", "Afghanistan: 2001 Onwards Process"],
    ]);
    expect(f.events.map((e) => [e.id, e.type, e.date?.start, e.process, e.outcome])).toEqual([
      ["pax-2193", "AGREE", "2020-02-29", "pax-pp-1", "agreement (Pre-negotiation/process)"],
      ["pax-2194", "AGREE", "2020-02-29", "pax-pp-1", "agreement (Pre-negotiation/process)"],
    ]);
    expect(f.events[0]?.participants).toEqual([
      { actor: "islamic-emirate-of-afghanistan", role: "signatory" },
      { actor: "united-states-of-america", role: "signatory" },
      { actor: "state-of-qatar", role: "witness" },
      { actor: "russian-federation", role: "witness" },
    ]);
    expect(f.actors.map((a) => [a.id, a.kind])).toEqual([
      ["islamic-emirate-of-afghanistan", "group"],
      ["united-states-of-america", "group"],
      ["state-of-qatar", "group"],
      ["russian-federation", "group"],
      ["government-of-the-islamic-republic-of-afghanistan", "government"],
    ]);
    expect(f.claims.find((c) => c.id === "pax-2194_event")?.evidence?.note).toBe(
      "PA-X row 2 (AgtId 2194)",
    );
  });

  it("refuses a row without a readable date", () => {
    const r = importPax("AgtId,Agt,Dat,PP,PPName,Part\n7,An accord,31/02/2020,1,P,A; B\n");
    expect(r.ok || r.error.problems.map((p) => p.message)).toEqual([
      'row 1 (line 2), column Dat: "31/02/2020" is not a date; expected YYYY-MM-DD or DD/MM/YYYY',
    ]);
  });

  it("refuses a file whose parties column is renamed, naming the column and listing those found", () => {
    const r = importPax("AgtId,Agt,Dat,PP,PPName,Parties\n7,An accord,2020-02-01,1,P,A; B\n", {
      file: "pax.csv",
    });
    expect(r.ok || [r.error.code, r.error.message, r.error.location]).toEqual([
      "invalid_input",
      'importPax: pax.csv lacks the column "Part"; expected a header with the columns AgtId, Agt, Dat, PP, PPName, Part; found "AgtId", "Agt", "Dat", "PP", "PPName", "Parties"',
      { row: 0, line: 1, file: "pax.csv" },
    ]);
  });
});
