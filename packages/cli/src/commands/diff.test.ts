import { changesBetween } from "@parley/analysis";
import { caseSchema, parseFuzzyTime } from "@parley/core";
import { describe, expect, it } from "vitest";
import { diffText } from "./analyses";

const time = (text: string) => {
  const r = parseFuzzyTime(text);
  if (!r.ok) throw r.error;
  return r.value;
};

// U is first known as invited to the meeting, later as its observer; R's position moves from 30
// to 60 when a later claim reports it.
const c = caseSchema.parse({
  id: "small",
  title: "Small",
  sources: [{ id: "s", title: "S", date: "2018-01-01", reliability: "B" }],
  actors: [
    { id: "r", name: "R", kind: "state" },
    { id: "u", name: "U", kind: "state" },
  ],
  events: [
    {
      id: "m",
      title: "Meeting",
      type: "CONSULT",
      date: time("2018-09"),
      participants: [
        { actor: "r", role: "host" },
        { actor: "u", role: "invited" },
        { actor: "u", role: "observer" },
      ],
    },
  ],
  issues: [{ id: "i", name: "Issue", scale: { low: "no", high: "yes" } }],
  positions: [
    { id: "r-1", actor: "r", issue: "i", value: 30, salience: 1, date: time("2018-01") },
    { id: "r-2", actor: "r", issue: "i", value: 60, salience: 1, date: time("2018-08") },
  ],
  claims: [
    {
      id: "host",
      subject: "participation:m/r/host",
      note: "R hosts",
      evidence: { source: "s" },
      reported: time("2018-05-01"),
    },
    {
      id: "inv",
      subject: "participation:m/u/invited",
      note: "U invited",
      evidence: { source: "s" },
      reported: time("2018-05-01"),
    },
    {
      id: "obs",
      subject: "participation:m/u/observer",
      note: "U observed",
      evidence: { source: "s" },
      reported: time("2018-10-01"),
    },
    {
      id: "p1",
      subject: "position:r-1",
      note: "R at 30",
      evidence: { source: "s" },
      reported: time("2018-01-15"),
    },
    {
      id: "p2",
      subject: "position:r-2",
      note: "R at 60",
      evidence: { source: "s" },
      reported: time("2018-10-01"),
    },
  ],
});

describe("diff in words", () => {
  it("gives the role and the value known before beside what became known", () => {
    const lines = diffText(c, changesBetween(c, "2018-06", "2018-12"), {});
    expect(lines.slice(0, 11)).toEqual([
      "From 2018-06 to 2018-12",
      "",
      "Happened",
      "  events:",
      "  - Sep 2018 Meeting [held]",
      "  relations began: none",
      "  relations ended: none",
      "",
      "Became known",
      "  events: none",
      "  participations:",
    ]);
    expect(lines.slice(11, 16)).toEqual([
      "  - U at Meeting: invited → observer",
      "  relations: none",
      "  positions:",
      "  - R on Issue: 30 → 60",
      "  claims: 2",
    ]);
  });
});
