import { changesBetween } from "@parley/analysis";
import {
  actor,
  claimsFrom,
  event,
  issue,
  position,
  testCase,
  time,
} from "@parley/core/test-support/case-builders";
import { describe, expect, it } from "vitest";
import { diffText } from "./analyses";

const said = claimsFrom("s");

// U is first known as invited to the meeting, later as its observer; R's position moves from 30
// to 60 when a later claim reports it.
const c = testCase({
  id: "small",
  title: "Small",
  sources: [{ id: "s", title: "S", date: "2018-01-01", reliability: "B" }],
  actors: [actor("r", "R", "state"), actor("u", "U", "state")],
  events: [event("m", "Meeting", { date: time("2018-09") }, "r:host", "u:invited", "u:observer")],
  issues: [issue("i", "Issue", "no", "yes")],
  positions: [
    position("r-1", "r", "i", 30, 1, { date: time("2018-01") }),
    position("r-2", "r", "i", 60, 1, { date: time("2018-08") }),
  ],
  claims: [
    said("host", "participation:m/r/host", "R hosts", { reported: time("2018-05-01") }),
    said("inv", "participation:m/u/invited", "U invited", { reported: time("2018-05-01") }),
    said("obs", "participation:m/u/observer", "U observed", { reported: time("2018-10-01") }),
    said("p1", "position:r-1", "R at 30", { reported: time("2018-01-15") }),
    said("p2", "position:r-2", "R at 60", { reported: time("2018-10-01") }),
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
