import { type Case, caseSchema } from "@parley/core";
import { describe, expect, it } from "vitest";
import { claimsAbout } from "./claims-about";

const claim = (id: string, subject: string) => ({
  id,
  subject,
  note: id,
  asserter: "analyst:test",
  stance: "asserts",
  hedge: "analyst",
});

const fixture: Case = caseSchema.parse({
  id: "about",
  title: "Claims about records",
  actors: [
    { id: "a", name: "A", kind: "state" },
    { id: "b", name: "B", kind: "state" },
  ],
  events: [
    {
      id: "m1",
      title: "Meeting",
      type: "CONSULT",
      participants: [
        { actor: "a", role: "host" },
        { actor: "b", role: "declined" },
      ],
    },
    { id: "m10", title: "Another meeting", type: "CONSULT", participants: [] },
  ],
  relations: [{ id: "a-b", source: "a", target: "b", type: "contacts" }],
  claims: [
    claim("k1", "participation:m1/b/declined"),
    claim("k2", "event:m1"),
    claim("k3", "relation:a-b"),
    claim("k4", "participation:m1/a/host"),
    claim("k5", "event:m10"),
    claim("k6", "participation:m10/a/host"),
  ],
});

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

describe("claimsAbout", () => {
  it("gives an event's own claims and its participations' claims, in case order", () => {
    expect(ids(claimsAbout(fixture, "event:m1"))).toEqual(["k1", "k2", "k4"]);
    // "m1" is not a prefix match for "m10": the participation id ends at the slash.
    expect(ids(claimsAbout(fixture, "event:m10"))).toEqual(["k5", "k6"]);
  });

  it("gives only the record's own claims with parts: false, and for other kinds of record", () => {
    expect(ids(claimsAbout(fixture, "event:m1", { parts: false }))).toEqual(["k2"]);
    expect(ids(claimsAbout(fixture, "relation:a-b"))).toEqual(["k3"]);
    expect(ids(claimsAbout(fixture, "participation:m1/a/host"))).toEqual(["k4"]);
    expect(claimsAbout(fixture, "event:nothing")).toEqual([]);
  });
});
