import { testCase, time } from "@parley/core/test-support/case-builders";
import { describe, expect, it } from "vitest";
import { alignment } from "./alignment";

const pos = (actor: string, issue: string, value: number, salience: number, date?: string) => ({
  id: `${actor}-${issue}${date ? `-${date}` : ""}`,
  actor,
  issue,
  value,
  salience,
  ...(date ? { date: time(date) } : {}),
});

const fixture = testCase({
  sources: [{ id: "s", title: "S" }],
  actors: ["ru", "gov", "us", "tal"].map((id) => ({ id, name: id, kind: "state" as const })),
  issues: [
    { id: "terror", name: "Terrorism", scale: { min: 0, max: 100, low: "ignore", high: "fight" } },
    {
      id: "status",
      name: "Status",
      scale: { min: 0, max: 100, low: "excluded", high: "dominant" },
    },
    {
      id: "format",
      name: "Format",
      scale: { min: 0, max: 10, low: "Afghan-led", high: "regional" },
    },
  ],
  positions: [
    pos("ru", "terror", 90, 0.9),
    pos("gov", "terror", 80, 0.7),
    pos("us", "terror", 100, 1),
    pos("tal", "terror", 20, 0.2),
    pos("ru", "status", 10, 0.6, "2015"),
    pos("ru", "status", 60, 0.6, "2018"),
    pos("gov", "status", 20, 0.8),
    pos("us", "status", 30, 0.4),
    pos("tal", "status", 100, 1),
    pos("ru", "format", 8, 0.5),
    pos("gov", "format", 2, 0.6),
    pos("us", "format", 3, 0.4),
  ],
  claims: [
    {
      id: "ru-format",
      subject: "position:ru-format",
      note: "our reading",
      hedge: "analyst",
      asserter: "analyst:x",
    },
    {
      id: "gov-format",
      subject: "position:gov-format",
      note: "Afghan-led",
      evidence: { source: "s" },
    },
  ],
});

describe("alignment", () => {
  const result = alignment(fixture);
  const pair = (a: string, b: string) => result.pairs.find((p) => p.a === a && p.b === b);

  it("weighs normalised distances by mean salience, on the latest positions", () => {
    const rg = pair("gov", "ru");
    // terror 0.1 (w 0.8), status 0.4 (w 0.7), format 6/10 = 0.6 (w 0.55): 0.69 / 2.05.
    expect(rg?.issues.map((x) => [x.issue, x.analyst])).toEqual([
      ["terror", false],
      ["status", false],
      ["format", true],
    ]);
    expect(rg?.issues[2]?.distance).toBeCloseTo(0.6, 12);
    expect(rg?.issues[2]?.weight).toBeCloseTo(0.55, 12);
    expect(rg?.distance).toBeCloseTo(0.69 / 2.05, 12);
    expect(rg?.alignment).toBeCloseTo(1 - 0.69 / 2.05, 12);
    expect(rg?.agree).toEqual(["terror"]);
    expect(rg?.part).toEqual(["status", "format"]);
  });

  it("says how much rests on the analyst's positions", () => {
    const rg = pair("gov", "ru");
    expect(rg?.analystShare).toBeCloseTo(0.55 / 2.05, 12);
    // Without format: (0.08 + 0.28) / 1.5 = 0.24.
    expect(rg?.withoutAnalyst).toBeCloseTo(0.76, 12);
    expect(rg?.sensitivity).toBeCloseTo(0.76 - (1 - 0.69 / 2.05), 12);
    expect(pair("gov", "us")?.sensitivity).toBe(0);
    expect(pair("gov", "us")?.distance).toBeCloseTo(0.28 / 1.95, 12);
  });

  it("groups actors into camps by average linkage", () => {
    expect(result.actors).toEqual(["gov", "ru", "tal", "us"]);
    expect(result.pairs).toHaveLength(6);
    // gov-us 0.144 merges; ru is on average 0.292 from them, above 0.25.
    expect(result.camps).toEqual([["gov", "us"], ["ru"], ["tal"]]);
    expect(alignment(fixture, {}, { campDistance: 0.3 }).camps).toEqual([
      ["gov", "ru", "us"],
      ["tal"],
    ]);
  });
});
