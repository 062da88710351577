import { readFileSync } from "node:fs";
import { caseSchema } from "@parley/core";
import { describe, expect, it } from "vitest";
import { importAcled } from "./import-acled";

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

describe("importAcled", () => {
  it("imports events, actors with their ACLED names, participants and row-citing claims", () => {
    const r = importAcled(fixture("acled-sample.csv"), { file: "data/acled-sample.csv" });
    if (!r.ok) throw r.error;
    const f = r.value;
    expect(f.sources.map((s) => [s.id, s.title, s.type])).toEqual([
      ["acled-acled-sample-csv", "ACLED event data (acled-sample.csv)", "dataset"],
    ]);
    expect(f.actors.map((a) => [a.id, a.kind, a.codes.acled])).toEqual([
      ["taliban", "armed_group", "Taliban"],
      [
        "military-forces-of-afghanistan-2014-2021",
        "government",
        "Military Forces of Afghanistan (2014-2021)",
      ],
      [
        "police-forces-of-afghanistan-2014-2021",
        "group",
        "Police Forces of Afghanistan (2014-2021)",
      ],
      ["protesters-afghanistan", "group", "Protesters (Afghanistan)"],
      ["women-afghanistan", "group", "Women (Afghanistan)"],
    ]);
    expect(f.events.map((e) => [e.id, e.type, e.mode, e.date?.start, e.place])).toEqual([
      ["acled-afg1001", "ASSAULT", "armed clash", "2019-02-05", "Kunduz, Kunduz, Afghanistan"],
      ["acled-afg1002", "AGREE", "agreement", "2019-02-06", "Kabul, Kabul, Afghanistan"],
      ["acled-afg1003", "PROTEST", "peaceful protest", "2019-02-07", "Herat, Herat, Afghanistan"],
    ]);
    expect(f.events[0]?.participants).toEqual([
      { actor: "taliban", role: "source" },
      { actor: "military-forces-of-afghanistan-2014-2021", role: "target" },
      { actor: "police-forces-of-afghanistan-2014-2021", role: "target" },
    ]);
    expect(f.events[2]?.participants).toEqual([
      { actor: "protesters-afghanistan", role: "source" },
      { actor: "women-afghanistan", role: "source" },
      { actor: "taliban", role: "source" },
    ]);
    expect(f.events[1]?.description).toBe(
      "Taliban representatives agreed to continue talks.\nThe statement was issued in Moscow.",
    );
    const fatal = f.claims.find((c) => c.id === "acled-afg1001_fatalities");
    expect(fatal?.attribute).toEqual({ name: "fatalities", value: 7 });
    expect(fatal?.evidence).toEqual({
      source: "acled-acled-sample-csv",
      note: "ACLED row 1 (event_id_cnty AFG1001)",
    });
    expect(f.claims.filter((c) => c.subject.startsWith("participation:")).length).toBe(7);
    expect(f.claims.length).toBe(3 + 3 + 7);
    // The fragment is a valid part of a case.
    const parsed = caseSchema.safeParse({ id: "t", title: "t", ...f });
    expect(parsed.success).toBe(true);
  });

  it("refuses a file with broken rows, naming the rows and columns, and imports nothing", () => {
    const r = importAcled(fixture("acled-broken-row.csv"), { file: "acled-broken-row.csv" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("invalid_input");
    expect(r.error.message).toBe(
      "importAcled: acled-broken-row.csv has 2 problems; nothing was imported",
    );
    expect(r.error.problems.map((p) => [p.row, p.message])).toEqual([
      [
        2,
        'row 2 (line 3), column event_date: "2019-03-32" is not a date; expected YYYY-MM-DD or D Month YYYY',
      ],
      [
        3,
        'row 3 (line 4), column fatalities: "several" is not a count; expected a whole number of 0 or more',
      ],
    ]);
    expect(r.error.location?.row).toBe(2);
  });

  it("refuses a header without the required columns", () => {
    const r = importAcled("event_id_cnty,event_date\nA1,2019-01-01\n");
    expect(r.ok || r.error.message).toBe(
      'importAcled: ACLED lacks the columns "event_type", "sub_event_type", "actor1", "country"; expected a header with the columns event_id_cnty, event_date, event_type, sub_event_type, actor1, country; found "event_id_cnty", "event_date"',
    );
  });

  it("refuses a repeated event id and an unknown event type", () => {
    const head = "event_id_cnty,event_date,event_type,sub_event_type,actor1,country\n";
    const r = importAcled(
      `${head}A1,2019-01-01,Battles,Armed clash,X,Y\nA1,2019-01-02,Parades,,X,Y\n`,
    );
    expect(r.ok || r.error.problems.map((p) => p.message)).toEqual([
      'row 2 (line 3), column event_type: "Parades" is not an ACLED event type; expected one of Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments',
      'row 2 (line 3), column event_id_cnty: "A1" appears on an earlier row; expected each event once',
    ]);
  });
});
