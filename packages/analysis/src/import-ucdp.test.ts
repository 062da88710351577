import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importUcdp } from "./import-ucdp";

const sample = readFileSync(new URL("./fixtures/ucdp-sample.csv", import.meta.url), "utf8");

describe("importUcdp", () => {
  it("imports GED events with UCDP actor ids, intervals and death estimates", () => {
    const r = importUcdp(sample, { file: "ged.csv" });
    if (!r.ok) throw r.error;
    const f = r.value;
    expect(f.actors.map((a) => [a.id, a.kind, a.codes.ucdp])).toEqual([
      ["government-of-afghanistan", "government", "130"],
      ["taleban", "armed_group", "303"],
      ["civilians", "group", "1"],
    ]);
    expect(f.events.map((e) => [e.id, e.mode, e.date?.start, e.date?.end, e.date?.text])).toEqual([
      ["ucdp-244657", "state-based", "2017-01-03", "2017-01-05", "2017-01-03/2017-01-05"],
      ["ucdp-244658", "one-sided", "2017-01-10", "2017-01-10", "2017-01-10"],
    ]);
    expect(f.events[1]?.participants).toEqual([
      { actor: "taleban", role: "source" },
      { actor: "civilians", role: "target" },
    ]);
    expect(f.claims.find((c) => c.id === "ucdp-244657_event")?.note).toBe(
      'Clashes in Helmand, "dozens" dead',
    );
    expect(f.claims.find((c) => c.id === "ucdp-244657_deaths")?.attribute).toEqual({
      name: "deaths_best",
      value: 12,
    });
    expect(f.claims.find((c) => c.id === "ucdp-244658_deaths")?.evidence?.note).toBe(
      "UCDP GED row 2 (id 244658)",
    );
  });

  it("refuses an end before the start and an unknown type of violence", () => {
    const head = "id,type_of_violence,side_a,side_b,date_start,date_end,country\n";
    const r = importUcdp(`${head}1,4,A,B,2017-01-05,2017-01-03,X\n`);
    expect(r.ok || r.error.problems.map((p) => p.message)).toEqual([
      'row 1 (line 2), column type_of_violence: "4" is not a UCDP type of violence; expected 1 (state-based), 2 (non-state) or 3 (one-sided)',
      'row 1 (line 2), column date_end: "2017-01-03" is before date_start 2017-01-05; expected the last day of the event',
    ]);
  });
});
