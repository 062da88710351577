import { actor, claim, event, testCase } from "@parley/core/test-support/case-builders";

import { describe, expect, it } from "vitest";
import { recordsMatching } from "./records-matching";

const judged = (id: string, subject: string, more: { asserter?: string } = {}) =>
  claim(id, subject, "x", { hedge: "analyst", ...more });

const c = testCase({
  id: "t",
  title: "t",
  actors: [
    actor("russia", "Russia", "state"),
    actor("taliban", "Taliban", "armed_group"),
    actor("kabul", "Kabul", "government"),
  ],
  events: [
    event("m1", "m1", { process: "mp" }, "russia:host", "kabul:not_invited"),
    event("m2", "m2", { status: "postponed" }, "taliban:host", "russia:attendee"),
    event("a1", "a1", { type: "ACCUSE" }, "kabul:source"),
  ],
  claims: [
    judged("c1", "event:m1"),
    judged("c2", "participation:m1/kabul/not_invited"),
    judged("c3", "event:m2", { asserter: "russia" }),
  ],
});
const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

describe("recordsMatching", () => {
  it("filters events by actor and role together, by role alone, by type, status and process", () => {
    expect(ids(recordsMatching(c, "events", { actor: "russia" }))).toEqual(["m1", "m2"]);
    expect(ids(recordsMatching(c, "events", { actor: "russia", role: ["host"] }))).toEqual(["m1"]);
    expect(ids(recordsMatching(c, "events", { role: ["host"] }))).toEqual(["m1", "m2"]);
    expect(ids(recordsMatching(c, "events", { type: ["ACCUSE"] }))).toEqual(["a1"]);
    expect(ids(recordsMatching(c, "events", { status: ["postponed"] }))).toEqual(["m2"]);
    expect(ids(recordsMatching(c, "events", { process: "mp" }))).toEqual(["m1"]);
  });

  it("filters claims by subject, by a record and its parts, and by asserter", () => {
    expect(ids(recordsMatching(c, "claims", { about: "event:m1" }))).toEqual(["c1", "c2"]);
    expect(ids(recordsMatching(c, "claims", { subject: "event:m1" }))).toEqual(["c1"]);
    expect(ids(recordsMatching(c, "claims", { asserter: "russia" }))).toEqual(["c3"]);
    expect(ids(recordsMatching(c, "actors", { kind: ["state", "government"] }))).toEqual([
      "russia",
      "kabul",
    ]);
  });
});
