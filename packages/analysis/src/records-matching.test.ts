import { caseSchema } from "@parley/core";
import { describe, expect, it } from "vitest";
import { recordsMatching } from "./records-matching";

const c = caseSchema.parse({
  id: "t",
  title: "t",
  actors: [
    { id: "russia", name: "Russia", kind: "state" },
    { id: "taliban", name: "Taliban", kind: "armed_group" },
    { id: "kabul", name: "Kabul", kind: "government" },
  ],
  events: [
    {
      id: "m1",
      title: "m1",
      type: "CONSULT",
      process: "mp",
      participants: [
        { actor: "russia", role: "host" },
        { actor: "kabul", role: "not_invited" },
      ],
    },
    {
      id: "m2",
      title: "m2",
      type: "CONSULT",
      status: "postponed",
      participants: [
        { actor: "taliban", role: "host" },
        { actor: "russia", role: "attendee" },
      ],
    },
    { id: "a1", title: "a1", type: "ACCUSE", participants: [{ actor: "kabul", role: "source" }] },
  ],
  claims: [
    { id: "c1", subject: "event:m1", note: "x", hedge: "analyst" },
    { id: "c2", subject: "participation:m1/kabul/not_invited", note: "x", hedge: "analyst" },
    { id: "c3", subject: "event:m2", note: "x", hedge: "analyst", asserter: "russia" },
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
